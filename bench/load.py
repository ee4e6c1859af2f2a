"""HTTP load against 127.0.0.1 only: wrk when installed, else a small Python generator.

Both return the same figures: requests/s, p50 and p99 latency in ms, and
errors (connection failures, timeouts and non-2xx/3xx answers).
"""

import http.client
import json
import shutil
import subprocess
import threading
import time
from urllib.parse import urlsplit

from bench.env import BENCH

WRK_SCRIPT = BENCH / "wrk_report.lua"


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def load(url: str, *, clients: int, seconds: float) -> dict:
    host = urlsplit(url).hostname
    if host != "127.0.0.1":
        raise ValueError("the benchmark only loads 127.0.0.1")
    if wrk_available():
        return _wrk(url, clients=clients, seconds=seconds)
    return _python(url, clients=clients, seconds=seconds)


def _wrk(url: str, *, clients: int, seconds: float) -> dict:
    threads = min(clients, 2)
    cmd = [
        "wrk",
        "-t",
        str(threads),
        "-c",
        str(clients),
        "-d",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "5s",
        "-s",
        str(WRK_SCRIPT),
        url,
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30)
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("BENCH_JSON ")), None)
    if line is None:
        return {"na": f"wrk failed: {(result.stderr or result.stdout).strip()[-200:]}"}
    data = json.loads(line.removeprefix("BENCH_JSON "))
    errors = sum(data["errors"].values())
    duration = data["duration_us"] / 1e6
    return {
        "tool": "wrk",
        "requests": data["requests"],
        "rps": round(data["requests"] / duration, 1) if duration else 0.0,
        "p50_ms": round(data["latency_us"]["p50"] / 1000, 2),
        "p99_ms": round(data["latency_us"]["p99"] / 1000, 2),
        "errors": errors,
        "error_kinds": {k: v for k, v in data["errors"].items() if v},
    }


def _python(url: str, *, clients: int, seconds: float) -> dict:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.perf_counter() + seconds
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def worker():
        conn = None
        mine, failed = [], 0
        while time.perf_counter() < deadline:
            if conn is None:
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
            started = time.perf_counter()
            try:
                conn.request("GET", target)
                response = conn.getresponse()
                response.read()
                if response.status >= 400:
                    failed += 1
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                failed += 1
                conn = None
                continue
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.perf_counter()
    workers = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def percentile(p):
        if not latencies:
            return None
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] * 1000, 2)

    return {
        "tool": "python",
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": percentile(50),
        "p99_ms": percentile(99),
        "errors": errors[0],
    }


def ttfb(host: str, port: int, path: str, *, cookies: str = "", repeat: int = 5) -> dict:
    """Time to first byte (status line and headers received) of ``repeat`` GETs, in ms."""
    timings, status = [], None
    for attempt in range(repeat + 1):  # the first one warms up and is not counted
        conn = http.client.HTTPConnection(host, port, timeout=60)
        started = time.perf_counter()
        conn.request("GET", path, headers={"Cookie": cookies} if cookies else {})
        response = conn.getresponse()
        first_byte = time.perf_counter() - started
        response.read()
        conn.close()
        status = response.status
        if attempt:
            timings.append(first_byte * 1000)
    timings.sort()
    result = {
        "status": status,
        "ttfb_ms": round(timings[len(timings) // 2], 1),
        "ttfb_max_ms": round(timings[-1], 1),
        "samples": repeat,
    }
    if status != 200:
        result["na"] = f"HTTP {status}"
    return result
