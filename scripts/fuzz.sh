#!/usr/bin/env bash
# Fuzzes every reader (JSONL streamed against whole, JSON, CSV, mbox, .eml) with
# cargo-fuzz on the nightly toolchain, SECONDS each (default 60), and prints one line per
# target. libFuzzer stops a target on a panic, on RSS over 1 GiB (-rss_limit_mb) and on any
# single allocation over 128 MiB (-malloc_limit_mb): the readers' memory must be bounded
# by the message limit (64 bytes here), not by the input. Not part of CI.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(jsonl json csv mbox eml)
bash scripts/setup.sh
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-${HOME:-/tmp}/.cache/otai-fuzz-target}"
cargo +nightly fuzz build --sanitizer none
status=0
for t in "${targets[@]}"; do
  log="$(mktemp)"
  if cargo +nightly fuzz run --sanitizer none "$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=1024 -malloc_limit_mb=128 -max_len=65536 \
      >"$log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 || true)
    echo "fuzz $t: ${seconds} s, ${runs:-done}, no crash, no over-limit allocation"
  else
    status=1
    echo "fuzz $t: FAILED (see below)"
    tail -40 "$log"
  fi
  rm -f "$log"
done
exit $status
