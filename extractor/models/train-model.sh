#!/usr/bin/env bash
# Rebuilds one of newskg's learned attribution models from PolNeAR train and scores it on PolNeAR dev:
#
#   extractor/models/train-model.sh speaker                 # which candidate said a quotation (en-speaker-polnear)
#   extractor/models/train-model.sh reported                # which verbs report a claim (en-reported-polnear)
#   extractor/models/train-model.sh KIND -o /tmp/model.bin  # writes the model elsewhere
#
# train-speaker.sh and train-reported.sh call this. See extractor/models/README.md for what each model is and
# the scores it should reach.
set -euo pipefail

die() { echo "train-model.sh: error: $*" >&2; exit 1; }

KIND="${1:-}"
case "$KIND" in
  speaker|reported) shift ;;
  -h|--help|"") sed -n '2,9p' "$0"; echo "Environment: MODEL_OUT, SHARED_DIR, PARAMS, MVN, JAVA"; exit 0 ;;
  *) die "unknown model $KIND (speaker or reported)" ;;
esac

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
MODEL_OUT="${MODEL_OUT:-$ROOT/extractor/src/main/resources/newskg/models/en-$KIND-polnear.bin}"
SHARED="${SHARED_DIR:-$ROOT/../shared}"
PARAMS="${PARAMS:-$SCRIPT_DIR/$KIND-train.params}"
MVN="${MVN:-mvn}"
JAVA="${JAVA:-java}"

while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) [ $# -ge 2 ] || die "$1 needs a file"; MODEL_OUT="$2"; shift 2 ;;
    --shared) [ $# -ge 2 ] || die "$1 needs a directory"; SHARED="$2"; shift 2 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

[ -d "$SHARED/polnear/train/text" ] || die "no PolNeAR train at $SHARED/polnear/train"
[ -d "$SHARED/polnear/dev/text" ] || die "no PolNeAR dev at $SHARED/polnear/dev"
[ -f "$PARAMS" ] || die "no parameters file $PARAMS"

# The jar the command runs: built from this checkout. The build does not need the model it is about to rebuild.
(cd "$ROOT" && "$MVN" -q -B -ntp -DskipTests package) || die "maven build failed"
JAR="$ROOT/extractor/target/newskg.jar"
[ -f "$JAR" ] || die "no $JAR after the build"
# Train from a copy, so that a rebuild of the checkout during training cannot change the running code.
COPY="$(mktemp -d)/newskg.jar"
cp "$JAR" "$COPY"
trap 'rm -rf "$(dirname "$COPY")"' EXIT

"$JAVA" -Xmx4g -jar "$COPY" "train-$KIND" --shared "$SHARED" --params "$PARAMS" --out "$MODEL_OUT"

# The weights, without the zip's timestamps: the same checksum on every rebuild from the same data and code.
printf 'model weights md5: '
unzip -p "$MODEL_OUT" "$KIND.model" | md5sum | cut -d' ' -f1
