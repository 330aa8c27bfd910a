#!/usr/bin/env bash
# Scores newskg on a cross-outlet set (../shared/eval/crossoutlet-dev by default): loads its articles with their
# manifest into a fresh TDB2 store, runs the attributions, memberships, claim-parts and same-claims queries as
# SPARQL JSON and prints check_crossoutlet.py's scores (quotes found, speaker accuracy, same-statement groups
# merged, wrong merges, membership precision and recall).
#
#   tools/score_crossoutlet.sh [JAR] [OUTDIR] [SET]
#
# JAR defaults to extractor/target/newskg.jar (copy it first if a build may replace it mid-run), OUTDIR to
# target/crossoutlet, SET to ../shared/eval/crossoutlet-dev.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$root/extractor/target/newskg.jar}"
out="${2:-$root/target/crossoutlet}"
set_dir="${3:-$root/../shared/eval/crossoutlet-dev}"
eval_dir="$(cd "$set_dir/.." && pwd)"
[ -f "$jar" ] || { echo "score_crossoutlet.sh: no jar at $jar (build it with mvn -DskipTests package)" >&2; exit 2; }
[ -f "$set_dir/gold.json" ] || { echo "score_crossoutlet.sh: no gold.json in $set_dir" >&2; exit 2; }
rm -rf "$out"; mkdir -p "$out/res"
java -Xmx2g -jar "$jar" load --db "$out/db" --manifest "$set_dir/manifest.tsv" "$set_dir" > "$out/load.log" 2>&1
for q in attributions memberships claim-parts same-claims; do
  java -jar "$jar" query "$q" --db "$out/db" --format json > "$out/res/$q.json"
done
python3 "$eval_dir/check_crossoutlet.py" "$set_dir/gold.json" "$out/res" --texts "$set_dir"
