import json, os
D = os.path.dirname(os.path.abspath(__file__))
def q(s): return json.dumps(s, ensure_ascii=False)
def emit(num, fmt, title, date, author, city, state, body, officials, institutions, traps, outlet=None, issuer=None, office=None, bulletin=None):
    body = body.strip()
    if fmt == 'jekyll':
        txt = f"---\nlayout: post\ntitle: {q(title)}\ndate: {date}\nauthor: {q(author)}\ncategories: [politica, municipios]\n---\n\n{body}\n"
        fn = f"{num}.md"
    elif fmt == 'wire':
        txt = f"## {title}\n\nPor {author} | {outlet} | {city}, {state}, {date}\n\n{body}\n"
        fn = f"{num}.md"
    else:
        txt = f"{issuer}\n{office}\nBoletín número {bulletin}\n\n{title.upper()}\n\n{body}\n\n-30-\n"
        fn = f"{num}.txt"
    open(os.path.join(D, fn), 'w').write(txt)
    y = [f"state: {state}", "officials:"]
    for n, g, r, i, former, k in officials:
        y.append(f"  - {{name: {q(n)}, gender: {g}, role: {q(r)}, institution: {q(i)}, former: {'true' if former else 'false'}, kind: {k}}}")
    y.append("institutions:")
    for n, also in institutions:
        y.append(f"  - {{name: {q(n)}, also: [{', '.join(q(a) for a in also)}]}}")
    y.append("traps:")
    for t in traps: y.append(f"  - {q(t)}")
    open(os.path.join(D, f"{num}.yaml"), 'w').write("\n".join(y) + "\n")
