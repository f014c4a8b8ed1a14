#!/usr/bin/python3.11
"""Generate the golden outputs of Krait's conformance suite from CPython 3.11.

Run from anywhere with

    /usr/bin/python3.11 tools/gen_conformance_goldens.py [PATH ...]

Without arguments every case under ``conformance-tests/cases`` is (re)generated.
Each PATH may name a case file (``.py``), any of its companion files (its
``cpython_equivalent.py`` too), or an area directory; relative paths are tried
against the current directory first and then against ``conformance-tests/cases``.

The script aborts unless it runs as ``/usr/bin/python3.11``.  The formats it
writes are described in ``conformance-tests/cases/README.md``; in short, for
every case ``<area>/<name>.py`` it runs

    /usr/bin/python3.11 -X no_debug_ranges <area>/<name>.py [args from <name>.args]

with the working directory ``conformance-tests/cases``, stdin from
``<name>.in`` (empty if absent), a clean environment (``PYTHONHASHSEED=0``,
``PYTHONIOENCODING=utf-8``, ``PYTHONDONTWRITEBYTECODE=1``, ``LC_ALL=C.UTF-8``,
``PATH=/usr/bin:/bin``) and a 10 second timeout, and writes

  * ``<name>.out``    -- the exact stdout bytes (always written, may be empty);
  * ``<name>.err``    -- the exact stderr bytes, only when non-empty;
  * ``<name>.status`` -- the exit status and a newline, only when non-zero; a
    process ended by signal N (CPython after an uncaught ``KeyboardInterrupt``
    kills itself with SIGINT) is recorded as a shell shows it, 128 + N.

CPython prints the main script by its absolute path (``__file__`` and traceback
``File "..."`` lines), so the absolute path of ``conformance-tests/cases`` plus
``/`` is removed from stdout and stderr before they are compared or written;
tracebacks in the goldens therefore read ``File "<area>/<name>.py", line N``.
Output that still names the repository's location afterwards is an error.

A case whose behaviour CPython cannot show (Krait goes beyond CPython there) may
come with a CPython-runnable equivalent, ``<area>/<name>_pkg/cpython_equivalent.py``.
When that file exists, the goldens of ``<area>/<name>.py`` are produced by running
the equivalent instead -- same working directory, arguments, stdin and
environment -- and every mention of ``<area>/<name>_pkg/cpython_equivalent.py`` in
its (normalized) output is rewritten to ``<area>/<name>.py``, so that a traceback
would read ``File "<area>/<name>.py"`` (its line numbers are the equivalent's,
which is why such cases should avoid uncaught tracebacks).

Stale ``.err``/``.status`` files are removed.  Every case is run a second time
with a *different* hash seed; if stdout, stderr or status differ between the
two runs (output that depends on str hashing, memory addresses, time, ...)
the case is reported as non-deterministic, its goldens are left untouched and
the script exits with status 1.  A timeout or a ``__pycache__`` directory
appearing under ``cases`` is an error too.
"""

import concurrent.futures
import os
import subprocess
import sys

PYTHON = "/usr/bin/python3.11"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(REPO, "conformance-tests", "cases")
TIMEOUT = 10.0
GOLDEN_SEED = "0"
CHECK_SEED = "271828"  # any seed other than 0: exposes str-hash-dependent output
GOLDEN_SUFFIXES = (".out", ".err", ".status")
INPUT_SUFFIXES = (".in", ".args")


def check_interpreter():
    if os.path.realpath(sys.executable) != os.path.realpath(PYTHON) or sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_conformance_goldens: run me with {PYTHON} (this is {sys.executable}, "
                 f"Python {sys.version.split()[0]})")


def all_cases():
    """Every case, as a path relative to CASES: exactly <area>/<name>.py (depth 2)."""
    found = []
    for area in sorted(os.listdir(CASES)):
        area_dir = os.path.join(CASES, area)
        if not os.path.isdir(area_dir) or area.startswith((".", "_")):
            continue
        for entry in sorted(os.listdir(area_dir)):
            if entry.endswith(".py") and os.path.isfile(os.path.join(area_dir, entry)):
                found.append(f"{area}/{entry}")
    return found


def resolve_arguments(arguments, cases):
    """Map command-line paths to a sorted list of case paths (relative to CASES)."""
    known = set(cases)
    chosen = set()
    for argument in arguments:
        candidates = [os.path.abspath(argument), os.path.abspath(os.path.join(CASES, argument))]
        target = next((c for c in candidates if os.path.exists(c)), None)
        if target is None:
            sys.exit(f"gen_conformance_goldens: no such case or area: {argument}")
        rel = os.path.relpath(target, CASES).replace(os.sep, "/")
        if os.path.isdir(target):
            prefix = "" if rel == "." else rel.rstrip("/") + "/"
            hits = [c for c in cases if c.startswith(prefix)]
            if not hits:
                sys.exit(f"gen_conformance_goldens: no cases under {argument}")
            chosen.update(hits)
            continue
        if rel.endswith("_pkg/" + EQUIVALENT):
            rel = rel[:-len("_pkg/" + EQUIVALENT)] + ".py"
        stem, ext = os.path.splitext(rel)
        if ext in GOLDEN_SUFFIXES + INPUT_SUFFIXES:
            rel = stem + ".py"
        if rel not in known:
            sys.exit(f"gen_conformance_goldens: not a case: {argument}")
        chosen.add(rel)
    return sorted(chosen)


def read_args(case):
    path = os.path.join(CASES, case[:-3] + ".args")
    if not os.path.exists(path):
        return []
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def read_stdin(case):
    path = os.path.join(CASES, case[:-3] + ".in")
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


def normalize(data):
    """CPython (3.9+) reports the main script by its absolute path (``__file__``, traceback
    ``File "..."`` lines, warnings).  Strip the absolute path of the cases directory so that
    goldens read ``File "<area>/<name>.py"``, independent of where the repository lives."""
    for prefix in sorted({CASES, os.path.realpath(CASES)}, key=len, reverse=True):
        data = data.replace(prefix.encode("utf-8") + b"/", b"")
    return data


def leaks_machine_path(data):
    return any(p.encode("utf-8") in data for p in {REPO, os.path.realpath(REPO)})


EQUIVALENT = "cpython_equivalent.py"


def equivalent_of(case):
    """``<area>/<name>_pkg/cpython_equivalent.py`` when it exists (relative to CASES), else None."""
    path = case[:-3] + "_pkg/" + EQUIVALENT
    return path if os.path.isfile(os.path.join(CASES, path)) else None


def run_once(case, seed):
    env = {
        "PYTHONHASHSEED": seed,
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    equivalent = equivalent_of(case)
    script = equivalent or case
    command = [PYTHON, "-X", "no_debug_ranges", script] + read_args(case)
    try:
        done = subprocess.run(command, cwd=CASES, env=env, input=read_stdin(case),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    status = done.returncode if done.returncode >= 0 else 128 - done.returncode
    stdout, stderr = normalize(done.stdout), normalize(done.stderr)
    if equivalent is not None:
        stdout = stdout.replace(equivalent.encode("utf-8"), case.encode("utf-8"))
        stderr = stderr.replace(equivalent.encode("utf-8"), case.encode("utf-8"))
    return stdout, stderr, status


def run_case(case):
    first = run_once(case, GOLDEN_SEED)
    if first is None:
        return case, None, f"timed out after {TIMEOUT:g} s"
    second = run_once(case, CHECK_SEED)
    if second is None:
        return case, None, f"timed out after {TIMEOUT:g} s (second run)"
    if first != second:
        which = [name for name, a, b in zip(("stdout", "stderr", "status"), first, second) if a != b]
        return case, None, "non-deterministic " + "/".join(which)
    if leaks_machine_path(first[0]) or leaks_machine_path(first[1]):
        return case, None, f"output contains a machine-dependent path ({REPO})"
    return case, first, None


def write_if_changed(path, data):
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def remove_if_present(path):
    if os.path.exists(path):
        os.remove(path)
        return True
    return False


def write_goldens(case, result):
    stdout, stderr, status = result
    stem = os.path.join(CASES, case[:-3])
    changed = write_if_changed(stem + ".out", stdout)
    if stderr:
        changed |= write_if_changed(stem + ".err", stderr)
    else:
        changed |= remove_if_present(stem + ".err")
    if status != 0:
        changed |= write_if_changed(stem + ".status", f"{status}\n".encode("ascii"))
    else:
        changed |= remove_if_present(stem + ".status")
    return changed


def orphans(cases):
    """Golden/input files at case depth whose .py does not exist."""
    known = {c[:-3] for c in cases}
    found = []
    for area in sorted(os.listdir(CASES)):
        area_dir = os.path.join(CASES, area)
        if not os.path.isdir(area_dir):
            continue
        for entry in sorted(os.listdir(area_dir)):
            stem, ext = os.path.splitext(entry)
            if ext in GOLDEN_SUFFIXES + INPUT_SUFFIXES and f"{area}/{stem}" not in known:
                found.append(f"{area}/{entry}")
    return found


def pycache_dirs():
    return sorted(os.path.relpath(os.path.join(root, d), CASES)
                  for root, dirs, _ in os.walk(CASES) for d in dirs if d == "__pycache__")


def main(argv):
    check_interpreter()
    cases = all_cases()
    selected = resolve_arguments(argv, cases) if argv else cases
    before_cache = set(pycache_dirs())

    workers = max(1, min(8, os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(run_case, selected))

    failures = []
    changed = 0
    per_area = {}
    nonzero = 0
    for case, result, problem in results:
        area = case.split("/", 1)[0]
        per_area[area] = per_area.get(area, 0) + 1
        if problem is not None:
            failures.append(f"{case}: {problem}")
            continue
        if result[2] != 0:
            nonzero += 1
        if write_goldens(case, result):
            changed += 1

    for cache in sorted(set(pycache_dirs()) - before_cache):
        failures.append(f"{cache}: a __pycache__ directory was written")

    stale = orphans(cases)
    if not argv:
        for path in stale:
            if path.endswith(GOLDEN_SUFFIXES):
                os.remove(os.path.join(CASES, path))
                print(f"removed orphan golden {path}")
            else:
                failures.append(f"{path}: input file without a case")

    width = max([len(a) for a in per_area] + [5])
    for area in sorted(per_area):
        print(f"{area:<{width}} {per_area[area]:4d}")
    print(f"{'total':<{width}} {len(selected):4d}  ({nonzero} with a non-zero exit status, "
          f"{changed} golden set(s) changed)")
    if failures:
        print(f"\n{len(failures)} FAILURE(S):", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
