import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)

def O(name, g, role, inst, kind, former=False):
    return dict(name=name, gender=g, role=role, institution=inst, former=former, kind=kind)

def I(name, *also):
    return dict(name=name, also=list(also))

def write(nn, ext, text, state, officials, institutions, traps, categories):
    with open(os.path.join(HERE, f"{nn}.{ext}"), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")
    L = [f"state: {state}", "officials:"]
    for o in officials:
        L.append("  - {" + ", ".join(f"{k}: {q(o[k])}" for k in ("name","gender","role","institution","former","kind")) + "}")
    L.append("institutions:")
    for i in institutions:
        L.append("  - {name: " + q(i["name"]) + ", also: " + q(i["also"]) + "}")
    L.append("traps:")
    for t in traps:
        L.append("  - " + q(t))
    L.append("categories: " + q(categories))
    with open(os.path.join(HERE, f"{nn}.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
