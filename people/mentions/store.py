"""Creating and learning entities while linking: the discovered officials and institutions.

A discovered institution or official is created once, with status "discovered",
the sentence that introduced it as evidence, and its aliases; then added to the
in-memory registry so the next article links it. Before creating anything the
database is asked whether the name exists already (another importer, a stale
registry); a rejected name is never created again.
"""

from __future__ import annotations

import re

from people.mentions.institutions import (
    TOWN_UNIT_HEADS,
    bare_unit_name,
    lookup_institution,
    with_state,
)
from people.mentions.lexicon import OFFICIAL_TOWN_NAMES, STATE_BY_NAME, state_name
from people.mentions.names import short_forms, tokens
from people.mentions.records import InstitutionRef, OfficialHit
from people.mentions.registry import OFFICIAL, InstitutionRecord, OfficialRecord, Registry
from people.mentions.states import legislature_name, state_of
from people.mentions.text import fold, normalize_alias
from people.models import (
    AliasKind,
    EntityStatus,
    Institution,
    InstitutionAlias,
    Official,
    OfficialAlias,
)


class EntityStore:
    """Finds or creates the database rows behind an extraction's discovered names."""

    def __init__(self, registry: Registry, jurisdiction: str):
        self.registry = registry
        self.jurisdiction = jurisdiction

    def institution_id(self, ref: InstitutionRef, evidence: str, result) -> int | None:
        """The id of the institution ``ref`` names, created (discovered) when new."""
        registry = self.registry
        key = ref.key or normalize_alias(ref.name)
        if key in registry.rejected_institutions:
            return None
        found = lookup_institution(registry, key, ref.jurisdiction, self.jurisdiction)
        if found is not None:
            return found
        # Another process (or a stale registry) may have created it meanwhile.
        rows = list(
            InstitutionAlias.objects.filter(normalized=key).values_list(
                "institution_id",
                "institution__jurisdiction",
                "institution__status",
                "institution__merged_into_id",
            )
        )
        for pk, jur, status, merged in rows:
            if status == EntityStatus.REJECTED:
                registry.rejected_institutions.add(key)
                return None
            if (
                (jur or "") == (ref.jurisdiction or "")
                or not ref.jurisdiction
                or not jur
                or _one_town(jur, ref.jurisdiction)
            ):
                return merged or pk
        name = ref.name
        extra_aliases = []
        if _names_state_body(ref):
            # A state's secretaría carries its state: "Secretaría de Salud de Sonora".
            name = with_state(ref.name, ref.jurisdiction)
            found = lookup_institution(
                registry, normalize_alias(name), ref.jurisdiction, self.jurisdiction
            )
            if found is not None:
                return found
            extra_aliases.append(ref.name)
        parent = self._parent_for(ref)
        inst = Institution(
            name=name[:300],
            acronym=(ref.acronym or "")[:40],
            jurisdiction=ref.jurisdiction,
            parent_id=parent,
            status=EntityStatus.DISCOVERED,
            evidence=evidence,
        )
        inst.save()
        names = [(name, AliasKind.FULL)]
        if ref.acronym:
            names.append((ref.acronym, AliasKind.ACRONYM))
        names += [(a, AliasKind.FULL) for a in (*extra_aliases, *ref.aliases)]
        names += [(a, AliasKind.FULL) for a in state_body_forms(name, ref.jurisdiction)]
        names += [(a, AliasKind.FULL) for a in town_body_forms(name, ref.jurisdiction)]
        names += [(a, AliasKind.FULL) for a in town_unit_forms(name, ref.jurisdiction)]
        names += [(a, AliasKind.FULL) for a in council_forms(name, ref.jurisdiction)]
        aliases, seen = [], set()
        for name, kind in names:
            alias = InstitutionAlias(
                institution=inst,
                name=name[:300],
                kind=kind,
                auto_link=_institution_auto_link(name, ref.jurisdiction, inst.name),
            )
            alias.normalized = normalize_alias(alias.name)
            if alias.normalized and alias.normalized not in seen:
                seen.add(alias.normalized)
                aliases.append(alias)
        InstitutionAlias.objects.bulk_create(aliases)
        registry.add_institution(
            InstitutionRecord(
                inst.pk, inst.name, inst.acronym, inst.jurisdiction, parent, EntityStatus.DISCOVERED
            ),
            [{"name": a.name, "kind": a.kind, "auto_link": a.auto_link} for a in aliases],
        )
        registry.created("institution", inst.pk)
        result.discovered_institutions.append(inst.pk)
        return inst.pk

    def _parent_for(self, ref: InstitutionRef) -> int | None:
        """A nested unit hangs from the body it names ("Dirección de … del IMSS"); a
        state secretaría from its state government, when that is known."""
        nested = _NESTED.match(ref.name)
        if nested:
            found = lookup_institution(
                self.registry, normalize_alias(nested.group(1)), "", self.jurisdiction
            )
            if found is not None:
                return found
        if not ref.jurisdiction.startswith("MX-") or "/" in ref.jurisdiction:
            return None
        if not fold(ref.name).startswith(("secretaria ", "subsecretaria ")):
            return None
        government = normalize_alias(f"Gobierno del Estado de {state_name(ref.jurisdiction)}")
        return lookup_institution(self.registry, government, ref.jurisdiction, self.jurisdiction)

    def official_id(self, hit: OfficialHit, result) -> int | None:
        """The id of the official ``hit`` names, created (discovered) when new."""
        if hit.id is not None:
            return hit.id
        registry = self.registry
        key = hit.key or normalize_alias(hit.name)
        if key in registry.rejected_officials:
            return None
        known = {e.entity_id for e in registry.entries(key) if e.entity == OFFICIAL}
        known &= set(registry.officials)
        if len(known) == 1:
            return known.pop()
        rows = list(
            OfficialAlias.objects.filter(normalized=key).values_list(
                "official_id", "official__status", "official__merged_into_id"
            )
        )
        for pk, status, merged in rows:
            if status == EntityStatus.REJECTED:
                registry.rejected_officials.add(key)
                return None
            return merged or pk
        official = Official(
            name=hit.name[:300], status=EntityStatus.DISCOVERED, evidence=hit.evidence
        )
        official.save()
        aliases = _official_aliases(official, hit)
        OfficialAlias.objects.bulk_create(aliases)
        registry.add_official(
            OfficialRecord(official.pk, official.name, EntityStatus.DISCOVERED),
            [{"name": a.name, "kind": a.kind, "auto_link": a.auto_link} for a in aliases],
        )
        registry.created(OFFICIAL, official.pk)
        result.discovered_officials.append(official.pk)
        return official.pk

    def learn_official_aliases(self, pk: int, names) -> None:
        known = {e.key for e in self.registry.official_aliases(pk)}
        new = [n for n in names if normalize_alias(n) not in known and len(tokens(n)) >= 2]
        if not new:
            return
        rows = []
        for name in new:
            alias = OfficialAlias(official_id=pk, name=name[:300], kind=AliasKind.FULL)
            alias.normalized = normalize_alias(alias.name)
            rows.append(alias)
            self.registry.add_alias(OFFICIAL, pk, name)
        OfficialAlias.objects.bulk_create(rows, ignore_conflicts=True)

    def _another_states(self, key: str, record) -> bool:
        """Does another state's body answer to ``key`` already?"""
        home = state_of(record.jurisdiction)
        return any(
            state_of(other.jurisdiction) not in ("", home)
            for other in self.registry.institutions_named(key)
        )

    def learn_institution_aliases(self, pk: int, names) -> None:
        record = self.registry.institutions.get(pk)
        if record is None:
            return
        rows = []
        for name in names:
            key = normalize_alias(name)
            if not key or any(
                e.entity_id == pk for e in self.registry.entries(key) if e.entity != OFFICIAL
            ):
                continue
            if _state_dropped(name, record) and self._another_states(key, record):
                continue
            auto = _institution_auto_link(name, record.jurisdiction, record.name)
            alias = InstitutionAlias(institution_id=pk, name=name[:300], auto_link=auto)
            alias.normalized = key
            rows.append(alias)
            self.registry.add_alias("institution", pk, name, auto_link=auto)
        if rows:
            InstitutionAlias.objects.bulk_create(rows, ignore_conflicts=True)
        # A body first discovered by its acronym alone ("del ISSSTE") takes its full
        # name once an article spells it out ("Instituto de Seguridad … (ISSSTE)").
        if record.status == EntityStatus.DISCOVERED and record.name.isupper():
            spelled = [n for n in names if len(n.split()) >= 3 and not n.isupper()]
            if spelled:
                record.name = spelled[0][:300]
                Institution.objects.filter(pk=pk).update(name=record.name)


# "Dirección de Prestaciones Médicas del IMSS": the unit, then the body it belongs to.
_NESTED = re.compile(
    r"(?:Dirección|Subdirección|Coordinación|Unidad|Departamento)\b.*? (?:del|de la) "
    r"((?:[A-ZÁÉÍÓÚÑ][\w-]*)(?: (?:de la|del|de|y) [A-ZÁÉÍÓÚÑ][\w-]*| [A-ZÁÉÍÓÚÑ][\w-]*)*)$"
)


def state_body_forms(name: str, jurisdiction: str) -> list[str]:
    """The other way the press names a state's body: "Secretaría de Salud de Sonora" is
    also "Secretaría de Salud del Estado de Sonora", and the other way round."""
    if not jurisdiction.startswith("MX-") or "/" in jurisdiction:
        return []
    state = state_name(jurisdiction)
    if state and name == legislature_name(jurisdiction) and not name.startswith("Congreso "):
        # a legislature with a name of its own ("Legislatura del Estado de México") is
        # also called what every other state's is
        return [f"Congreso del Estado de {state}"]
    if not state or jurisdiction in ("MX-MEX", "MX-CMX"):
        return []  # "del Estado de México", "de la Ciudad de México": one way only
    folded, folded_state = fold(name), fold(state)
    long_tail, short_tail = f" del estado de {folded_state}", f" de {folded_state}"
    if folded.endswith(long_tail):
        base = name[: -len(long_tail)]
        forms = [f"{base} de {state}"]
    elif folded.endswith(short_tail):
        base = name[: -len(short_tail)]
        forms = [f"{base} del Estado de {state}"]
    else:
        return []
    if base.startswith(_GOVERNMENT_UNITS) and " del Gobierno" not in base:
        # a unit of the state's government, named after it: "Secretaría de Finanzas del
        # Gobierno del Estado de Oaxaca", "… del Gobierno de Oaxaca"
        forms += [f"{base} del Gobierno del Estado de {state}", f"{base} del Gobierno de {state}"]
    return forms


# The units of a state's government the press names after it ("… del Gobierno de …").
_GOVERNMENT_UNITS = (
    "Secretaría ",
    "Subsecretaría ",
    "Coordinación ",
    "Dirección ",
    "Oficialía ",
    "Contraloría ",
    "Consejería ",
)


def town_body_forms(name: str, jurisdiction: str) -> list[str]:
    """The other way the press names a town's own unit: "Secretaría de Obras Públicas
    Municipal de Celaya" is also "Secretaría de Obras Públicas de Celaya"; not when the
    town is named as its state ("… Municipal de Querétaro": "… de Querétaro" is the
    state's)."""
    state_code, _, town = jurisdiction.partition("/")
    if not town or not state_code.startswith("MX-"):
        return []
    index = fold(name).rfind(" municipal de ")
    if index < 0 or fold(name[index + len(" municipal de ") :]) != fold(town):
        return []
    if fold(town) in STATE_BY_NAME:
        return []
    return [f"{name[:index]} de {town}"]


_OFFICIAL_TOWNS = {
    frozenset({fold(short), fold(official)}) for short, official in OFFICIAL_TOWN_NAMES
}


def _one_town(jurisdiction: str, other: str) -> bool:
    """Are two towns' jurisdictions one municipality, by its short and its official name
    ("MX-GRO/Acapulco", "MX-GRO/Acapulco de Juárez")?"""
    state, _, town = jurisdiction.partition("/")
    other_state, _, other_town = other.partition("/")
    return state == other_state and frozenset({fold(town), fold(other_town)}) in _OFFICIAL_TOWNS


def council_forms(name: str, jurisdiction: str) -> list[str]:
    """The other name of a town's council: "Ayuntamiento de Guachochi" is also
    "Municipio de Guachochi" (the press writes either for the town's government)."""
    state_code, _, town = jurisdiction.partition("/")
    if not town or not state_code.startswith("MX-"):
        return []
    for short, official in OFFICIAL_TOWN_NAMES:
        # "Ayuntamiento de Acapulco de Juárez" is also "Ayuntamiento de Acapulco"
        if fold(name) == fold(f"Ayuntamiento de {official}"):
            return [f"Municipio de {official}", f"Ayuntamiento de {short}", f"Municipio de {short}"]
    if fold(name) != fold(f"Ayuntamiento de {town}"):
        return []
    return [f"Municipio de {town}"]


_TOWN_UNIT_HEADS = tuple(f"{head} " for head in sorted(TOWN_UNIT_HEADS))


def town_unit_forms(name: str, jurisdiction: str) -> list[str]:
    """The other names of a town's unit named with its town ("Dirección de Protección
    Civil de Acapulco", "Secretaría de Desarrollo Social Municipal de Querétaro"): the
    press also writes "… del Municipio de Acapulco", "… del Ayuntamiento de Acapulco",
    and the level after the head noun, "Dirección Municipal de Protección Civil de
    Acapulco"; "… Municipal de Tecomán" is also "… de Tecomán" (not of a town named as
    its state)."""
    state_code, _, town = jurisdiction.partition("/")
    folded = fold(name)
    if not town or not state_code.startswith("MX-") or not folded.startswith(_TOWN_UNIT_HEADS):
        return []
    for ending in (f" municipal de {fold(town)}", f" de {fold(town)}"):
        if folded.endswith(ending) and " " in folded[: -len(ending)]:
            base = name[: -len(ending)]
            break
    else:
        return []
    head, _, area = base.partition(" ")
    forms = [
        f"{base} del Municipio de {town}",
        f"{base} del Ayuntamiento de {town}",
        f"{base} Municipal de {town}",
    ]
    if not fold(area).startswith("municipal "):
        forms.append(f"{head} Municipal {area} de {town}")
    if fold(town) not in STATE_BY_NAME:  # "… de Durango" would be the state's
        forms.append(f"{base} de {town}")
    return [form for form in forms if fold(form) != folded]


def _state_dropped(name: str, record: InstitutionRecord) -> bool:
    """Is ``name`` a state body's own name without its state ("Secretaría de Salud" of
    "Secretaría de Salud de Tamaulipas")? Resolution adds the article's state to such a
    form; learnt when another state's body answers to it already, it would make the two
    bodies one name's readings, and an article naming both one of them twice."""
    jur = record.jurisdiction or ""
    return (
        jur.startswith("MX-")
        and "/" not in jur
        and name != record.name
        and with_state(name, jur) == record.name
    )


def _names_state_body(ref: InstitutionRef) -> bool:
    """A state secretaría named without its state ("Secretaría de Salud", MX-SON)."""
    jur = ref.jurisdiction
    return (
        jur.startswith("MX-")
        and "/" not in jur
        and fold(ref.name).startswith(("secretaria ", "subsecretaria "))
        and with_state(ref.name, jur) != ref.name
    )


def _institution_auto_link(name: str, jurisdiction: str, full_name: str = "") -> bool:
    """A state or municipal body's name links everywhere only when it names its place.

    "Secretaría de Salud" of Zacatecas links only in Zacatecas articles;
    "Secretaría de Salud de Zacatecas" links everywhere. A unit's bare name ("Facultad
    de Medicina" of ``full_name`` "Facultad de Medicina de la UADY") never does.
    """
    if full_name and bare_unit_name(name, full_name):
        return False
    if not jurisdiction.startswith("MX-"):
        return True
    key = normalize_alias(name)
    if "/" in jurisdiction:
        place = normalize_alias(jurisdiction.split("/", 1)[1])
        return place in key
    place = normalize_alias(state_name(jurisdiction))
    return bool(place) and place in key


def _official_aliases(official: Official, hit: OfficialHit) -> list[OfficialAlias]:
    specs = [(official.name, AliasKind.FULL, True)]
    specs += [(name, AliasKind.FULL, True) for name in hit.aliases]
    for name in [official.name, *hit.aliases]:
        for form in short_forms(name):
            if len(tokens(form)) >= 2 and len(tokens(name)) >= 3:
                # "Cabral Soto": in-article only; "Javier Cabral Soto": everywhere.
                auto = len(tokens(form)) >= 3
                specs.append((form, AliasKind.SHORT if auto else AliasKind.SURNAMES, auto))
    rows, seen = [], set()
    for name, kind, auto in specs:
        key = normalize_alias(name)
        if key and key not in seen:
            seen.add(key)
            alias = OfficialAlias(official=official, name=name[:300], kind=kind, auto_link=auto)
            alias.normalized = key
            rows.append(alias)
    return rows
