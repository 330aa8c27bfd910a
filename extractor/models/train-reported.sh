#!/usr/bin/env bash
# Rebuilds newskg's reported-speech model (which verbs outside the rules' lexicon report a claim) from PolNeAR
# train, then scores reported speech without and with it on PolNeAR dev. Options as train-model.sh's.
exec "$(dirname "${BASH_SOURCE[0]}")/train-model.sh" reported "$@"
