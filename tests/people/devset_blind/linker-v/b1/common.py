import json, os
D = os.path.dirname(os.path.abspath(__file__))

def O(name, g, role, inst, kind):
    return {"name": name, "gender": g, "role": role, "institution": inst,
            "former": kind == "former", "kind": kind}

def I(name, *also):
    return {"name": name, "also": list(also)}

def j(x):
    return json.dumps(x, ensure_ascii=False)

def gold(nn, state, officials, institutions, traps):
    names = {i["name"] for i in institutions}
    for o in officials:
        assert o["institution"] in names, (nn, o["name"], o["institution"])
    L = ["state: " + j(state), "officials:"]
    L += ["  - " + j(o) for o in officials]
    L += ["institutions:"] + ["  - " + j(i) for i in institutions]
    L += ["traps:"] + ["  - " + j(t) for t in traps]
    open(os.path.join(D, nn + ".yaml"), "w").write("\n".join(L) + "\n")

def jekyll(nn, title, date, author, cats, paras):
    fm = ["---", "layout: post", "title: " + j(title), "date: " + date + " 09:00:00 -0600",
          "author: " + j(author), "categories: [" + ", ".join(cats) + "]", "---", ""]
    open(os.path.join(D, nn + ".md"), "w").write("\n".join(fm) + "\n\n".join(paras) + "\n")

def wire(nn, title, by, outlet, city, state, date, paras):
    head = ["## " + title, "", "Por %s | %s | %s, %s, %s" % (by, outlet, city, state, date), ""]
    open(os.path.join(D, nn + ".md"), "w").write("\n".join(head) + "\n" + "\n\n".join(paras) + "\n")

def bulletin(nn, issuer, office, num, title, city, state, date, paras):
    head = [issuer, office, num, "", title.upper(), ""]
    paras = list(paras)
    paras[0] = "%s, %s, %s.- " % (city, state, date) + paras[0]
    open(os.path.join(D, nn + ".txt"), "w").write("\n".join(head) + "\n" + "\n\n".join(paras) + "\n\n-30-\n")
