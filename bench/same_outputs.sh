#!/usr/bin/env bash
# Compares `otai analyze` outputs of two binaries (or one binary with two environments)
# over the same inputs: every file under --out must be byte-identical, run.json apart
# from its start and finish times. Exit 1 on any difference.
# Usage: bash bench/same_outputs.sh OLD_BIN NEW_BIN INPUT...
#   OLD_ENV / NEW_ENV: extra environment for each side, e.g. NEW_ENV="OTAI_SPILL_BYTES=1000000"
#   OLD_OUT=DIR: reuse the old side's outputs already in DIR/<n> (n = input's position, from 1)
#   ARGS: extra analyze flags for both sides (e.g. --no-report)
set -euo pipefail
old="$1"
new="$2"
shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
n=0
for input in "$@"; do
    n=$((n + 1))
    if [ -n "${OLD_OUT:-}" ]; then
        a="$OLD_OUT/$n"
    else
        a="$work/old-$n"
        env ${OLD_ENV:-} "$old" analyze "$input" --out "$a" --quiet ${ARGS:-} || [ $? -eq 1 ]
    fi
    b="$work/new-$n"
    env ${NEW_ENV:-} "$new" analyze "$input" --out "$b" --quiet ${ARGS:-} || [ $? -eq 1 ]
    if python3 - "$a" "$b" <<'PY'
import json, os, sys
a, b = sys.argv[1], sys.argv[2]
def files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
fa, fb = files(a), files(b)
bad = []
if fa != fb:
    bad.append(f"file lists differ: only old {sorted(set(fa) - set(fb))}, only new {sorted(set(fb) - set(fa))}")
for rel in sorted(set(fa) & set(fb)):
    x, y = open(os.path.join(a, rel), "rb").read(), open(os.path.join(b, rel), "rb").read()
    if rel == "run.json":
        x, y = json.loads(x), json.loads(y)
        for r in (x, y):
            r.pop("started_at", None)
            r.pop("finished_at", None)
    if x != y:
        bad.append(f"{rel} differs")
for line in bad:
    print("   ", line)
print(f"    {len(fa)} files compared" if not bad else "", end="")
sys.exit(1 if bad else 0)
PY
    then
        echo " — $input: identical"
    else
        echo "$input: DIFFERENT"
        status=1
    fi
    rm -rf "$b"
done
exit $status
