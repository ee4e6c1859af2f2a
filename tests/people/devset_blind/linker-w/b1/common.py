import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def O(name, g, role, inst, kind, former=False):
    return dict(name=name, gender=g, role=role, institution=inst, former=former, kind=kind)

def I(name, *also):
    return dict(name=name, also=list(also))

def _j(v):
    return json.dumps(v, ensure_ascii=False)

def write_gold(nn, state, officials, insts, traps):
    L = ["state: " + state, "officials:"]
    for o in officials:
        L.append("  - {" + ", ".join(f"{k}: {_j(o[k])}" for k in ("name", "gender", "role", "institution", "former", "kind")) + "}")
    L.append("institutions:")
    for i in insts:
        L.append("  - {name: %s, also: %s}" % (_j(i["name"]), _j(i["also"])))
    L.append("traps:")
    for t in traps:
        L.append("  - " + _j(t))
    open(os.path.join(HERE, nn + ".yaml"), "w", encoding="utf-8").write("\n".join(L) + "\n")

def _body(b):
    return "\n\n".join(p.strip().replace("\n", " ") for p in b.strip().split("\n\n")) + "\n"

def jekyll(nn, title, date, author, cats, body):
    fm = "---\nlayout: post\ntitle: %s\ndate: %s\nauthor: %s\ncategories: [%s]\n---\n\n" % (_j(title), date, author, ", ".join(cats))
    open(os.path.join(HERE, nn + ".md"), "w", encoding="utf-8").write(fm + _body(body))

def wire(nn, title, byline, body):
    open(os.path.join(HERE, nn + ".md"), "w", encoding="utf-8").write("## %s\n\n%s\n\n%s" % (title, byline, _body(body)))

def press(nn, issuer, office, bulletin, title, body):
    txt = "%s\n%s\nBoletín número %s\n\n%s\n\n%s\n-30-\n" % (issuer, office, bulletin, title.upper(), _body(body))
    open(os.path.join(HERE, nn + ".txt"), "w", encoding="utf-8").write(txt)
