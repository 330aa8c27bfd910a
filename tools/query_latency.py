#!/usr/bin/env python3
"""Times every query of queries/ over HTTP against a running `newskg serve`, as an analyst's script would send it.

    python3 tools/query_latency.py [--endpoint http://127.0.0.1:3030/newskg/query] [--warmup 2] [--runs 10] [--max-p95-ms 100]

Each .rq file is sent as written (its parameters unbound), `warmup` untimed runs and then `runs` timed ones, and
the whole response (SPARQL JSON results) is read and parsed. Prints rows, p50 and p95 (nearest rank) per query;
exits 1 when a query fails or its p95 is over the bound. Standard library only.
"""
import argparse
import json
import math
import pathlib
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def run(endpoint, text):
    data = urllib.parse.urlencode({"query": text}).encode()
    req = urllib.request.Request(endpoint, data=data, headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return len(json.load(r)["results"]["bindings"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", default="http://127.0.0.1:3030/newskg/query")
    ap.add_argument("--queries", default=str(pathlib.Path(__file__).resolve().parent.parent / "queries"))
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--max-p95-ms", type=float, default=100.0)
    a = ap.parse_args()
    ok = True
    print("| query | rows | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |")
    for f in sorted(pathlib.Path(a.queries).glob("*.rq")):
        text = f.read_text(encoding="utf-8")
        try:
            for _ in range(a.warmup):
                run(a.endpoint, text)
            ms, rows = [], 0
            for _ in range(a.runs):
                t0 = time.perf_counter()
                rows = run(a.endpoint, text)
                ms.append((time.perf_counter() - t0) * 1000)
        except (urllib.error.URLError, OSError, ValueError) as e:
            print(f"| {f.stem} | – | failed: {e} | – |")
            ok = False
            continue
        ms.sort()
        p = lambda q: ms[max(0, math.ceil(q / 100 * len(ms)) - 1)]
        flag = "" if p(95) < a.max_p95_ms else " (over)"
        ok &= not flag
        print(f"| {f.stem} | {rows:,} | {p(50):.1f} | {p(95):.1f}{flag} |")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
