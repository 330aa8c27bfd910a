#!/bin/bash
# The explorer in headless Chromium on one or more stores, as issue 20 measures it: per store, serve it read-only as
# an analyst would (`newskg serve --db DIR --result-limit 1000`, after its warm-up), run ExplorerBrowserBenchmark
# against it (per view, the median of RUNS after one warm-up of the time until all its data has arrived), stop the
# server; then print one Markdown table, a column per store, with the command and the machine: the README's table.
# Run it from the repository, on a quiet machine (the numbers include Chromium's own work on the same cores).
#
# Usage: tools/explorer_browser.sh DB [DB...]
#   JAR    the product jar to serve with (default extractor/target/newskg.jar; it is copied first, so a rebuild
#          during the run does not change it)
#   PORT   (default 3095)  RUNS (default 3)  XMX (the server's heap, default 4g)  OUT (reports, default a temp dir)
# Needs CHROME_BIN and CHROMEDRIVER (eval "$(bash ../shared/browser/install-chromium.sh)" sets both).
set -euo pipefail
[ $# -ge 1 ] || { sed -n 2,12p "$0" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${CHROME_BIN:?set CHROME_BIN and CHROMEDRIVER: eval the output of ../shared/browser/install-chromium.sh}" "${CHROMEDRIVER:?set CHROMEDRIVER}"
PORT=${PORT:-3095} RUNS=${RUNS:-3} XMX=${XMX:-4g}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
JAR_SRC=${JAR:-$here/extractor/target/newskg.jar}
[ -f "$JAR_SRC" ] || (cd "$here" && mvn -B -ntp -q -DskipTests package -Dfuzz.skip)
cp "$JAR_SRC" "$OUT/newskg.jar"
SERVER=
stop() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  SERVER=
}
trap stop EXIT
reports=()
for db in "$@"; do
  name=$(basename "$db")
  log="$OUT/serve-$name.log"
  echo "explorer_browser: serving $db on port $PORT ..." >&2
  java -Xmx"$XMX" -XX:+UseParallelGC -jar "$OUT/newskg.jar" serve --db "$db" --port "$PORT" --result-limit 1000 >"$log" 2>&1 &
  SERVER=$!
  # `serve` answers while it warms up; the benchmark starts when it has done so, as an analyst's first visit would.
  for _ in $(seq 1 600); do
    grep -q 'warmed up' "$log" && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 1
  done
  grep 'warmed up' "$log" >&2 || { echo "explorer_browser: no warm-up in 600 s" >&2; exit 1; }
  (cd "$here" && mvn -B -ntp -q -pl extractor,bench -am test -Dtest=ExplorerBrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.skip \
      -Dnewskg.bench.url="http://127.0.0.1:$PORT" -Dnewskg.bench.runs="$RUNS" -Dnewskg.bench.report="$OUT/$name.md") >"$OUT/bench-$name.log" 2>&1 \
    || { cat "$OUT/bench-$name.log" >&2; exit 1; }
  stop
  cat "$OUT/$name.md" >&2
  reports+=("$OUT/$name.md.tsv")
done
# One column per store: the rows are the same views in the same order.
python3 - "$RUNS" "$@" -- "${reports[@]}" <<'EOF'
import re, sys
args = sys.argv[1:]
runs, rest = args[0], args[1:]
cut = rest.index('--')
dbs, files = rest[:cut], rest[cut + 1:]
abouts, cols = [], []
for f in files:
    lines = open(f, encoding='utf-8').read().splitlines()
    abouts.append(lines[0][2:])
    cols.append([l.split('\t') for l in lines[1:] if l])
sizes = [re.match(r'([\d,]+) articles', a).group(1) for a in abouts]
print('| view | ' + ' | '.join(f'{s} articles: data arrived, ms | drawn, ms' for s in sizes) + ' |')
print('| --- | ' + ' | '.join('---: | ---:' for _ in sizes) + ' |')
for i, row in enumerate(cols[0]):
    cells = []
    for c in cols:
        r = c[i]
        cells.append(r[2] + ('' if r[3] == 'none' else ' (API error)'))
        cells.append(r[4])
    print(f'| {row[0]} | ' + ' | '.join(cells) + ' |')
print()
print('Measured with `tools/explorer_browser.sh ' + ' '.join(dbs) + f'` (RUNS={runs}): time from the navigation\'s start until all '
      'the view\'s data has arrived (the page, which carries its data, and any `/explore/api/` answer it asks for; the graph row: the centre\'s '
      '"Show more", from its request to its answer) and until the script has drawn it, graph included, '
      'headless Chromium, the store served by `newskg serve --db DIR --result-limit 1000` after its warm-up.')
for d, a in zip(dbs, abouts):
    print(f'- `{d}`: {a}')
EOF
