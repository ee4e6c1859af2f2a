"""Page-cache invalidation under load: the hit rate of a page mix while articles are saved.

    DJANGO_SETTINGS_MODULE=bench.settings REDIS_URL=… PAGE_CACHE_SECONDS=3600 \\
        python -m bench.invalidation OUT.json --base http://127.0.0.1:PORT \\
        [--seconds 60] [--every 5] [--clients 8]

Runs against a gunicorn serving the imported database with the page cache
on and the real Redis cache (the same REDIS_URL here, so saves made here
bump the versions the server reads). The page mix: the load test's public
pages (home, the biggest section's page 1 and 500, an article, the most
mentioned official, the officials index, a search, the API list), the 20
newest published articles (the ones an editor corrects) and 80 older ones
spread over the archive. Three figures:

1. **Scope**: with every page of the mix cached, one article among the
   newest is saved (a paragraph added to its body, ``Article.save()`` as the
   admin does), then every page of the mix is requested once: the pages that
   miss are the pages that save invalidated. A miss on a page that neither
   shows the article (its address is not in the page) nor is a list (the
   lists depend on every published article by design) is a needless
   invalidation; a hit on the saved article's own page, or a page without
   the new paragraph, is a stale page. Three saves.
2. **Baseline**: every page cached afresh, then ``--clients`` readers
   request the mix in a shuffled order for ``--seconds`` seconds, nobody
   saves: the hit rate the cache gives. ``bench.run`` serves with
   ``PAGE_CACHE_SECONDS=3600``, so that entries never expire during the
   measurement and every miss after the warm-up is an invalidation.
3. **Under saves**: the same load while one of the newest articles is saved
   every ``--every`` seconds (a newsroom's "one save per minute", the minute
   scaled down to ``--every`` seconds so a short run sees many saves).

Hits and misses are read from the ``X-Cache`` header the page cache sets.
"""

import argparse
import http.client
import json
import random
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

NEWEST = 20
SPREAD = 80
SCOPE_SAVES = 3


def build_mix() -> tuple[list[dict], list[int]]:
    """The pages of the mix (url, kind) and the primary keys of the articles saved."""
    from articles.models import Article
    from bench.probe import pick_targets

    pages, _info = pick_targets()
    mix = []
    for page in pages:
        if "url" not in page:
            continue
        kind = {"article": "article", "official": "entity"}.get(page["page"], "list")
        mix.append({"url": page["url"], "kind": kind, "name": page["page"]})
    published = Article.objects.published()
    newest = list(published.order_by("-published_at", "-id").values_list("pk", "slug")[:NEWEST])
    total = published.count()
    step = max(1, total // SPREAD)
    older = list(published.order_by("id").values_list("pk", "slug")[::step][:SPREAD])
    seen = {m["url"] for m in mix}
    for pk, slug in newest + older:
        url = Article(pk=pk, slug=slug).get_absolute_url()
        if url not in seen:
            seen.add(url)
            mix.append({"url": url, "kind": "article", "name": "article", "pk": pk})
    return mix, [pk for pk, _slug in newest]


class Client:
    """One keep-alive connection to the server; ``get`` returns (status, X-Cache, body)."""

    def __init__(self, base: str):
        parts = urlsplit(base)
        if parts.hostname != "127.0.0.1":
            raise ValueError("the benchmark only loads 127.0.0.1")
        self.host, self.port = parts.hostname, parts.port
        self.conn = None

    def get(self, url: str) -> tuple[int | None, str, bytes]:
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.conn.request("GET", url)
            response = self.conn.getresponse()
            body = response.read()
            state = (response.getheader("X-Cache") or "none").lower()
            if response.getheader("Connection", "").lower() == "close":
                self.close()
            return response.status, state, body
        except (OSError, http.client.HTTPException):
            self.close()
            return None, "error", b""

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class Saver:
    """Saves one of the newest articles at a time, as an editor's correction does."""

    def __init__(self, pks: list[int]):
        self.pks = pks
        self.saves = 0
        self.originals: dict[int, str] = {}

    def save(self) -> dict:
        from django.db import transaction

        from articles.models import Article

        pk = self.pks[self.saves % len(self.pks)]
        self.saves += 1
        article = Article.objects.get(pk=pk)
        original = self.originals.setdefault(pk, article.body)
        marker = f"Actualización de prueba {self.saves}."
        article.body = f"{original}\n\n{marker}"
        started = time.perf_counter()
        with transaction.atomic():
            article.save()
        return {
            "pk": pk,
            "url": article.get_absolute_url(),
            "marker": marker,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }

    def restore(self) -> None:
        from articles.models import Article

        for pk, body in self.originals.items():
            article = Article.objects.get(pk=pk)
            article.body = body
            article.save()


def sweep(client: Client, mix: list[dict]) -> list[tuple[dict, int | None, str, bytes]]:
    return [(page, *client.get(page["url"])) for page in mix]


def scope(base: str, mix: list[dict], saver: Saver) -> dict:
    client = Client(base)
    warm = sweep(client, mix)
    second = sweep(client, mix)
    result = {
        "pages": len(mix),
        "kinds": dict(Counter(p["kind"] for p in mix)),
        "not_200": sorted({p["url"] for p, status, *_ in warm if status != 200}),
        "cached_before": sum(1 for _p, _s, state, _b in second if state == "hit"),
        # Pages the cache does not keep (X-Cache absent or a miss twice in a row).
        "not_cached": [f"{p['url']} ({state})" for p, _s, state, _b in second if state != "hit"],
        "saves": [],
    }
    for _ in range(SCOPE_SAVES):
        saved = saver.save()
        time.sleep(0.2)  # past the commit-time bump
        rows = sweep(client, mix)
        link = saved["url"].encode()
        invalidated = [(p, body) for p, _status, state, body in rows if state == "miss"]
        needless = [
            p["url"]
            for p, body in invalidated
            if p["kind"] != "list" and link not in body and p["url"] != saved["url"]
        ]
        own = next((r for r in rows if r[0]["url"] == saved["url"]), None)
        stale = own is None or own[2] != "miss" or saved["marker"].encode() not in own[3]
        result["saves"].append(
            {
                **saved,
                "invalidated": len(invalidated),
                "invalidated_by_kind": dict(Counter(p["kind"] for p, _b in invalidated)),
                "showing_it": sum(1 for _p, _s, _st, body in rows if link in body),
                "needless": len(needless),
                "needless_examples": needless[:3],
                "stale_own_page": stale,
            }
        )
        sweep(client, mix)  # cached again before the next save
    client.close()
    saves = result["saves"]
    result["invalidated_per_save"] = round(sum(s["invalidated"] for s in saves) / len(saves), 1)
    result["needless"] = sum(s["needless"] for s in saves)
    result["stale"] = sum(1 for s in saves if s["stale_own_page"])
    return result


def load(base: str, mix: list[dict], *, clients: int, seconds: float, saver, every) -> dict:
    counts: dict[str, Counter] = {}
    latencies: list[float] = []
    lock = threading.Lock()
    stop = threading.Event()

    def reader(number: int) -> None:
        client = Client(base)
        order = list(mix)
        random.Random(number).shuffle(order)
        mine: dict[str, Counter] = {}
        times = []
        i = 0
        while not stop.is_set():
            page = order[i % len(order)]
            i += 1
            started = time.perf_counter()
            status, state, _body = client.get(page["url"])
            times.append((time.perf_counter() - started) * 1000)
            if status not in (200, None):
                state = f"http {status}"
            mine.setdefault(page["kind"], Counter())[state] += 1
        client.close()
        with lock:
            latencies.extend(times)
            for kind, counter in mine.items():
                counts.setdefault(kind, Counter()).update(counter)

    # Every page cached and fresh at the start of each phase: entries left by an
    # earlier phase would expire (PAGE_CACHE_SECONDS) in this one and pass for
    # invalidations.
    warm = Client(base)
    sweep(warm, mix)
    warm.close()
    saves = []
    threads = [threading.Thread(target=reader, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    next_save = started + (every or 0) / 2  # saves at every/2, 3·every/2, …
    while time.perf_counter() - started < seconds:
        if saver is not None and time.perf_counter() >= next_save:
            saves.append(saver.save()["ms"])
            next_save += every
        time.sleep(0.05)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    total = Counter()
    for counter in counts.values():
        total.update(counter)
    requests = sum(total.values())
    latencies.sort()

    def rate(counter: Counter) -> float | None:
        answered = counter["hit"] + counter["miss"]
        return round(100 * counter["hit"] / answered, 2) if answered else None

    return {
        "seconds": round(elapsed, 1),
        "clients": clients,
        "requests": requests,
        "rps": round(requests / elapsed, 1),
        "p50_ms": round(latencies[len(latencies) // 2], 2) if latencies else None,
        "hit_rate": rate(total),
        "hit_rate_by_kind": {kind: rate(counter) for kind, counter in sorted(counts.items())},
        "outcomes": dict(total),
        "saves": len(saves),
        "save_ms_median": sorted(saves)[len(saves) // 2] if saves else None,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--base", required=True)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args(argv)
    import django

    django.setup()
    from django.conf import settings

    result: dict = {
        "seconds": args.seconds,
        "every": args.every,
        "clients": args.clients,
        "cache": settings.CACHES["default"]["BACKEND"],
        "page_cache_seconds": settings.PAGE_CACHE_SECONDS,
    }
    # No cache.clear(): the Redis may be shared. Pages are keyed by host and port
    # (a fresh port per run) and versions are checked for equality, so entries
    # of an earlier run are never served.
    mix, newest = build_mix()
    if not newest:
        result["na"] = "no published article"
    else:
        saver = Saver(newest)
        try:
            result["scope"] = scope(args.base, mix, saver)
            result["baseline"] = load(
                args.base, mix, clients=args.clients, seconds=args.seconds, saver=None, every=None
            )
            result["under_saves"] = load(
                args.base,
                mix,
                clients=args.clients,
                seconds=args.seconds,
                saver=saver,
                every=args.every,
            )
        finally:
            saver.restore()
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:
        traceback.print_exc()
        sys.exit(2)
