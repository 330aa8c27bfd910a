#!/usr/bin/env bash
# Rebuilds newskg's speaker model (which candidate said a quotation) from PolNeAR train, then scores the rules
# alone and the rules with the model on PolNeAR dev. Options as train-model.sh's (-o FILE, --shared DIR).
exec "$(dirname "${BASH_SOURCE[0]}")/train-model.sh" speaker "$@"
