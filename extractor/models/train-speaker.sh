#!/usr/bin/env bash
# Rebuilds newskg's speaker model (which candidate said a quotation) from PolNeAR train, then
# scores the rules alone and the rules with the model on PolNeAR dev.
#
#   extractor/models/train-speaker.sh                     # writes the shipped model
#   extractor/models/train-speaker.sh -o /tmp/speaker.bin # writes the model elsewhere
#
# See extractor/models/README.md ("en-speaker-polnear") for what the model is and the scores it should reach.
set -euo pipefail

die() { echo "train-speaker.sh: error: $*" >&2; exit 1; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
MODEL_OUT="${SPEAKER_MODEL_OUT:-$ROOT/extractor/src/main/resources/newskg/models/en-speaker-polnear.bin}"
SHARED="${SHARED_DIR:-$ROOT/../shared}"
PARAMS="${SPEAKER_PARAMS:-$SCRIPT_DIR/speaker-train.params}"
MVN="${MVN:-mvn}"
JAVA="${JAVA:-java}"

while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) [ $# -ge 2 ] || die "$1 needs a file"; MODEL_OUT="$2"; shift 2 ;;
    --shared) [ $# -ge 2 ] || die "$1 needs a directory"; SHARED="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; echo "Environment: SPEAKER_MODEL_OUT, SHARED_DIR, SPEAKER_PARAMS, MVN, JAVA"; exit 0 ;;
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

"$JAVA" -Xmx4g -jar "$COPY" train-speaker --shared "$SHARED" --params "$PARAMS" --out "$MODEL_OUT"

# The weights, without the zip's timestamps: the same checksum on every rebuild from the same data and code.
printf 'model weights md5: '
unzip -p "$MODEL_OUT" speaker.model | md5sum | cut -d' ' -f1
