#!/usr/bin/env bash
# The whole test suite from a fresh checkout: system packages, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --locked "$@"
