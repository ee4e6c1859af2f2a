"""The registry as Popolo JSON (popoloproject.com): persons, organizations, memberships."""

from __future__ import annotations

from people.models import EntityStatus, Institution, Official, Position


def _date(value) -> str | None:
    return value.isoformat() if value else None


def build_popolo(*, include_discovered: bool = True) -> dict:
    """``{"persons": [...], "organizations": [...], "memberships": [...]}``.

    Ids are the entities' slugs. Rejected and merged entities are left out
    (a merged one's names are other_names of its target). Five queries.
    """
    statuses = [EntityStatus.VERIFIED]
    if include_discovered:
        statuses.append(EntityStatus.DISCOVERED)
    institutions = list(
        Institution.objects.filter(status__in=statuses, merged_into__isnull=True)
        .select_related("parent")
        .prefetch_related("aliases")
        .order_by("name", "pk")
    )
    officials = list(
        Official.objects.filter(status__in=statuses, merged_into__isnull=True)
        .prefetch_related("aliases")
        .order_by("name", "pk")
    )
    org_ids = {i.pk for i in institutions}
    person_ids = {o.pk for o in officials}

    organizations = []
    for inst in institutions:
        org = {
            "id": inst.slug,
            "name": inst.name,
            "other_names": _other_names(inst),
            "identifiers": [],
        }
        if inst.acronym:
            org["identifiers"].append({"scheme": "acronym", "identifier": inst.acronym})
        if inst.parent_id and inst.parent_id in org_ids:
            org["parent_id"] = inst.parent.slug
        if inst.jurisdiction:
            org["area_id"] = inst.jurisdiction
        org["status"] = inst.status
        organizations.append(org)

    persons = [
        {
            "id": off.slug,
            "name": off.name,
            "other_names": _other_names(off),
            "status": off.status,
        }
        for off in officials
    ]

    memberships = []
    positions = (
        Position.objects.filter(official_id__in=person_ids, status__in=statuses)
        .with_evidence()
        .select_related("official", "institution")
        .order_by("official__name", "role", "pk")
    )
    for position in positions:
        membership = {
            "id": f"position-{position.pk}",
            "person_id": position.official.slug,
            "role": position.role,
            # The term: dates the registry or an editor set, never the articles'.
            "start_date": _date(position.registry_start_date),
            "end_date": _date(position.registry_end_date),
            # What published articles showed, apart from the term.
            "evidence": {
                "first_seen": _date(position.seen_first),
                "last_seen": _date(position.seen_last),
                "articles": position.seen_count,
            },
        }
        if position.institution_id and position.institution_id in org_ids:
            membership["organization_id"] = position.institution.slug
        if position.area:
            membership["area"] = {"name": position.area}
        memberships.append(membership)
    return {"persons": persons, "organizations": organizations, "memberships": memberships}


def _other_names(entity) -> list[dict]:
    names = []
    seen = {entity.name}
    for alias in sorted(entity.aliases.all(), key=lambda a: (a.kind, a.name)):
        if alias.name in seen:
            continue
        seen.add(alias.name)
        other = {"name": alias.name, "note": alias.get_kind_display()}
        names.append(other)
    return names
