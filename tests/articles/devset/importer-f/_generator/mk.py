"""Builder shortcut used by the batch scripts."""

import textwrap

from common import bad_gold, build_body, gold, write


def F(
    batch,
    name,
    family,
    theme,
    lugar,
    inst,
    tpl,
    g,
    glue=(),
    inserts=(),
    boiler=(),
    enc="utf-8",
    crlf=False,
    lead="",
    lead_sep=" ",
    npar=4,
    wrap=None,
    sep="\n\n",
):
    b = build_body(
        batch + name,
        theme,
        lugar,
        inst,
        npar=npar,
        glue=glue,
        inserts=inserts,
        lead=lead,
        lead_sep=lead_sep,
        wrap_width=wrap,
        sep=sep,
    )
    text = textwrap.dedent(tpl).lstrip("\n").replace("{BODY}", b["text"])
    gg = gold(
        family=family,
        body_first_words=b["first"],
        body_last_words=b["last"],
        boilerplate=b["boiler"] + list(boiler),
        must_keep=b["must_keep"],
        **g,
    )
    write(batch, name, text, gg, enc=enc, crlf=crlf)
    return b["nwords"]


def BAD(batch, name, data, reason, enc="utf-8"):
    if isinstance(data, str):
        data = data.encode(enc)
    write(batch, name, data, bad_gold(reason))
