"""Precision and recall of official and institution links against the dev-set gold."""

from dataclasses import dataclass, field

from people.mentions.names import compatible
from people.naming import normalize_alias


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    def line(self, label: str) -> str:
        return (
            f"{label}: precision {self.precision:.3f} ({self.true_positives}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.true_positives}/{self.gold})"
        )


def _names(entity) -> set[str]:
    names = {normalize_alias(entity.name)}
    names.update(a.normalized for a in entity.aliases.all())
    acronym = getattr(entity, "acronym", "")
    if acronym:
        names.add(normalize_alias(acronym))
    return names


def _gold_names(item: dict) -> set[str]:
    return {normalize_alias(n) for n in [item["name"], *item.get("also", [])]}


def _official_matches(entity, item) -> bool:
    predicted, gold = _names(entity), _gold_names(item)
    if predicted & gold:
        return True
    candidates = [entity.name, *(a.name for a in entity.aliases.all())]
    references = [item["name"], *item.get("also", [])]
    return any(compatible(p, g) or compatible(g, p) for p in candidates for g in references)


def _institution_matches(entity, item) -> bool:
    return bool(_names(entity) & _gold_names(item))


def _score(label, predicted, gold_items, matches, score: Score) -> None:
    score.predicted += len(predicted)
    score.gold += len(gold_items)
    unmatched = list(gold_items)
    for entity in predicted:
        hit = next((item for item in unmatched if matches(entity, item)), None)
        if hit is None:
            score.false_positives.append(f"{label}: {entity.name}")
        else:
            unmatched.remove(hit)
            score.true_positives += 1
    score.false_negatives.extend(f"{label}: {item['name']}" for item in unmatched)


def evaluate(pairs) -> tuple[Score, Score]:
    """``pairs``: (label, Article, gold dict). Returns (officials, institutions) scores."""
    officials, institutions = Score(), Score()
    for label, article, gold in pairs:
        predicted_officials = list(article.officials.prefetch_related("aliases"))
        predicted_institutions = list(article.institutions.prefetch_related("aliases"))
        _score(label, predicted_officials, gold["officials"], _official_matches, officials)
        _score(
            label, predicted_institutions, gold["institutions"], _institution_matches, institutions
        )
    return officials, institutions
