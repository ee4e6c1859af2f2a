"""Score the linker on the blind development sets (figures, not a test).

    .venv/bin/python -m tests.people.devset_blind.score [--batch linker-a/b1 ...]
        [--registry empty|fixture] [--verbose]
    .venv/bin/python -m tests.people.devset_blind.score --held-out [--registry ...]

Each article ``NAME.md`` / ``NAME.txt`` has its gold ``NAME.yaml`` beside it (see the
READMEs of linker-a, linker-b and linker-c). The scorer migrates a throwaway SQLite database
of its own, parses every file with the importer, links all files in name order
(``link_articles`` with ``Registry.load()``), once with an empty registry and once
after ``load_people fixtures/people.json``, and reports per batch and overall.

Held out (``HELD_OUT``, listed below with the session that wrote each): never scored
by the default run; ``--held-out`` scores them all together and prints only the
overall figures, so a held-out run shows no file and no batch.
"""

import argparse
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BATCHES = (
    "linker-a/b1",
    "linker-a/b2",
    "linker-a/b3",
    "linker-b/b1",
    "linker-b/b2",
    "linker-c/b1",
    "linker-c/b2",
    "linker-d/b1",
    "linker-d/b2",
    "linker-d/b3",
    "linker-e/b1",
    "linker-e/b2",
    "linker-e/b3",
    "linker-f/b1",
    "linker-h/b1",
    "linker-i/b1",
    "linker-k/b1",
    "linker-l/b1",
    "linker-n/b1",
    "linker-p/b1",
    "linker-q/b1",
    "linker-s/b1",
    "linker-v/b1",
    "linker-x/b1",
    "linker-z/b1",
    "linker-ab/b1",
    "linker-ad/b1",
    "linker-af/b1",
    "linker-ah/b1",
    "linker-aj/b1",
    "linker-ak/b1",
    "linker-am/b1",
    "linker-ao/b1",
    "linker-ap/b1",
    "linker-ar/b1",
    "linker-as/b1",
    "linker-at/b1",
    "linker-av/b1",
    "linker-aw/b1",
    "linker-az/b1",
    "linker-bb/b1",
    "linker-bd/b1",
    "linker-be/b1",
    "linker-bg/b1",
    "linker-bh/b1",
    "linker-bj/b1",
    "linker-bk/b1",
    "linker-bm/b1",
    "linker-bn/b1",
    "linker-bp/b1",
)
# linker-d/b3 and linker-e/b3 were scored held out once (session 5), then tuned on;
# linker-f/b1 likewise (held out in session 5, tuned on in session 6).
# linker-g/b1 (session 6) is held out: written with linker-h, scored only to report.
# linker-i/b1 (session 7) was scored untuned once, then tuned on; linker-j/b1 (session 7)
# is held out: written while linker-i was tuned on, scored only to report.
# linker-k/b1, linker-l/b1 and linker-n/b1 (session 8) were scored untuned once, then tuned on;
# linker-m/b1 and linker-o/b1 (session 8) are held out; linker-o was written after the
# session's last linker change. linker-p/b1 and linker-q/b1 (session 9) were scored untuned
# once, then tuned on (round 1); linker-s/b1 likewise (round 2); linker-r/b1 and linker-t/b1
# (session 9) are held out; linker-u/b1 (10 articles) was written after the session's last
# linker change and is held out. linker-v/b1 (session 10) was scored untuned once, then
# tuned on; linker-w/b1 (session 10, written before any change of the session) is held out;
# linker-x/b1 (session 10) was scored untuned after round 2, then tuned on; linker-y/b1
# (session 10, 12 articles) was written after the session's last linker change: held out.
# linker-z/b1 (session 11) was scored untuned once, then tuned on; linker-aa/b1 (session 11,
# written and scored before any change of the session) is held out; linker-ab/b1 (session 11)
# was scored untuned after round 1, then tuned on (round 2); linker-ac/b1 (session 11, written
# after round 1) is held out. linker-ad/b1 (session 12) was scored untuned once, then tuned
# on; linker-ae/b1 (session 12, written and scored before any change of the session) is held out.
# linker-af/b1 (session 12) was scored untuned after round 1, then tuned on (round 2);
# linker-ag/b1 (session 12, written after round 1) is held out.
# linker-ah/b1 (session 13) was scored untuned once, then tuned on; linker-ai/b1 (session 13,
# written and scored before any change of the session) is held out. linker-aj/b1 (session 13)
# was scored untuned after round 1, then tuned on.
# linker-ak/b1 (session 14) was scored untuned once, then tuned on;
# linker-al/b1 (session 14, written and scored before any change of the session) is held out.
# linker-am/b1 (session 15) was scored untuned once, then tuned on; linker-an/b1 (session 15,
# written and scored before any change of the session) is held out. linker-ao/b1 (session 15)
# was scored untuned after round 1, then tuned on.
# linker-ap/b1 (session 16) was scored untuned once, then tuned on; linker-aq/b1 (session 16,
# written and scored before any change of the session) is held out. linker-ar/b1 (session
# 16) was scored untuned after round 1, then tuned on (round 2).
# linker-as/b1 and linker-at/b1 (session 17) were scored untuned once, then tuned on;
# linker-au/b1 (session 17, written and scored before any change of the session) is held out.
# linker-av/b1 and linker-aw/b1 (session 18) were scored untuned once, then tuned on;
# linker-ax/b1 (session 18, written and scored before any change of the session) is held out;
# so is linker-ay/b1 (session 18, written during the rounds, scored only at the end).
# linker-az/b1 (session 19) was scored untuned once, then tuned on; linker-ba/b1
# (session 19, written and scored before any change of the session) is held out.
# linker-bb/b1 (session 19, written during the rounds) was scored once at the session's
# start code and once at the code of its arrival, then tuned on; linker-bc/b1 (written
# likewise) is held out, scored the same two ways. linker-bd/b1 (session 19, people who
# are not public servants in officials' shapes) likewise, then tuned on.
# linker-be/b1 (session 20) was scored untuned once, then tuned on; linker-bg/b1 (session
# 20, written during the rounds) was scored at the session's start code and at the code of
# its arrival (the same figures), then tuned on;
# linker-bf/b1 (session 20, written and scored before any change of the session) is held out.
# linker-bh/b1 (session 21) was scored untuned once, then tuned on; linker-bi/b1 (session 21,
# written and scored before any change of the session) is held out. linker-bj/b1 (session 21,
# written during the rounds) was scored at the start code and at the code of its arrival,
# then tuned on. linker-bl/b1 (session 22, written and scored before any change of the
# session) is held out; linker-bk/b1 (session 22) was scored at the start code and at the
# code of its arrival (the same figures), then tuned on; linker-bm/b1 (session 22, written
# during the rounds) was scored at the start code and at its arrival, then tuned on.
# linker-bn/b1 (session 23) was scored at the start code, then tuned on; linker-bo/b1
# (session 23, written and scored before any change of the session) is held out;
# linker-bp/b1 (session 23, written during the rounds) was scored at the start code and
# at its arrival, then tuned on.
HELD_OUT = (
    "linker-b/b3",
    "linker-c/b3",
    "linker-g/b1",
    "linker-j/b1",
    "linker-m/b1",
    "linker-o/b1",
    "linker-r/b1",
    "linker-t/b1",
    "linker-u/b1",
    "linker-w/b1",
    "linker-y/b1",
    "linker-aa/b1",
    "linker-ac/b1",
    "linker-ae/b1",
    "linker-ag/b1",
    "linker-ai/b1",
    "linker-al/b1",
    "linker-an/b1",
    "linker-aq/b1",
    "linker-au/b1",
    "linker-ax/b1",
    "linker-ay/b1",
    "linker-ba/b1",
    "linker-bc/b1",
    "linker-bf/b1",
    "linker-bi/b1",
    "linker-bl/b1",
    "linker-bo/b1",
)
ARTICLES = frozenset({"el", "la", "los", "las", "lo", "un", "una", "unos", "unas"})


def loose(role: str) -> str:
    """A role compared loosely: casefold, accents folded, articles dropped."""
    text = unicodedata.normalize("NFKD", role.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(w for w in text.split() if w not in ARTICLES)


def role_right(predicted: str, gold: str) -> bool:
    """The role as written, loosely; a stacked gold role ("a, b") accepts either part."""
    if not predicted:
        return False
    options = {loose(gold), *(loose(part) for part in gold.split(","))}
    return loose(predicted) in options


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def role_restates_post(predicted: str, gold: str, institution_names: set[str]) -> bool:
    """The same post where one side repeats its body or place after the role.

    Writers disagree on "role as written": linker-a, c and e keep "presidenta
    municipal de Juchitán", linker-f and g write "presidenta municipal" and put
    the town in the institution. Either is accepted here when the extra words
    (after "de"/"del") are part of the official's institution's name; a cut
    role ("director" for "director de Incorporación y Recaudación") is not. A
    stacked gold role ("a, b") accepts either part, as in ``role_right``.
    """
    if role_right(predicted, gold):
        return True
    if not predicted:
        return False
    names = [loose(name) for name in institution_names if name]
    # "director general del Sistema … (SIAPA)": the acronym in parentheses restates the
    # body too
    predicted = _PARENTHESIS.sub("", predicted)
    for option in dict.fromkeys((gold, *gold.split(","))):
        short, long = sorted((loose(predicted), loose(_PARENTHESIS.sub("", option))), key=len)
        for joint in (" de ", " del "):
            if long.startswith(short + joint):
                rest = long[len(short) + len(joint) :]
                if any(rest in name for name in names):
                    return True
    return False


_OF = (" de la ", " del ", " de los ", " de las ", " de ")


def unit_of(got: set[str], wanted: set[str]) -> bool:
    """The linked body is a unit named with the gold body as its parent («facultad de
    ingenieria de la universidad autonoma de yucatan» for «universidad autonoma de
    yucatan» or «uady»): the gold sets split on whether an official of a unit works for
    the unit or its parent, so this second figure shows how many misses are only that.
    The other way round (the parent for a gold unit) is less specific and not counted."""
    return any(
        name.endswith(joint + form) for name in got for form in wanted if form for joint in _OF
    )


def trap_name(trap: str) -> str:
    return trap.split(" (", 1)[0].strip()


@dataclass
class Tally:
    """Counts for one batch (or all of them)."""

    official_tp: int = 0
    official_predicted: int = 0
    official_gold: int = 0
    roles_right: int = 0
    roles_same_post: int = 0
    institutions_right: int = 0
    institutions_unit_of_right: int = 0
    gender_gold: dict = field(default_factory=lambda: {"f": 0, "m": 0})
    gender_found: dict = field(default_factory=lambda: {"f": 0, "m": 0})
    institution_tp: int = 0
    institution_predicted: int = 0
    institution_gold: int = 0
    traps_linked: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in vars(self):
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, dict):
                for key in mine:
                    mine[key] += theirs[key]
            elif isinstance(mine, list):
                mine.extend(theirs)
            else:
                setattr(self, name, mine + theirs)

    def figures(self) -> dict[str, str]:
        def ratio(num, den):
            return f"{num / den:.2f} ({num}/{den})" if den else "n/a"

        return {
            "official precision": ratio(self.official_tp, self.official_predicted),
            "official recall": ratio(self.official_tp, self.official_gold),
            "roles right": ratio(self.roles_right, self.official_tp),
            "roles right, body or place restated": ratio(self.roles_same_post, self.official_tp),
            "official's institution right": ratio(self.institutions_right, self.official_tp),
            "official's institution right, or a unit of it named with it": ratio(
                self.institutions_right + self.institutions_unit_of_right, self.official_tp
            ),
            "recall women": ratio(self.gender_found["f"], self.gender_gold["f"]),
            "recall men": ratio(self.gender_found["m"], self.gender_gold["m"]),
            "institution precision": ratio(self.institution_tp, self.institution_predicted),
            "institution recall": ratio(self.institution_tp, self.institution_gold),
            "traps linked": str(self.traps_linked),
        }


def score_article(label: str, article, gold: dict) -> Tally:
    """Compare one linked article with its gold (matching as tests/people/evaluation.py)."""
    from people.naming import normalize_alias
    from tests.people.evaluation import _institution_matches, _names, _official_matches

    tally = Tally()
    mentions = list(
        article.official_mentions.select_related("official", "institution").prefetch_related(
            "official__aliases", "institution__aliases"
        )
    )
    institutions = list(article.institutions.prefetch_related("aliases"))
    gold_officials = list(gold.get("officials") or [])
    gold_institutions = list(gold.get("institutions") or [])
    forms = {
        normalize_alias(item["name"]): {
            normalize_alias(n) for n in [item["name"], *item.get("also", [])]
        }
        for item in gold_institutions
    }

    tally.official_predicted = len(mentions)
    tally.official_gold = len(gold_officials)
    for item in gold_officials:
        tally.gender_gold[item.get("gender", "m")] += 1
    unmatched = list(gold_officials)
    for mention in mentions:
        hit = next((item for item in unmatched if _official_matches(mention.official, item)), None)
        if hit is None:
            tally.misses.append(f"{label}: FP official {mention.official.name} ({mention.role})")
            continue
        unmatched.remove(hit)
        tally.official_tp += 1
        tally.gender_found[hit.get("gender", "m")] += 1
        if role_right(mention.role, hit["role"]):
            tally.roles_right += 1
        else:
            tally.misses.append(f"{label}: role {mention.role!r} != {hit['role']!r}")
        wanted = hit.get("institution") or ""
        wanted_forms = forms.get(normalize_alias(wanted), {normalize_alias(wanted)})
        bodies = {wanted, *wanted_forms}
        if mention.institution:
            bodies |= {mention.institution.name, *_names(mention.institution)}
        if role_restates_post(mention.role, hit["role"], bodies):
            tally.roles_same_post += 1
        got = _names(mention.institution) if mention.institution else set()
        if got & wanted_forms or (not wanted and not got):
            tally.institutions_right += 1
        else:
            if unit_of(got, wanted_forms):
                tally.institutions_unit_of_right += 1
            name = mention.institution.name if mention.institution else "-"
            tally.misses.append(f"{label}: institution of {hit['name']} {name!r} != {wanted!r}")
    tally.misses.extend(
        f"{label}: FN official {item['name']} ({item['kind']})" for item in unmatched
    )

    traps = [{"name": trap_name(t)} for t in gold.get("traps") or []]
    for mention in mentions:
        for trap in traps:
            if _official_matches(mention.official, trap):
                tally.traps_linked += 1
                tally.misses.append(f"{label}: TRAP linked {trap['name']}")

    tally.institution_predicted = len(institutions)
    tally.institution_gold = len(gold_institutions)
    unmatched = list(gold_institutions)
    for entity in institutions:
        hit = next((item for item in unmatched if _institution_matches(entity, item)), None)
        if hit is None:
            tally.misses.append(f"{label}: FP institution {entity.name}")
        else:
            unmatched.remove(hit)
            tally.institution_tp += 1
    tally.misses.extend(f"{label}: FN institution {item['name']}" for item in unmatched)
    return tally


def cases(batches) -> list[tuple[str, Path]]:
    found = []
    for batch in batches:
        folder = HERE / batch
        for path in sorted(folder.iterdir()):
            if path.suffix in (".md", ".txt") and path.stem[:2].isdigit():
                found.append((batch, path))
    return found


def run(batches, *, registry: str) -> dict[str, Tally]:
    """Link every file of ``batches`` in a fresh database; a Tally per batch."""
    import yaml
    from django.core.management import call_command

    from people.mentions import Registry, link_articles
    from tests.conftest import PEOPLE_FIXTURE
    from tests.people.conftest import article_from_source

    call_command("flush", interactive=False, verbosity=0)
    if registry == "fixture":
        call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    linked = []
    for batch, path in cases(batches):
        gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
        linked.append((batch, path, article_from_source(path), gold))
    link_articles([article for _, _, article, _ in linked], registry=Registry.load())
    tallies = {batch: Tally() for batch in batches}
    for batch, path, article, gold in linked:
        tallies[batch].add(score_article(f"{batch}/{path.name}", article, gold))
    return tallies


def report(
    tallies: dict[str, Tally], *, registry: str, verbose: bool, per_batch: bool = True
) -> str:
    overall = Tally()
    for tally in tallies.values():
        overall.add(tally)
    columns = [*tallies, "overall"] if per_batch else ["overall"]
    rows = [("figure", *columns)]
    figures = {name: tally.figures() for name, tally in tallies.items()}
    figures["overall"] = overall.figures()
    for metric in overall.figures():
        rows.append((metric, *(figures[c][metric] for c in columns)))
    lines = [f"### Registry: {registry}", ""]
    lines.append("| " + " | ".join(rows[0]) + " |")
    lines.append("|" + "---|" * len(rows[0]))
    lines.extend("| " + " | ".join(row) + " |" for row in rows[1:])
    if verbose:
        lines.append("")
        lines.extend(f"    {miss}" for miss in overall.misses)
    return "\n".join(lines)


def setup_django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", action="append", help="e.g. linker-a/b1 (repeatable)")
    parser.add_argument("--registry", choices=("empty", "fixture"), action="append")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="score every HELD_OUT batch together and print only the overall figures",
    )
    args = parser.parse_args(argv)
    if args.held_out and (args.batch or args.verbose):
        parser.error("--held-out prints aggregates only: no --batch, no --verbose")
    batches = list(HELD_OUT) if args.held_out else args.batch or list(BATCHES)
    with tempfile.TemporaryDirectory(prefix="linker-devset-") as folder:
        setup_django(Path(folder) / "score.sqlite3")
        for registry in args.registry or ["empty", "fixture"]:
            tallies = run(batches, registry=registry)
            print(
                report(
                    tallies,
                    registry=registry,
                    verbose=args.verbose,
                    per_batch=not args.held_out,
                )
            )
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
