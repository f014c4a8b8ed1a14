#!/usr/bin/env bash
# The parse benchmark: steady-state source -> AST time for a 20,000-line file, Krait against
# CPython's ast.parse. See bench/README.md.
#
# Environment:
#   PYTHON      the CPython to compare with and to generate the file (default: python3)
#   JAVA        the java binary (default: $JAVA_HOME/bin/java, else java)
#   MVN_FLAGS   extra flags for mvn, e.g. -o when offline
#   KRAIT_GCS   which JVM collectors to measure, space-separated labels out of
#               "default serial parallel" (default: all three)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
file=$here/parse20k.py
python=${PYTHON:-python3}
if [ -n "${JAVA:-}" ]; then
    java=$JAVA
elif [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
else
    java=java
fi

# 1. The input, generated once (it is not committed).
if [ ! -f "$file" ]; then
    "$python" "$here/gen_parse_corpus.py" "$file"
fi

# 2. Build the interpreter and its test classes (the benchmark lives in the test sources);
#    in the reactor, the grammar module resolves to grammar/target/classes.
cp_file=$(mktemp "${TMPDIR:-/tmp}/krait-bench-cp.XXXXXX")
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -q -B ${MVN_FLAGS:-} -pl interpreter -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file")
classpath=$root/interpreter/target/test-classes:$root/interpreter/target/classes:$(cat "$cp_file")

# 3. Krait, once per garbage collector: a parse keeps its whole parse tree alive, so the
#    collector and young-generation size matter as much as the parser itself.
declare -A gc_flags=(
    [default]=""
    [serial]="-XX:+UseSerialGC"      # what the krait launcher uses
    [parallel]="-XX:+UseParallelGC"
)
declare -A krait_ms
for gc in ${KRAIT_GCS:-default serial parallel}; do
    echo "== Krait, JVM collector: $gc ${gc_flags[$gc]}"
    # shellcheck disable=SC2086
    out=$("$java" ${gc_flags[$gc]} -cp "$classpath" dev.krait.bench.ParseBenchmark "$file" --machine)
    echo "$out" | grep -v '^krait_ms='
    krait_ms[$gc]=$(echo "$out" | sed -n 's/^krait_ms=//p')
done

# 4. CPython's ast.parse, in-process, the same way.
echo "== CPython"
out=$("$python" "$here/cpython_parse.py" "$file" --machine)
echo "$out" | grep -v '^cpython_ms='
cpython_ms=$(echo "$out" | sed -n 's/^cpython_ms=//p')

# 5. The table.
echo
printf '%-40s %10s %10s %8s\n' "parse + AST, $(wc -l <"$file") lines" "Krait ms" "CPython ms" "ratio"
for gc in ${KRAIT_GCS:-default serial parallel}; do
    ratio=$(awk -v k="${krait_ms[$gc]}" -v c="$cpython_ms" 'BEGIN { printf "%.2f", k / c }')
    printf '%-40s %10s %10s %8s\n' "Krait ($gc GC) vs CPython ast.parse" "${krait_ms[$gc]}" "$cpython_ms" "$ratio"
done
