"""Load the registry fixture (fixtures/people.json) into the database, idempotently.

The format is documented in the fixture's ``_format`` key. Rows are matched by
slug; aliases by their normalized form; positions by (official, institution,
role). Running the load twice leaves the same rows. Aliases an editor added are
never deleted.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from people.mentions.text import normalize_alias
from people.models import (
    AliasKind,
    EntityStatus,
    Institution,
    InstitutionAlias,
    Official,
    OfficialAlias,
    Position,
)


class FixtureError(ValueError):
    pass


@dataclass
class LoadReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        parts = []
        for label, key in (
            ("instituciones", "institution"),
            ("funcionarios", "official"),
            ("variantes", "alias"),
            ("cargos", "position"),
        ):
            parts.append(
                f"{label}: {self.created[key]} creadas/os, {self.updated[key]} actualizadas/os"
            )
        return "; ".join(parts)


def _alias_specs(name: str, aliases, *, name_auto_link: bool = True) -> list[tuple[str, str, bool]]:
    """(name, kind, auto_link) for the canonical name and each alias, first per key wins."""
    specs = [(name, AliasKind.FULL, name_auto_link)]
    for alias in aliases or ():
        if isinstance(alias, str):
            shape = alias.replace("-", " ")
            kind = AliasKind.ACRONYM if " " not in shape and alias.isupper() else AliasKind.FULL
            specs.append((alias, kind, True))
        else:
            if "name" not in alias:
                raise FixtureError(f"alias sin nombre: {alias!r}")
            kind = alias.get("kind", AliasKind.FULL)
            if kind not in AliasKind.values:
                raise FixtureError(f"tipo de variante desconocido: {kind!r}")
            specs.append((alias["name"], kind, bool(alias.get("auto_link", True))))
    seen, unique = set(), []
    for spec in specs:
        key = normalize_alias(spec[0])
        if key and key not in seen:
            seen.add(key)
            unique.append(spec)
    return unique


def _date(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise FixtureError(f"fecha inválida: {value!r}") from exc


def _sync_aliases(model, owner_field: str, owner, specs, report: LoadReport) -> None:
    existing = {a.normalized: a for a in model.objects.filter(**{owner_field: owner})}
    new = []
    for name, kind, auto_link in specs:
        key = normalize_alias(name)
        alias = existing.get(key)
        if alias is None:
            new.append(model(**{owner_field: owner}, name=name, kind=kind, auto_link=auto_link))
            continue
        if (alias.name, alias.kind, alias.auto_link) != (name, kind, auto_link):
            alias.name, alias.kind, alias.auto_link = name, kind, auto_link
            alias.save()
            report.updated["alias"] += 1
    for alias in new:
        alias.save()  # save() computes the normalized form
    report.created["alias"] += len(new)


def _upsert(model, slug: str, values: dict, report: LoadReport, kind: str):
    obj = model.objects.filter(slug=slug).first()
    if obj is None:
        obj = model(slug=slug, **values)
        obj.save()
        report.created[kind] += 1
        return obj
    changed = [k for k, v in values.items() if getattr(obj, k) != v]
    if changed:
        for k in changed:
            setattr(obj, k, values[k])
        obj.save()
        report.updated[kind] += 1
    return obj


@transaction.atomic
def load_people(data: dict) -> LoadReport:
    """Create or update the institutions, officials, aliases and positions of ``data``."""
    report = LoadReport()
    institutions: dict[str, Institution] = {}
    records = data.get("institutions", [])
    for record in records:
        slug = record.get("slug")
        if not slug or not record.get("name"):
            raise FixtureError(f"institución sin slug o nombre: {record!r}")
        inst = _upsert(
            Institution,
            slug,
            {
                "name": record["name"],
                "acronym": record.get("acronym", "") or "",
                "jurisdiction": record.get("jurisdiction", "") or "",
                "status": record.get("status", EntityStatus.VERIFIED),
            },
            report,
            "institution",
        )
        institutions[slug] = inst
        specs = _alias_specs(
            record["name"], record.get("aliases"), name_auto_link=record.get("name_auto_link", True)
        )
        _sync_aliases(InstitutionAlias, "institution", inst, specs, report)
    for record in records:
        parent_slug = record.get("parent")
        inst = institutions[record["slug"]]
        parent = None
        if parent_slug:
            parent = (
                institutions.get(parent_slug)
                or Institution.objects.filter(slug=parent_slug).first()
            )
            if parent is None:
                raise FixtureError(f"institución superior desconocida: {parent_slug!r}")
        if inst.parent_id != (parent.pk if parent else None):
            inst.parent = parent
            inst.save(update_fields=["parent"])
            report.updated["institution"] += 1

    for record in data.get("officials", []):
        slug = record.get("slug")
        if not slug or not record.get("name"):
            raise FixtureError(f"funcionario sin slug o nombre: {record!r}")
        official = _upsert(
            Official,
            slug,
            {"name": record["name"], "status": record.get("status", EntityStatus.VERIFIED)},
            report,
            "official",
        )
        _sync_aliases(
            OfficialAlias,
            "official",
            official,
            _alias_specs(record["name"], record.get("aliases")),
            report,
        )
        for spec in record.get("positions", []):
            inst_slug = spec.get("institution")
            inst = None
            if inst_slug:
                inst = (
                    institutions.get(inst_slug)
                    or Institution.objects.filter(slug=inst_slug).first()
                )
                if inst is None:
                    raise FixtureError(f"institución desconocida en un cargo: {inst_slug!r}")
            role = spec.get("role") or ""
            if not role:
                raise FixtureError(f"cargo sin nombre: {spec!r}")
            values = {"area": spec.get("area", "") or "", "status": EntityStatus.VERIFIED}
            # A null date means "unknown": it never erases dates the linker learned.
            for field_name in ("start_date", "end_date"):
                if spec.get(field_name):
                    values[field_name] = _date(spec[field_name])
            position = Position.objects.filter(
                official=official, institution=inst, role=role
            ).first()
            if position is None:
                Position.objects.create(official=official, institution=inst, role=role, **values)
                report.created["position"] += 1
                continue
            changed = [k for k, v in values.items() if getattr(position, k) != v]
            if changed:
                for k in changed:
                    setattr(position, k, values[k])
                position.save()
                report.updated["position"] += 1
    return report


def registry_from_data(data: dict):
    """An in-memory Registry holding a fixture's entities (ids 1, 2, … in file order).

    For tests and benchmarks that must not touch the database.
    """
    from people.mentions.registry import Registry

    inst_ids = {r["slug"]: i for i, r in enumerate(data.get("institutions", []), start=1)}
    institutions = [
        {
            "id": inst_ids[r["slug"]],
            "name": r["name"],
            "acronym": r.get("acronym", ""),
            "jurisdiction": r.get("jurisdiction", ""),
            "parent_id": inst_ids.get(r.get("parent")),
            "status": r.get("status", "verified"),
            "name_auto_link": r.get("name_auto_link", True),
            "aliases": [a for a in r.get("aliases", [])],
        }
        for r in data.get("institutions", [])
    ]
    officials = [
        {
            "id": i,
            "name": r["name"],
            "status": r.get("status", "verified"),
            "aliases": r.get("aliases", []),
        }
        for i, r in enumerate(data.get("officials", []), start=1)
    ]
    return Registry.from_records(institutions=institutions, officials=officials)
