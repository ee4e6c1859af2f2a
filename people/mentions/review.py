"""Editors' review of discovered entities: approve, reject, merge a duplicate.

The admin actions call these functions; so do the tests. Merging follows
Popolo's duplicate-handling appendix: the loser keeps its row (and slug) with
``merged_into`` set, its names become aliases of the winner, and everything
that pointed at it moves. ``resolve_merged`` follows the chain, so the public
page of a merged slug can redirect to the winner.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model

from people import visibility
from people.mentions.text import normalize_alias
from people.models import (
    AliasKind,
    EntityStatus,
    Institution,
    InstitutionAlias,
    InstitutionMention,
    Official,
    OfficialAlias,
    OfficialMention,
    Position,
    PositionEvidence,
)


class MergeError(ValueError):
    pass


def _mention_model(model):
    return OfficialMention if model is Official else InstitutionMention


def _alias_model(model):
    return OfficialAlias if model is Official else InstitutionAlias


def _owner_field(model) -> str:
    return "official" if model is Official else "institution"


@transaction.atomic
def approve(entities) -> int:
    """Mark discovered (or rejected) entities as verified, and their discovered posts too."""
    entities = list(entities)
    if not entities:
        return 0
    model = type(entities[0])
    ids = [e.pk for e in entities]
    count = (
        model.objects.filter(pk__in=ids)
        .exclude(status=EntityStatus.VERIFIED)
        .update(status=EntityStatus.VERIFIED)
    )
    if model is Official:
        Position.objects.filter(official_id__in=ids, status=EntityStatus.DISCOVERED).update(
            status=EntityStatus.VERIFIED
        )
    for entity in entities:
        entity.status = EntityStatus.VERIFIED
    return count


@transaction.atomic
def reject(entities) -> int:
    """Mark entities as rejected and drop their automatic mentions.

    A rejected name (and each of its aliases) is never rediscovered:
    ``Registry.load`` reads them into its rejected lists. Manual mentions stay.
    """
    entities = list(entities)
    if not entities:
        return 0
    model = type(entities[0])
    ids = [e.pk for e in entities]
    count = (
        model.objects.filter(pk__in=ids)
        .exclude(status=EntityStatus.REJECTED)
        .update(status=EntityStatus.REJECTED)
    )
    dropped = _mention_model(model).objects.filter(
        **{f"{_owner_field(model)}_id__in": ids}, manual=False
    )
    # An official's mentions also showed the institutions of his roles.
    roles_at = set(dropped.values_list("institution_id", flat=True)) if model is Official else ()
    dropped.delete()
    if model is Official:
        visibility.refresh(officials=ids, institutions=roles_at)
    else:
        visibility.refresh(institutions=ids)
    for entity in entities:
        entity.status = EntityStatus.REJECTED
    return count


@transaction.atomic
def merge(source: Model, target: Model) -> Model:
    """Merge the duplicate ``source`` into ``target``; nothing is lost.

    Aliases, positions and article mentions move to the target (counts add up
    when both were mentioned by the same article); the source's names become
    aliases of the target; ``source.merged_into`` is set. For institutions,
    child institutions and posts move too.
    """
    model = type(source)
    if type(target) is not model:
        raise MergeError("Sólo se fusionan entidades del mismo tipo.")
    target = resolve_merged(model, target.slug) or target
    if source.pk == target.pk:
        raise MergeError("No se puede fusionar una entidad consigo misma.")
    if target.merged_into_id == source.pk:
        raise MergeError("El destino ya está fusionado en el origen.")
    owner = _owner_field(model)
    alias_model = _alias_model(model)

    # Aliases: move the source's, keep one per normalized form, add its names.
    target_keys = set(
        alias_model.objects.filter(**{owner: target}).values_list("normalized", flat=True)
    )
    for alias in alias_model.objects.filter(**{owner: source}):
        if alias.normalized in target_keys:
            alias.delete()
        else:
            setattr(alias, owner, target)
            alias.save()
            target_keys.add(alias.normalized)
    for name, kind in ((source.name, AliasKind.FULL),):
        key = normalize_alias(name)
        if key and key not in target_keys:
            alias_model.objects.create(**{owner: target}, name=name, kind=kind)
            target_keys.add(key)
    if model is Institution and source.acronym:
        key = normalize_alias(source.acronym)
        if key not in target_keys:
            InstitutionAlias.objects.create(
                institution=target, name=source.acronym, kind=AliasKind.ACRONYM
            )
        if not target.acronym:
            target.acronym = source.acronym
            target.save(update_fields=["acronym"])

    # Mentions: one per (article, entity); counts add up.
    mention_model = _mention_model(model)
    target_mentions = {m.article_id: m for m in mention_model.objects.filter(**{owner: target})}
    for mention in mention_model.objects.filter(**{owner: source}):
        kept = target_mentions.get(mention.article_id)
        if kept is None:
            setattr(mention, owner, target)
            mention.save()
            continue
        kept.count += mention.count
        kept.manual = kept.manual or mention.manual
        if not kept.snippet:
            kept.snippet = mention.snippet
        if model is Official and not kept.role:
            kept.role, kept.institution_id = mention.role, mention.institution_id
        kept.save()
        mention.delete()

    if model is Official:
        _merge_positions(Position.objects.filter(official=source), "official", target)
    else:
        _merge_positions(Position.objects.filter(institution=source), "institution", target)
        Institution.objects.filter(parent=source).exclude(pk=target.pk).update(parent=target)
        OfficialMention.objects.filter(institution=source).update(institution=target)

    if source.status == EntityStatus.VERIFIED and target.status == EntityStatus.DISCOVERED:
        target.status = EntityStatus.VERIFIED
        target.save(update_fields=["status"])
    if not target.evidence and source.evidence:
        target.evidence = source.evidence
        target.save(update_fields=["evidence"])
    model.objects.filter(merged_into=source).update(merged_into=target)
    source.merged_into = target
    source.save(update_fields=["merged_into"])
    # The target now has the source's links and posts.
    posts = Position.objects.filter(**{owner: target}).values_list("pk", flat=True)
    if model is Official:
        visibility.refresh(officials=[source.pk, target.pk], positions=posts)
    else:
        visibility.refresh(institutions=[source.pk, target.pk], positions=posts)
    return target


def _merge_positions(positions, field_name: str, target) -> None:
    for position in positions:
        clash = Position.objects.filter(
            official=target if field_name == "official" else position.official,
            institution=position.institution if field_name == "official" else target,
            role=position.role,
        ).first()
        if clash is None:
            setattr(position, field_name, target)
            position.save()
            continue
        if position.start_date and (
            clash.start_date is None or position.start_date < clash.start_date
        ):
            clash.start_date = position.start_date
        if position.end_date and (clash.end_date is None or position.end_date > clash.end_date):
            clash.end_date = position.end_date
        clash.source_article_id = clash.source_article_id or position.source_article_id
        clash.area = clash.area or position.area
        if position.status == EntityStatus.VERIFIED:
            clash.status = EntityStatus.VERIFIED
        # The registry's dates and the articles' evidence are merged apart (see Position).
        starts = [d for d in (clash.registry_start_date, position.registry_start_date) if d]
        ends = [d for d in (clash.registry_end_date, position.registry_end_date) if d]
        clash.registry_start_date = min(starts, default=None)
        clash.registry_end_date = max(ends, default=None)
        clash.save(keep_registry_dates=True)
        PositionEvidence.objects.filter(position=position).exclude(
            article__in=clash.evidence.values("article")
        ).update(position=clash)
        position.delete()


def resolve_merged(model, slug: str):
    """The entity a slug now stands for: itself, or the end of its merged_into chain.

    None when no such slug exists. The public views redirect a merged slug to
    ``resolve_merged(Official, slug).get_absolute_url()``.
    """
    entity = model._default_manager.filter(slug=slug).first()
    seen = set()
    while entity is not None and entity.merged_into_id and entity.pk not in seen:
        seen.add(entity.pk)
        entity = model._default_manager.filter(pk=entity.merged_into_id).first() or entity
    return entity
