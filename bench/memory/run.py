#!/usr/bin/env python3
"""Bytes per suspended generator in Krait, with the 1 GiB heap issue 4 allows.

Runs suspended_generators.py under ./krait with -Xmx1g and the JVM's GC log; each gc.collect()
is a full collection whose log line gives the live heap after it. The difference between the
two (before and after making 1,000,000 generators), divided by 1,000,000, is the cost of one
suspended generator including its list slot; the list itself is about 8 MB of it.

    python3 bench/memory/run.py
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.join(ROOT, "bench", "memory", "suspended_generators.py")


def main():
    env = dict(os.environ, KRAIT_JAVA_OPTS="-Xmx1g -Xlog:gc")
    out = subprocess.run([os.path.join(ROOT, "krait"), PROGRAM], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit("krait failed (status %d):\n%s%s" % (out.returncode, out.stdout, out.stderr))
    after = [int(m.group(1)) for m in re.finditer(r"Pause Full \(System\.gc\(\)\) \d+M->(\d+)M", out.stdout)]
    if len(after) < 2:
        sys.exit("no full collections in the GC log:\n" + out.stdout)
    growth = (after[-1] - after[0]) * 1024 * 1024
    print("live heap before: %d MB, with 1,000,000 suspended generators: %d MB (limit -Xmx1g)" % (after[0], after[-1]))
    print("bytes per suspended generator (incl. its list slot): %d" % (growth // 1_000_000))


if __name__ == "__main__":
    main()
