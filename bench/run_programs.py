#!/usr/bin/env python3
"""Times whole-process runs of bench/programs/*.py under ./krait and CPython, same run.

Each program runs RUNS times under each implementation (after one untimed warm-up run of
each, which also builds Krait if needed); the table gives medians, the ratio Krait/CPython,
and the geometric mean of the ratios. Outputs must be identical, or the row says so.

    python3 bench/run_programs.py            # all programs, 5 runs each
    RUNS=3 python3 bench/run_programs.py fib  # only programs whose name contains "fib"
"""
import math
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
KRAIT = [os.path.join(ROOT, "krait")]
# The interpreter itself, not a launcher in front of it: `python3` may be a pyenv shim (a shell
# script that costs ~60 ms a run), which is not CPython's time.
PYTHON = [subprocess.run([os.environ.get("PYTHON", "python3"), "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True).stdout.strip()]
RUNS = int(os.environ.get("RUNS", "5"))


def timed(cmd):
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, out.stdout, out.returncode


def main():
    wanted = sys.argv[1:]
    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    names = [n for n in names if not wanted or any(w in n for w in wanted)]
    print(f"{'program':<18}{'krait s':>10}{'cpython s':>11}{'ratio':>8}  note")
    ratios = []
    startup = statistics.median(timed(KRAIT + ["-c", "pass"])[0] for _ in range(RUNS))
    for name in names:
        path = os.path.join(PROGRAMS, name)
        timed(KRAIT + [path])
        timed(PYTHON + [path])
        k = [timed(KRAIT + [path]) for _ in range(RUNS)]
        p = [timed(PYTHON + [path]) for _ in range(RUNS)]
        kt = statistics.median(t for t, _, _ in k)
        pt = statistics.median(t for t, _, _ in p)
        note = "" if k[0][1] == p[0][1] and k[0][2] == p[0][2] == 0 else "OUTPUT DIFFERS"
        ratios.append(kt / pt)
        print(f"{name[:-3]:<18}{kt:>10.2f}{pt:>11.2f}{kt / pt:>8.2f}  {note}")
    if ratios:
        print(f"{'geometric mean':<39}{math.exp(sum(map(math.log, ratios)) / len(ratios)):>8.2f}")
    print(f"startup (./krait -c pass): {startup:.2f} s")


if __name__ == "__main__":
    main()
