"""The post behind a title: canonical role and institution.

"secretario de Finanzas" -> ("Secretario de Finanzas", Secretaría de Finanzas of the
article's state, named by the title); "gobernador" -> ("Gobernador", Gobierno del
Estado de <state>); "presidente de la República" -> Presidencia de la República;
"alcalde de Fresnillo" -> Ayuntamiento de Fresnillo.
"""

from __future__ import annotations

from people.mentions import lexicon as lx
from people.mentions.gazetteer import InstOcc
from people.mentions.institutions import lookup_institution
from people.mentions.records import InstitutionRef
from people.mentions.text import fold_word, normalize_alias


def post_for(
    category, masculine, feminine, fem, adjectives, comp, registry, jurisdiction, doc, end
) -> tuple[str, InstitutionRef | None, bool]:
    """(canonical role, institution of the post, whether the title names it)."""
    title = feminine if fem else masculine
    qualifiers = [a for a in adjectives if a in _ROLE_ADJECTIVES]
    ranked = " ".join([title, *qualifiers])
    state_code = comp.state or (jurisdiction if jurisdiction.startswith("MX-") else "")
    state_code = state_code.split("/", 1)[0]
    state = lx.state_name(state_code) if state_code else ""
    inst = comp.institution

    def ref_from_occ(occ: InstOcc) -> InstitutionRef:
        return InstitutionRef(occ.name, occ.id, occ.key, occ.jurisdiction, occ.acronym)

    def derived(name: str, jur: str, acronym: str = "") -> InstitutionRef:
        key = normalize_alias(name)
        inst_id = lookup_institution(registry, key, jur, jurisdiction)
        if inst_id is not None:
            rec = registry.institutions[inst_id]
            return InstitutionRef(
                rec.name, rec.id, normalize_alias(rec.name), rec.jurisdiction, rec.acronym
            )
        return InstitutionRef(name, None, key, jur, acronym)

    if category == "secretario" and comp.area and inst is None:
        area = comp.area
        connector = comp.area_connector if comp.area_connector in ("de", "del", "de la") else "de"
        role = f"{title} {connector} {area}"
        if "general" in adjectives and fold_word(area) == "gobierno":
            return (
                f"{title} General de Gobierno",
                (derived(f"Gobierno del Estado de {state}", state_code) if state else None),
                False,
            )
        if masculine == "Subsecretario":
            return role, None, False
        folded_area = fold_word(area)
        federal = comp.federal or comp.republic or folded_area in lx.FEDERAL_AREAS
        if comp.state:
            jur = comp.state
        elif federal:
            jur = lx.FEDERAL
        else:
            jur = state_code
        return role, derived(f"Secretaría {connector} {area}", jur), True
    if category == "jefe":
        if comp.area and fold_word(comp.area).startswith("gobierno"):
            role = f"{title} de Gobierno"
            if state_code == "MX-CMX" or "ciudad de mexico" in fold_word(comp.area):
                return role, derived("Gobierno de la Ciudad de México", "MX-CMX"), True
            return role, None, False
        role = f"{title} de {comp.area}" if comp.area else title
        return role, ref_from_occ(inst) if inst is not None else None, False
    if inst is not None:
        role = ranked
        if category == "presidente" and "municipal" in adjectives:
            role = f"{title} municipal"
        return role, ref_from_occ(inst), False
    if comp.acronym:
        key = normalize_alias(comp.acronym)
        inst_id = lookup_institution(registry, key, "", jurisdiction)
        role = ranked
        if inst_id is not None:
            rec = registry.institutions[inst_id]
            return (
                role,
                InstitutionRef(
                    rec.name, rec.id, normalize_alias(rec.name), rec.jurisdiction, rec.acronym
                ),
                False,
            )
        return role, InstitutionRef(comp.acronym, None, key, "", comp.acronym), False
    if category == "gobernador":
        if comp.area:
            return title, None, False
        if state:
            return title, derived(f"Gobierno del Estado de {state}", state_code), False
        return title, None, False
    if category == "presidente":
        if "municipal" in adjectives:
            return _municipal(title + " municipal", comp, state_code, registry, jurisdiction)
        if comp.republic or (comp.place and fold_word(comp.place) == "mexico"):
            return (
                f"{title} de la República",
                derived("Presidencia de la República", lx.FEDERAL),
                False,
            )
        return title, None, False
    if category == "alcalde":
        return _municipal(title, comp, state_code, registry, jurisdiction)
    if category == "municipal":
        return _municipal(title, comp, state_code, registry, jurisdiction)
    if category == "senador":
        return title, derived("Senado de la República", lx.FEDERAL), False
    if category == "diputado":
        if "federal" in adjectives:
            return f"{title} federal", derived("Cámara de Diputados", lx.FEDERAL), False
        if "local" in adjectives:
            return f"{title} local", None, False
        return title, None, False
    if category == "fiscal":
        role = ranked
        if comp.republic:
            return role, derived("Fiscalía General de la República", lx.FEDERAL), False
        if comp.estado and state:
            return (
                role,
                derived(f"Fiscalía General de Justicia del Estado de {state}", state_code),
                False,
            )
        return role, None, False
    if category == "canciller":
        return title, derived("Secretaría de Relaciones Exteriores", lx.FEDERAL), False
    role = ranked
    if comp.area and category in ("director", "coordinador", "delegado"):
        role = f"{role} de {comp.area}"
    return role, None, False


_ROLE_ADJECTIVES = (
    "general",
    "presidente",
    "presidenta",
    "adjunto",
    "adjunta",
    "ejecutivo",
    "ejecutiva",
)


def _municipal(role, comp, state_code, registry, jurisdiction):
    place = comp.place or comp.area
    if not place:
        return role, None, False
    jur = f"{state_code}/{place}" if state_code else ""
    name = f"Ayuntamiento de {place}"
    key = normalize_alias(name)
    inst_id = lookup_institution(registry, key, jur, jurisdiction)
    if inst_id is not None:
        rec = registry.institutions[inst_id]
        return role, InstitutionRef(rec.name, rec.id, key, rec.jurisdiction, rec.acronym), False
    return role, InstitutionRef(name, None, key, jur), False
