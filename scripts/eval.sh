#!/usr/bin/env bash
# Accuracy on every labeled set at once: the shared synthetic dev set, the real operator
# chats (asdc_dev), the real English live chats (maia_dev), otai's own set (tests/eval)
# and the ten blind sets written before otai was run on them (tests/eval_blind,
# tests/eval_blind2 … tests/eval_blind10). A rule change must be judged on all of them
# together. Each set prints its conversation-level figures, message-level backtracking and,
# where its labels carry them, the four sources of self-efficacy per message ("(msg)") and
# per conversation.
# Usage: bash scripts/eval.sh [--by-rule]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/otai"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for set in ../shared/eval/dev ../shared/eval/asdc_dev ../shared/eval/maia_dev tests/eval tests/eval_blind tests/eval_blind2 tests/eval_blind3 tests/eval_blind4 tests/eval_blind5 tests/eval_blind6 tests/eval_blind7 tests/eval_blind8 tests/eval_blind9 tests/eval_blind10; do
  [ -f "$set/labels.jsonl" ] || { echo "== $set: not present, skipped"; continue; }
  name="$(basename "$set")"
  "$bin" analyze "$set/messages.jsonl" --out "$work/$name" --no-report --quiet
  echo "== $set"
  "$bin" eval --labels "$set/labels.jsonl" --data "$work/$name" "$@"
done
