"""What a note-taking app (Obsidian, Notion, Logseq, Bear…) leaves in a story the writer
drafted in it, by shape, whatever the note says:

- a wiki link, «[[Target]]» or «[[Target|shown text]]» (also «[[Target#Heading]]»),
  reads as its text; an embedded file, «![[foto.jpg]]», is no text at all. A file name
  never holds a colon, so a writer's note in double brackets («[[ANA: falta …]]», the
  desk notes' shape) is no link. In front matter only a quoted link is one (YAML needs
  the quotes), so a nested flow list («[[a, b]]») stays a list;
- a callout, a block quote opened by «> [!kind] Title», is the writer's note beside the
  story when its kind is one of ``NOTE_CALLOUTS`` (Obsidian's kinds and their aliases):
  the whole block goes; any other kind («[!quote]», «[!cite]») keeps its text as a block
  quote, only the marker line goes;
- a checklist, lines «- [ ] …» / «- [x] …», is the writer's to-do list, never the story's
  text, and so is a heading over nothing but such lines («## Pendientes»).

Adding a callout kind is a row (and a test).
"""

import re

# Callout kinds that hold the writer's own notes (Obsidian's kinds and aliases), folded.
NOTE_CALLOUTS = frozenset(
    {
        "note",
        "info",
        "todo",
        "tip",
        "hint",
        "important",
        "warning",
        "caution",
        "attention",
        "abstract",
        "summary",
        "tldr",
        "question",
        "help",
        "faq",
        "success",
        "check",
        "done",
        "failure",
        "fail",
        "missing",
        "danger",
        "error",
        "bug",
        "example",
        "nota",
        "pendiente",
        "pendientes",
        "estado",
    }
)

_TARGET = r"[^\[\]\n:|#^]{1,150}"
_WIKILINK = re.compile(
    r"(?P<embed>!?)\[\[(?P<target>" + _TARGET + r")(?:#[^\[\]\n|]{0,150})?"
    r"(?:\|(?P<shown>[^\[\]\n]{1,150}))?\]\]"
)
_QUOTED_WIKILINK = re.compile(r"(?P<quote>[\"'])" + _WIKILINK.pattern + r"(?P=quote)")
_EMBEDDED_FILE = re.compile(
    r"\.(?:png|jpe?g|gif|webp|svg|heic|bmp|tiff?|pdf|mp3|m4a|wav|ogg|mp4|mov|webm)$", re.I
)
_FRONT_MATTER = re.compile(r"\A(\ufeff?---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*)(?=\n|\Z)", re.S)

_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[!(?P<kind>[^\]\n]{1,30})\][+-]?(?:[ \t].*)?$")
_QUOTED = re.compile(r"^[ \t]*>")
_TASK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX]\](?:[ \t]+\S.*)?$")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S.{0,80}$")


def _link_text(match: re.Match) -> str:
    target = match.group("target").strip()
    if match.group("embed"):
        return "" if _EMBEDDED_FILE.search(target) else target
    return (match.group("shown") or target).strip()


def unlink_wikilinks(text: str) -> str:
    """``text`` with each wiki link read as its text (front matter: quoted links only)."""
    if "[[" not in text:
        return text
    head = ""
    if found := _FRONT_MATTER.match(text):
        head = _QUOTED_WIKILINK.sub(
            lambda m: m.group("quote") + _link_text(m) + m.group("quote"), found.group(1)
        )
        text = text[found.end() :]
    return head + _WIKILINK.sub(_link_text, text)


def _kind(line: str) -> str:
    match = _CALLOUT.match(line)
    return match.group("kind").strip().lower() if match else ""


def _tasks_only(paragraph: str) -> bool:
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return bool(lines) and all(_TASK.match(line) for line in lines)


def strip_note_app_blocks(paragraphs: list[str], removed: list[str]) -> list[str]:
    """``paragraphs`` without a note app's callouts of notes and its checklists."""
    kept: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else ""
        if len(lines) == 1 and _HEADING.match(lines[0]) and _tasks_only(following):
            removed.append(lines[0])  # a heading alone over its checklist
            continue
        out: list[str] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            if kind := _kind(line):
                end = index + 1
                while end < len(lines) and _QUOTED.match(lines[end]) and not _kind(lines[end]):
                    end += 1
                if kind in NOTE_CALLOUTS:
                    removed.extend(lines[index:end])
                else:
                    removed.append(line)
                    out.extend(lines[index + 1 : end])
                index = end
            elif _TASK.match(line):
                removed.append(line)
                index += 1
            else:
                out.append(line)
                index += 1
        if (
            len(out) == 1
            and len(out) < len(lines)
            and _HEADING.match(out[0])
            and all(_TASK.match(line) for line in lines[1:])
        ):
            removed.append(out.pop())  # «## Pendientes» over its checklist
        if len(out) == len(lines):
            kept.append(paragraph)
        elif out:
            kept.append("\n".join(out))
    return kept
