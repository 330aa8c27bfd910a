#!/usr/bin/env bash
# Rebuilds newskg's English name-finder model (person / organization / location / misc)
# from the silver PolNeAR data in ../shared/ner, then scores it on the held-out file.
#
#   extractor/models/train-ner.sh                    # writes the shipped model
#   extractor/models/train-ner.sh -o /tmp/ner.bin    # writes the model elsewhere
#   NER_MODEL_OUT=/tmp/ner.bin extractor/models/train-ner.sh   # same, via env
#
# See extractor/models/README.md for what the model is and the scores it should reach.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: train-ner.sh [-o|--output MODEL.bin] [--data DIR] [--no-eval] [--speed-runs N] [-h]

  -o, --output FILE   where to write the model
                      (default: extractor/src/main/resources/newskg/models/en-ner-polnear.bin;
                       env NER_MODEL_OUT)
  --data DIR          directory with polnear-{train,heldout}.opennlp.txt
                      (default: <repo root>/../shared/ner; env NER_DATA_DIR)
  --no-eval           train only, skip the held-out evaluation
  --speed-runs N      timed tagging passes over the held-out file (default 5; 0 = skip)
  -h, --help          this text

Other environment variables:
  NER_PARAMS       training parameters file (default: extractor/models/ner-train.params)
  NER_FEATUREGEN   optional feature-generator XML passed as -featuregen (default: none,
                   i.e. OpenNLP's default name-finder features)
  OPENNLP_VERSION  opennlp-tools version (default 2.5.6)
  SLF4J_VERSION    slf4j-api / slf4j-simple version (default 2.0.17)
  MVN, JAVA        maven / java executables (default: mvn, java)
USAGE
}

die() { echo "train-ner.sh: error: $*" >&2; exit 1; }
abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"     # repo root = parent of extractor/

MODEL_OUT="${NER_MODEL_OUT:-$ROOT/extractor/src/main/resources/newskg/models/en-ner-polnear.bin}"
DATA_DIR="${NER_DATA_DIR:-$ROOT/../shared/ner}"
PARAMS="${NER_PARAMS:-$SCRIPT_DIR/ner-train.params}"
FEATUREGEN="${NER_FEATUREGEN:-}"
OPENNLP_VERSION="${OPENNLP_VERSION:-2.5.6}"
SLF4J_VERSION="${SLF4J_VERSION:-2.0.17}"
MVN="${MVN:-mvn}"
JAVA="${JAVA:-java}"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
DO_EVAL=1
SPEED_RUNS=5

while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) [ $# -ge 2 ] || die "$1 needs a file"; MODEL_OUT="$2"; shift 2 ;;
    --output=*) MODEL_OUT="${1#*=}"; shift ;;
    --data) [ $# -ge 2 ] || die "$1 needs a directory"; DATA_DIR="$2"; shift 2 ;;
    --data=*) DATA_DIR="${1#*=}"; shift ;;
    --no-eval) DO_EVAL=0; shift ;;
    --speed-runs) [ $# -ge 2 ] || die "$1 needs a number"; SPEED_RUNS="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

MODEL_OUT="$(abspath "$MODEL_OUT")"
DATA_DIR="$(abspath "$DATA_DIR")"
PARAMS="$(abspath "$PARAMS")"
[ -z "$FEATUREGEN" ] || FEATUREGEN="$(abspath "$FEATUREGEN")"
TRAIN="$DATA_DIR/polnear-train.opennlp.txt"
HELDOUT="$DATA_DIR/polnear-heldout.opennlp.txt"

[ -s "$TRAIN" ] || die "training data not found: $TRAIN"
[ "$DO_EVAL" = 0 ] || [ -s "$HELDOUT" ] || die "held-out data not found: $HELDOUT"
[ -s "$PARAMS" ] || die "params file not found: $PARAMS"
[ -z "$FEATUREGEN" ] || [ -s "$FEATUREGEN" ] || die "feature generator file not found: $FEATUREGEN"
case "$SPEED_RUNS" in ''|*[!0-9]*) die "--speed-runs wants a non-negative integer" ;; esac
command -v "$MVN" >/dev/null || die "maven not found ($MVN)"
command -v "$JAVA" >/dev/null || die "java not found ($JAVA)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/train-ner.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
LIB="$WORK/lib"
mkdir -p "$LIB"

# --- 1. opennlp-tools + SLF4J (api and simple binding), through Maven only --------------
echo "== fetching opennlp-tools $OPENNLP_VERSION and slf4j-simple $SLF4J_VERSION via Maven"
for artifact in "org.apache.opennlp:opennlp-tools:$OPENNLP_VERSION" \
                "org.slf4j:slf4j-api:$SLF4J_VERSION" \
                "org.slf4j:slf4j-simple:$SLF4J_VERSION"; do
  # run from the empty work dir so that no project pom.xml is picked up
  if ! (cd "$WORK" && "$MVN" -B -q -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" \
          -Dartifact="$artifact" -DoutputDirectory="$LIB") > "$WORK/mvn.log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$WORK/mvn.log" >&2
    die "maven could not fetch $artifact"
  fi
  echo "   $artifact"
done
for jar in "opennlp-tools-$OPENNLP_VERSION.jar" "slf4j-api-$SLF4J_VERSION.jar" \
           "slf4j-simple-$SLF4J_VERSION.jar"; do
  [ -s "$LIB/$jar" ] || die "missing $LIB/$jar after maven copy"
done
OPENNLP_CP="$LIB/opennlp-tools-$OPENNLP_VERSION.jar:$LIB/slf4j-api-$SLF4J_VERSION.jar:$LIB/slf4j-simple-$SLF4J_VERSION.jar"

# --- 2. train ---------------------------------------------------------------------------
TMP_MODEL="$WORK/model.bin"
TRAIN_ARGS=(-lang en -params "$PARAMS" -model "$TMP_MODEL" -data "$TRAIN" -encoding UTF-8)
[ -z "$FEATUREGEN" ] || TRAIN_ARGS+=(-featuregen "$FEATUREGEN")
echo "== training: TokenNameFinderTrainer ${TRAIN_ARGS[*]}"
echo "   params ($PARAMS):"; grep -v '^[[:space:]]*#' "$PARAMS" | sed '/^[[:space:]]*$/d; s/^/     /'
t0=$(date +%s)
if ! "$JAVA" -cp "$OPENNLP_CP" opennlp.tools.cmdline.CLI TokenNameFinderTrainer "${TRAIN_ARGS[@]}" \
    2>&1 | tee "$WORK/train.log"; then
  die "training failed (see log above)"
fi
t1=$(date +%s)
[ -s "$TMP_MODEL" ] || die "trainer produced no model (see log above)"
grep -q 'Wrote name finder model' "$WORK/train.log" || die "trainer did not report writing the model"

mkdir -p "$(dirname "$MODEL_OUT")"
cp "$TMP_MODEL" "$MODEL_OUT.tmp.$$"
mv -f "$MODEL_OUT.tmp.$$" "$MODEL_OUT"
MODEL_BYTES=$(wc -c < "$MODEL_OUT" | tr -d ' ')
echo "== wrote $MODEL_OUT"
echo "   size: $MODEL_BYTES bytes; train time (wall, incl. JVM start): $((t1 - t0)) s"
echo "   sha256: $(sha256sum "$MODEL_OUT" | cut -d' ' -f1) (zip entries carry a timestamp, so this differs per run)"

[ "$DO_EVAL" = 1 ] || exit 0

# --- 3. evaluate on the held-out file: OpenNLP's evaluator (overall scores) -------------
echo "== held-out evaluation: TokenNameFinderEvaluator on $HELDOUT"
if ! "$JAVA" -cp "$OPENNLP_CP" opennlp.tools.cmdline.CLI TokenNameFinderEvaluator \
    -model "$MODEL_OUT" -data "$HELDOUT" -encoding UTF-8 2>&1 | tee "$WORK/eval.log"; then
  die "evaluation failed (see log above)"
fi
grep -q 'F-Measure' "$WORK/eval.log" || die "evaluator printed no scores"

# --- 4. per-type scores + tagging speed ---------------------------------------------------
# The 2.5.x evaluator CLI prints only overall entity-level scores (its -reportOutputFile
# report is per tag, token level). This computes the same exact-match, entity-level
# P/R/F1 (OpenNLP's FMeasure) restricted to each type; its "overall" row equals the CLI's.
cat > "$WORK/PerTypeEval.java" <<'JAVA'
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.*;
import opennlp.tools.namefind.*;
import opennlp.tools.util.*;
import opennlp.tools.util.eval.FMeasure;

/** Exact-match, entity-level P/R/F1 overall and per type, plus tagging speed. */
public class PerTypeEval {
  public static void main(String[] a) throws Exception {
    TokenNameFinderModel model = new TokenNameFinderModel(new File(a[0]));
    int speedRuns = Integer.parseInt(a[2]);
    List<NameSample> samples = new ArrayList<>();
    try (ObjectStream<NameSample> s = new NameSampleDataStream(new PlainTextByLineStream(
        new MarkableFileInputStreamFactory(new File(a[1])), StandardCharsets.UTF_8))) {
      for (NameSample x; (x = s.read()) != null; ) samples.add(x);
    }
    NameFinderME finder = new NameFinderME(model);
    String[] types = {"person", "organization", "location", "misc"};
    FMeasure all = new FMeasure();
    Map<String, FMeasure> per = new LinkedHashMap<>();
    for (String t : types) per.put(t, new FMeasure());
    // same procedure as TokenNameFinderEvaluator: clear adaptive data at document breaks
    for (NameSample ref : samples) {
      if (ref.isClearAdaptiveDataSet()) finder.clearAdaptiveData();
      Span[] pred = finder.find(ref.getSentence());
      all.updateScores(ref.getNames(), pred);
      for (String t : types) per.get(t).updateScores(ofType(ref.getNames(), t), ofType(pred, t));
    }
    System.out.printf("%-13s %7s %7s %7s %6s%n", "type", "P", "R", "F1", "gold");
    for (String t : types) {
      int gold = 0;
      for (NameSample r : samples) gold += ofType(r.getNames(), t).length;
      print(t, per.get(t), gold);
    }
    int gold = 0;
    for (NameSample r : samples) gold += r.getNames().length;
    print("overall", all, gold);
    if (speedRuns <= 0) return;

    // Tagging speed: one thread, JIT warmed up, whole held-out file per pass.
    int tokens = 0;
    for (NameSample r : samples) tokens += r.getSentence().length;
    for (int w = 0; w < 3; w++) tagAll(finder, samples);
    long best = Long.MAX_VALUE, sum = 0;
    for (int r = 0; r < speedRuns; r++) {
      long t0 = System.nanoTime();
      tagAll(finder, samples);
      long dt = System.nanoTime() - t0;
      best = Math.min(best, dt);
      sum += dt;
    }
    System.out.printf("speed: %d sentences / %d tokens per pass; best %.3f s, mean %.3f s over %d"
        + " warm passes, 1 thread (%.0f sentences/s, %.0f tokens/s at best)%n",
        samples.size(), tokens, best / 1e9, sum / 1e9 / speedRuns, speedRuns,
        samples.size() / (best / 1e9), tokens / (best / 1e9));
  }

  static void tagAll(NameFinderME f, List<NameSample> samples) {
    for (NameSample ref : samples) {
      if (ref.isClearAdaptiveDataSet()) f.clearAdaptiveData();
      f.find(ref.getSentence());
    }
    f.clearAdaptiveData();
  }

  static Span[] ofType(Span[] spans, String t) {
    return Arrays.stream(spans).filter(s -> t.equals(s.getType())).toArray(Span[]::new);
  }

  static void print(String name, FMeasure f, int gold) {
    System.out.printf("%-13s %7.4f %7.4f %7.4f %6d%n", name, f.getPrecisionScore(),
        f.getRecallScore(), f.getFMeasure(), gold);
  }
}
JAVA
echo "== per-type held-out scores (exact match, entity level; agreement with CoreNLP silver labels)"
"$JAVA" -cp "$OPENNLP_CP" "$WORK/PerTypeEval.java" "$MODEL_OUT" "$HELDOUT" "$SPEED_RUNS" \
  || die "per-type evaluation failed"
