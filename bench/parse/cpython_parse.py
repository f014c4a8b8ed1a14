#!/usr/bin/env python3
"""Times ast.parse of one file in-process, the CPython side of the parse benchmark.

Warms up until the last five runs are within 5% of each other (at most 30 runs), then
prints the median of 10 timed runs, like ParseBenchmark.java does for Krait.

usage: cpython_parse.py FILE [--machine]   (--machine: last line is cpython_ms=<median>)
"""

import ast
import statistics
import sys
import time

RUNS = 10
MAX_WARMUP = 30


def once(src, name):
    start = time.perf_counter()
    tree = ast.parse(src, name)
    elapsed = (time.perf_counter() - start) * 1000
    del tree
    return elapsed


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: cpython_parse.py FILE [--machine]")
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        src = f.read()
    warm = []
    for _ in range(MAX_WARMUP):
        warm.append(once(src, path))
        last = warm[-5:]
        if len(warm) >= 5 and max(last) <= min(last) * 1.05:
            break
    times = sorted(once(src, path) for _ in range(RUNS))
    median = statistics.median(times)
    print(f"CPython {sys.version.split()[0]}: ast.parse median {median:.1f} ms "
          f"(min {times[0]:.1f}, max {times[-1]:.1f}, {RUNS} runs after {len(warm)} warm-up)")
    if "--machine" in sys.argv[2:]:
        print(f"cpython_ms={median:.1f}")


if __name__ == "__main__":
    main()
