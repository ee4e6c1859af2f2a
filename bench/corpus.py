"""Synthetic newsroom archive shaped like fixtures/sources (three formats).

    python -m bench.corpus OUT_DIR --count N --seed S [--registry FILE.json]

File ``i`` depends only on (seed, i): its own ``random.Random``, no global
state, so a file can be regenerated alone (the 1% changed tree of the
benchmark is ``revision=1`` of every hundredth file). Proportions: 70%
Jekyll, 20% wire, 10% press releases. Files go under ``YYYY/`` (and
``sin-fecha/``); ``.manifest.tsv`` (hidden, so importers skip it) lists
path and format of every file.
"""

import argparse
import json
import os
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from bench import vocab
from bench.registry import FIRST_YEAR, LAST_YEAR, Registry, build_registry

VERSION = 1  # bump when the output changes, so cached corpora are rebuilt
MANIFEST = ".manifest.tsv"
STAMP = ".corpus.json"
EPOCH = datetime(FIRST_YEAR, 1, 1, 6, 0)
SPAN_MINUTES = int((datetime(LAST_YEAR, 12, 31, 22, 0) - EPOCH).total_seconds() // 60)
SECTION_NAMES = [name for name, _w in vocab.SECTIONS]
SECTION_WEIGHTS = [w for _n, w in vocab.SECTIONS]
_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:limit].rstrip("-") or "nota"


@dataclass(frozen=True)
class Source:
    index: int
    path: str  # relative, POSIX
    format: str  # jekyll, wire, press_release
    text: str


@dataclass
class Story:
    title: str
    deck: str
    highlights: list[str]
    paragraphs: list[str]
    section: str
    tags: list[str]
    lead: object  # (Official, Position)
    issuer: object  # Institution


def spanish_date(when: datetime) -> str:
    return f"{when.day} de {vocab.MONTHS[when.month - 1]} de {when.year}"


class Writer:
    """Renders file ``i`` of the corpus for one seed."""

    def __init__(self, seed: int, registry: Registry | None = None):
        self.seed = seed
        self.registry = registry or build_registry(seed)

    def rng(self, index: int) -> random.Random:
        return random.Random(self.seed * 1_000_003 + index)

    def source(self, index: int, *, revision: int = 0) -> Source:
        rng = self.rng(index)
        roll = rng.random()
        when = EPOCH + timedelta(minutes=rng.randrange(SPAN_MINUTES))
        # More archive in recent years, as newsrooms grow online.
        if rng.random() < 0.35:
            when = EPOCH + timedelta(minutes=SPAN_MINUTES - rng.randrange(SPAN_MINUTES // 3))
        story = self.story(rng, when, bold=roll >= 0.7)
        if revision:
            story.paragraphs.append(
                f"Nota actualizada (revisión {revision}): se corrigió la cifra de beneficiarios "
                "reportada originalmente."
            )
        if roll < 0.7:
            path, text = self.jekyll(rng, index, when, story)
            return Source(index, path, "jekyll", text)
        if roll < 0.9:
            path, text = self.wire(rng, index, when, story)
            return Source(index, path, "wire", text)
        path, text = self.press_release(rng, index, when, story)
        return Source(index, path, "press_release", text)

    # -- the story, format-free -------------------------------------------------

    def fill(self, rng: random.Random, template: str) -> str:
        if "{" not in template:
            return template
        text = template.format(
            money=f"{rng.randint(2, 999)} millones de pesos"
            if rng.random() < 0.7
            else f"{rng.randint(1, 9)} mil {rng.randint(1, 999)} millones de pesos",
            n=f"{rng.randint(2, 99)},{rng.randint(0, 999):03d}"
            if rng.random() < 0.5
            else f"{rng.randint(2, 900)} mil",
            n2=rng.randint(2, 58),
            pct=rng.randint(5, 100),
            place=rng.choice(self.registry.municipalities),
            project=rng.choice(vocab.PROJECTS),
            month=rng.choice(vocab.MONTHS),
            year=rng.randint(FIRST_YEAR, LAST_YEAR + 1),
            clause=rng.choice(vocab.HIGHLIGHT_CLAUSES),
        )
        return text.replace(" de el ", " del ").replace(" a el ", " al ")

    def story(self, rng: random.Random, when: datetime, *, bold: bool) -> Story:
        reg = self.registry
        year = when.year
        lead_official, lead_pos = reg.in_office(rng, year, home=rng.random() < 0.75)
        others = [
            reg.in_office(rng, year, home=rng.random() < 0.8) for _ in range(rng.randint(0, 3))
        ]
        issuer = lead_pos.institution
        extra_inst = rng.choice(reg.federal if rng.random() < 0.5 else reg.home_institutions)

        def em(text: str) -> str:
            return f"**{text}**" if bold and rng.random() < 0.5 else text

        inst_name = issuer.acronym or issuer.name
        title = f"{rng.choice(vocab.TITLE_VERBS)} {inst_name} {rng.choice(vocab.TITLE_OBJECTS)}"
        tail = self.fill(rng, rng.choice(vocab.TITLE_TAILS))
        if tail:
            title += " " + tail
        if rng.random() < 0.15:
            title += f": {lead_official.known_as}"

        verb = rng.choice(vocab.SPEECH_VERBS)
        first = self.fill(rng, rng.choice(vocab.TOPIC_SENTENCES))
        phrase = rng.choice(lead_pos.phrases)
        det = lead_official.article.capitalize()
        if phrase.startswith("diputad") or phrase.startswith("gobernador"):
            opening = f"{det} {phrase} {lead_official.known_as}"
        else:
            opening = f"{det} {phrase}, {lead_official.known_as},"
        paragraphs = [f"{opening} {verb} que {first[0].lower()}{first[1:]}"]
        deck = f"{det} {phrase} {verb} avances en {rng.choice(vocab.PROJECTS)}"

        short = lead_official.surnames if rng.random() < 0.6 else lead_official.known_as
        for _ in range(rng.randint(5, 12)):
            kind = rng.random()
            if kind < 0.45:
                sentences = [
                    self.fill(rng, rng.choice(vocab.TOPIC_SENTENCES))
                    for _ in range(rng.randint(1, 3))
                ]
                paragraph = " ".join(sentences)
            elif kind < 0.62:
                quote = rng.choice(vocab.QUOTES)
                paragraph = f"“{quote}”, {rng.choice(vocab.SPEECH_VERBS)} {short}."
            elif kind < 0.8 and others:
                official, pos = others.pop()
                sentence = self.fill(rng, rng.choice(vocab.TOPIC_SENTENCES))
                paragraph = (
                    f"En la reunión participó {official.article} {rng.choice(pos.phrases)}, "
                    f"{official.known_as}, quien {rng.choice(vocab.SPEECH_VERBS)} que "
                    f"{sentence[0].lower()}{sentence[1:]}"
                )
            elif kind < 0.9:
                paragraph = (
                    f"{short} {rng.choice(vocab.SPEECH_VERBS)} que {em(extra_inst.the)} "
                    f"colaborará en {em(rng.choice(vocab.PROJECTS))}."
                )
            else:
                paragraph = (
                    (
                        f"Personal {issuer.of(first=False)} dará seguimiento a "
                        f"{em(rng.choice(vocab.PROJECTS))} en {rng.choice(reg.municipalities)}."
                    )
                    .replace(" a el ", " al ")
                    .replace(" a **el ", " al **")
                )
            paragraphs.append(paragraph)

        highlights = []
        if rng.random() < 0.3:
            highlights = [
                self.fill(rng, rng.choice(vocab.HIGHLIGHT_LEADS)) for _ in range(rng.randint(1, 3))
            ]
        section = rng.choices(SECTION_NAMES, SECTION_WEIGHTS)[0]
        tags = rng.sample(vocab.TAGS, rng.randint(0, 4))
        return Story(
            title, deck, highlights, paragraphs, section, tags, (lead_official, lead_pos), issuer
        )

    @staticmethod
    def break_mid_sentence(rng: random.Random, paragraphs: list[str]) -> None:
        """ "… La" / blank line / "meta es …": a paragraph cut inside a sentence."""
        index = rng.randrange(len(paragraphs))
        words = paragraphs[index].split(" ")
        if len(words) < 8:
            return
        cut = rng.randint(len(words) // 2, len(words) - 3)
        paragraphs[index : index + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]

    @staticmethod
    def stray_spaces(rng: random.Random, text: str) -> str:
        if rng.random() < 0.15:
            words = text.split(" ")
            at = rng.randrange(1, max(2, len(words)))
            return " ".join(words[:at]) + "  " + " ".join(words[at:])
        return text

    # -- the three formats ---------------------------------------------------------

    def byline(self, rng: random.Random) -> str:
        roll = rng.random()
        if roll < 0.3:
            return rng.choice(("REDACCION", "REDACCIÓN", "Redacción", "REDACCION "))
        name = rng.choice(self.registry.reporters).upper()
        if rng.random() < 0.3:
            name = name.replace(" ", "  ", 1)
        return f'"{name} "' if rng.random() < 0.4 else name

    def jekyll(self, rng, index, when, story):
        date_mode = rng.random()  # front matter, file name, both, or undated
        undated = date_mode >= 0.93
        title = self.stray_spaces(rng, story.title)
        quoted = rng.random() < 0.3 or ":" in title or title.startswith(("¿", "“"))
        lines = [
            "---",
            f"published: {'false' if rng.random() < 0.03 else 'true'}",
            f'title: "{title}{"      " if rng.random() < 0.2 else ""}"'
            if quoted
            else f"title: {title}",
            f"author: {self.byline(rng)}",
            f"location: {rng.choice(vocab.LOCATIONS)}",
            f"category: {story.section}",
            "layout: posts",
        ]
        if date_mode < 0.6:
            stamp = when.strftime("%Y-%m-%d %H:%M:%S" if rng.random() < 0.7 else "%Y-%m-%d")
            lines.append(f"date: {stamp}")
        if story.tags:
            if rng.random() < 0.5:
                lines.append(f"tags: [{', '.join(story.tags)}]")
            else:
                lines.append("tags:")
                lines.extend(f"  - {tag}" for tag in story.tags)
        image = f"http://i.imgur.com/{rng.getrandbits(40):010x}m.jpg"
        image_mode = rng.random()
        if image_mode < 0.1:
            lines.append(f"image: {image}")
        lines += ["---", ""]

        paragraphs = list(story.paragraphs)
        if rng.random() < 0.08:
            self.break_mid_sentence(rng, paragraphs)
        separator = "\n \n" if rng.random() < 0.4 else "\n\n"
        head = []
        if 0.1 <= image_mode < 0.45:
            head.append(f"![]({image})")
        elif 0.45 <= image_mode < 0.6:
            paragraphs[0] = f"![]({image}){paragraphs[0]}"
        if story.highlights and rng.random() < 0.7:
            head.append("\n\n".join(f"■  {self.stray_spaces(rng, h)} " for h in story.highlights))
        body = separator.join(paragraphs)
        lead = "\n".join(head) + "\n\n" if head else ""
        text = "\n".join(lines) + "\n" + lead + body + "\n"

        slug = slugify(story.title, 50)
        if undated:
            path = f"sin-fecha/{slug}-{index}.md"
        elif date_mode < 0.45 and rng.random() < 0.3:
            path = f"{when.year}/{index:06d}_{rng.getrandbits(64):016x}.txt"
        else:
            path = f"{when.year}/{when:%Y-%m-%d}-{slug}-{index}.md"
        return path, text

    def wire(self, rng, index, when, story):
        outlet = rng.choice(vocab.OUTLETS)
        domain = slugify(outlet).replace("-", "") + ".com"
        paragraphs = list(story.paragraphs)
        for _ in range(rng.randint(1, 2)):
            teaser = (
                f"También puedes leer: {rng.choice(vocab.TITLE_VERBS)} "
                f"{story.issuer.short} {rng.choice(vocab.TITLE_OBJECTS)} "
            )
            at = rng.randrange(1, len(paragraphs))
            paragraphs[at] = teaser + paragraphs[at]
        if rng.random() < 0.15:
            self.break_mid_sentence(rng, paragraphs)
        closing = (
            f"También puedes leer: {rng.choice(vocab.TITLE_VERBS)} "
            f"{rng.choice(vocab.TITLE_OBJECTS)} Foto: *Archivo {outlet}* "
        )
        parts = [
            f"## {story.title}",
            f"{outlet} · {spanish_date(when)}",
            story.deck + "\n\n\n",
            *paragraphs,
            closing,
            "## Recuerda suscribirte a nuestro boletín",
            f"- → https://bit.ly/{rng.getrandbits(36):09x}\n- https://t.me/{domain[:-4]}\n"
            f"- 📰 {domain}",
            f"Fuente: {outlet}",
        ]
        text = "\n\n".join(parts) + ("\n" if rng.random() < 0.5 else "")
        return f"{when.year}/{index:06d}_{rng.getrandbits(64):016x}.txt", text

    def press_release(self, rng, index, when, story):
        issuer = story.issuer
        federal = not issuer.state
        highlights = story.highlights or [story.deck]
        head = ["\n\n\n", story.title, "\n".join(f"- **{h}**" for h in highlights)]
        roll = rng.random()
        if roll < 0.5:
            weekday = vocab.WEEKDAYS[when.weekday()]
            city = "Ciudad de México" if federal else issuer.state
            head.append(f"{city}, {weekday} {spanish_date(when)}")
        elif roll < 0.75:
            head.append(f"No. {rng.randint(1, 999):03d}/{when.year}")
        trailer = [
            "---o0o---\n\n\n\n",
            "GOBIERNO DE\nMÉXICO\n\n\n"
            if federal
            else f"GOBIERNO DEL ESTADO\nDE {issuer.state.upper()}\n\n\n",
            "UNIDAD DE COMUNICACIÓN SOCIAL"
            if rng.random() < 0.6
            else "COORDINACIÓN GENERAL DE COMUNICACIÓN SOCIAL",
            "LINK DE FOTOS",
            f"https://drive.google.com/drive/folders/{rng.getrandbits(128):032x}?usp=sharing",
        ]
        if rng.random() < 0.6:
            trailer += [
                "LINK DE VIDEO",
                f"<https://comunicacion.sharepoint.com/:v/s/comunicacionsocial/"
                f"{rng.getrandbits(160):040x}?e={rng.getrandbits(24):06x}>",
            ]
        body = list(story.paragraphs)
        if rng.random() < 0.3:
            body.insert(rng.randrange(1, len(body)), " ")
        text = "\n\n".join([*head, *body, *trailer])
        acronym = slugify(issuer.acronym or issuer.name, 20)
        return f"{when.year}/comunicado-{acronym}-{index:06d}.txt", text


def write_corpus(out_dir: Path, *, count: int, seed: int, quiet: bool = False) -> dict:
    """Write (or keep, when already complete for these parameters) the corpus."""
    out_dir = Path(out_dir)
    wanted = {"version": VERSION, "count": count, "seed": seed}
    stamp = out_dir / STAMP
    if stamp.exists():
        try:
            if json.loads(stamp.read_text())["params"] == wanted:
                return json.loads(stamp.read_text())
        except (ValueError, KeyError):
            pass
    if out_dir.exists():
        import shutil

        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    started = time.perf_counter()
    writer = Writer(seed)
    made_dirs: set[str] = set()
    formats = {"jekyll": 0, "wire": 0, "press_release": 0}
    total_bytes = 0
    with open(out_dir / MANIFEST, "w", encoding="utf-8") as manifest:
        for index in range(count):
            source = writer.source(index)
            folder = source.path.partition("/")[0]
            if folder not in made_dirs:
                (out_dir / folder).mkdir(exist_ok=True)
                made_dirs.add(folder)
            data = source.text.encode("utf-8")
            with open(os.path.join(out_dir, source.path), "wb") as handle:
                handle.write(data)
            total_bytes += len(data)
            formats[source.format] += 1
            manifest.write(f"{source.path}\t{source.format}\t{index}\n")
    info = {
        "params": wanted,
        "formats": formats,
        "bytes": total_bytes,
        "officials": len(writer.registry.officials),
        "institutions": len(writer.registry.institutions),
        "seconds": round(time.perf_counter() - started, 2),
    }
    stamp.write_text(json.dumps(info, indent=2))
    if not quiet:
        print(
            f"{count} files ({formats}) {total_bytes / 1e6:.1f} MB in {info['seconds']} s "
            f"→ {out_dir}",
            file=sys.stderr,
        )
    return info


def read_manifest(out_dir: Path) -> list[tuple[str, str, int]]:
    rows = []
    with open(Path(out_dir) / MANIFEST, encoding="utf-8") as manifest:
        for line in manifest:
            path, fmt, index = line.rstrip("\n").split("\t")
            rows.append((path, fmt, int(index)))
    return rows


def write_registry(path: Path, seed: int) -> dict:
    data = build_registry(seed).as_json()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--registry",
        type=Path,
        metavar="FILE.json",
        help="also write the generated officials registry (load_people format)",
    )
    args = parser.parse_args(argv)
    write_corpus(args.out_dir, count=args.count, seed=args.seed)
    if args.registry:
        data = write_registry(args.registry, args.seed)
        print(
            f"registry: {len(data['officials'])} officials, "
            f"{len(data['institutions'])} institutions → {args.registry}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
