#!/usr/bin/env bash
# The Spark benchmark: on the same inputs, single-JVM `newskg extract` (all cores) against the Spark job at local[1]
# and local[2] (with the derived layer's blocks, days and pairs, its default) and at local[2] with --no-derive, in
# articles per second and as a ratio; then the store built by `newskg load --bulk` against
# `newskg load --bulk --from-spark` on the job's output. Every time is wall-clock of the whole command, JVM start and
# model loading included, measured in one run on one machine; the job's own seconds (from its manifest) are shown too.
#
#   spark/bench.sh WORKDIR [--manifest FILE] INPUT...
#
# Build first (mvn -B -q -DskipTests package); the jars are copied into WORKDIR so that a rebuild cannot change them
# mid-run. Prints a Markdown table (docs/benchmarks.md has the measured one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:?usage: spark/bench.sh WORKDIR [--manifest FILE] INPUT...}"
shift
manifest=()
if [ "${1:-}" = "--manifest" ]; then manifest=(--manifest "$2"); shift 2; fi
[ $# -gt 0 ] || { echo "give at least one INPUT" >&2; exit 2; }
mkdir -p "$work"
work="$(cd "$work" && pwd)"
rm -rf "$work/spark" "$work"/out-* "$work"/db-* "$work"/*.nq
mkdir -p "$work/spark"
cp "$root/extractor/target/newskg.jar" "$work/newskg.jar"
cp "$root/spark/target/newskg-spark.jar" "$work/spark/newskg-spark.jar"
ln -s "$root/spark/target/spark-jars" "$work/spark/spark-jars"
heap="${BENCH_HEAP:-3g}"
cores="$(nproc)"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(now)
java -Xmx"$heap" -jar "$work/newskg.jar" extract "${manifest[@]}" --threads "$cores" --out "$work/extract.nq" "$@" 2> "$work/extract.log"
t1=$(now)
extract_s=$(secs "$t0" "$t1")
articles=$(grep -o '[0-9]* article(s) extracted' "$work/extract.log" | grep -o '^[0-9]*')

# local[1] and local[2] as run by default (extraction and the derived layer's blocks, days and pairs), then local[2]
# with --no-derive: extraction alone, the like of `newskg extract`.
declare -A job_s wall_s
for n in 1 2 2n; do
  t0=$(now)
  opts=(--master "local[${n%n}]")
  [ "$n" = 2n ] && opts+=(--no-derive)
  java -Xmx"$heap" -jar "$work/spark/newskg-spark.jar" "${opts[@]}" --out "$work/out-local$n" "${manifest[@]}" "$@" \
    2> "$work/spark-local$n.log" || [ $? -eq 3 ]
  t1=$(now)
  wall_s[$n]=$(secs "$t0" "$t1")
  job_s[$n]=$(python3 -c "import json;print(json.load(open('$work/out-local$n/_newskg.json'))['seconds'])")
  got=$(python3 -c "import json;print(json.load(open('$work/out-local$n/_newskg.json'))['articles'])")
  [ "$got" = "$articles" ] || { echo "local[$n] extracted $got articles, extract $articles" >&2; exit 1; }
done

t0=$(now)
java -Xmx"$heap" -jar "$work/newskg.jar" load --bulk --quiet --db "$work/db-bulk" "${manifest[@]}" "$@" 2> "$work/load-bulk.log" || [ $? -eq 3 ]
t1=$(now)
bulk_s=$(secs "$t0" "$t1")
t0=$(now)
java -Xmx"$heap" -jar "$work/newskg.jar" load --bulk --quiet --db "$work/db-spark" --from-spark "$work/out-local2" 2> "$work/load-spark.log" || [ $? -eq 3 ]
t1=$(now)
from_spark_s=$(secs "$t0" "$t1")

python3 - "$work" "$articles" "$cores" "$extract_s" "${wall_s[1]}" "${job_s[1]}" "${wall_s[2]}" "${job_s[2]}" "${wall_s[2n]}" "${job_s[2n]}" \
  "$bulk_s" "$from_spark_s" <<'PY'
import json, re, sys
work = sys.argv[1]
a, cores = int(sys.argv[2]), int(sys.argv[3])
ex, w1, j1, w2, j2, w2n, j2n, bulk, fs = map(float, sys.argv[4:])
rate = lambda s: a / s
print(f"{a} articles, {cores} cores\n")
print("| run | seconds (wall) | articles/s | vs extract | job's own seconds |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| `newskg extract --threads {cores}` | {ex:.1f} | {rate(ex):.1f} | 1.00 | |")
print(f"| Spark job, `local[1]` | {w1:.1f} | {rate(w1):.1f} | {ex / w1:.2f} | {j1:.1f} |")
print(f"| Spark job, `local[2]` | {w2:.1f} | {rate(w2):.1f} | {ex / w2:.2f} | {j2:.1f} |")
print(f"| Spark job, `local[2] --no-derive` | {w2n:.1f} | {rate(w2n):.1f} | {ex / w2n:.2f} | {j2n:.1f} |")
print()
print("| store build | seconds (wall) |")
print("| --- | ---: |")
print(f"| `newskg load --bulk` (extraction, bulk loader, derived layer) | {bulk:.1f} |")
print(f"| `newskg load --bulk --from-spark` (bulk loader, store summary around the job's blocks, days and pairs) | {fs:.1f} |")
print()
# Where the derived layer's time goes: the job's share (facts beside extraction, summed over task threads, and the
# group-by-block and derivation stage, wall) and each load's own log line of the layer's stages.
c = json.load(open(f"{work}/out-local2/_newskg.json"))["counts"]
print(f"local[2] job: {c.get('derive.blocks', 0)} blocks derived in {c.get('derive.blocksMillis', 0) / 1000:.1f} s (wall, the stage after extraction); "
      f"articles' facts {c.get('derive.factsMicros', 0) / 1e6:.1f} s summed over task threads")
for name in ("load-bulk", "load-spark"):
    lines = [l.strip() for l in open(f"{work}/{name}.log", errors="replace") if "derived layer:" in l]
    print(f"{name}: {re.sub(r'^.*derived layer:', 'derived layer:', lines[-1]) if lines else '(no derived layer line in the log)'}")
PY
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
