#!/usr/bin/env bash
# Benchmark: ONE long conversation (a LINE chat history, a Teams chat, a years-long mail
# thread), as users run it: `otai analyze` by default (reports on) and with --no-report.
# The messages of `otai gen` (realistic ja/en chat and mail) are put into a single
# conversation, in time order. Prints, per size, wall time and peak RSS of both paths,
# where the time went (OTAI_TIMINGS), the conversation page's size, and the targets:
# default ≤ 1.5× --no-report, the page ≤ 5 MB, peak RSS ≤ 1 GiB.
# Usage: bash bench/long.sh [messages...]   (default: 300000; `--1m` adds 1000000)
# BENCH_DIR=DIR keeps the corpora and outputs there (a temporary folder otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=()
for a in "$@"; do
    case "$a" in
        --1m) sizes+=(1000000) ;;
        *) sizes+=("$a") ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(300000)
source bench/prepare.sh
python3 - "$bin" "$work" "${sizes[@]}" <<'PY'
import json, os, shutil, subprocess, sys, time
binary, work, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]

def corpus_of(n):
    """n messages of `otai gen`, all in one conversation ("giant"), in time order."""
    path = os.path.join(work, f"giant-{n}.jsonl")
    if os.path.exists(path):
        return path
    gen = os.path.join(work, f"gen-for-{n}.jsonl")
    # About 6 messages a generated conversation, of which most are chat.
    subprocess.run([binary, "gen", "--conversations", str(n // 3 + 10), "--seed", "7", "--out", gen],
                   check=True, capture_output=True)
    rows = []
    with open(gen) as f:
        for line in f:
            r = json.loads(line)
            if r.get("channel") != "chat":
                continue
            r["message_id"] = f'{r["conversation_id"]}/{r["message_id"]}'
            r["conversation_id"] = "giant"
            rows.append(r)
            if len(rows) == n:
                break
    os.remove(gen)
    rows.sort(key=lambda r: r["timestamp"])
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path

def analyze(corpus, out, flags):
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    run = subprocess.run([binary, "analyze", corpus, "--out", out, "--quiet", *flags],
                         capture_output=True, text=True, env={**os.environ, "OTAI_TIMINGS": "1"})
    wall = time.perf_counter() - t0
    if run.returncode not in (0, 1):
        sys.exit(f"otai failed ({run.returncode}): {run.stderr[-2000:]}")
    stages = [l for l in run.stderr.splitlines() if l.startswith("timing ")]
    peaks = [float(l.split("peak")[1].split()[0]) for l in stages if "peak" in l]
    if not peaks:
        sys.exit(f"no memory figures from otai (OTAI_TIMINGS): {run.stderr[-2000:]}")
    return wall, max(peaks), stages

rows = []
for n in sizes:
    corpus = corpus_of(n)
    msgs = sum(1 for _ in open(corpus))
    bare = analyze(corpus, os.path.join(work, f"out-{n}"), ["--no-report"])
    full_out = os.path.join(work, f"out-{n}-reports")
    full = analyze(corpus, full_out, [])
    pages = {}
    for ext in ("html", "md"):
        page = os.path.join(full_out, "reports", "conversations", f"giant.{ext}")
        if not os.path.exists(page):
            sys.exit(f"no conversation page {page}")
        if msgs > 2000 and "省略" not in open(page, encoding="utf-8").read():
            sys.exit(f"{page}: a thread of {msgs} messages is shown whole")
        pages[ext] = os.path.getsize(page)
    for label, (wall, rss, stages) in (("--no-report", bare), ("default", full)):
        print(f"{msgs:>8} messages in one conversation  {label:<11}  wall {wall:7.2f} s  peak RSS {rss:5.0f} MiB")
        for l in stages:
            print("         ", l)
    print(f"{msgs:>8} messages: default / --no-report = {full[0]/bare[0]:.2f}× time; page "
          + ", ".join(f"giant.{e} {s/1e6:.2f} MB" for e, s in pages.items()))
    rows.append((msgs, bare, full, pages))
    if not os.environ.get("BENCH_DIR"):
        for p in (corpus, os.path.join(work, f"out-{n}"), full_out):
            shutil.rmtree(p, ignore_errors=True) if os.path.isdir(p) else os.remove(p)

print("targets:")
missed = 0
def target(ok, text):
    global missed
    missed += not ok
    print(f"  {text}: {'met' if ok else 'MISSED'}")
for msgs, bare, full, pages in rows:
    r = full[0] / bare[0]
    target(r <= 1.5, f"default ≤ 1.5× --no-report, {msgs} messages ({r:.2f}×)")
    biggest = max(pages.values())
    target(biggest <= 5e6, f"conversation page ≤ 5 MB, {msgs} messages ({biggest/1e6:.2f} MB)")
    for label, run in (("--no-report", bare), ("default", full)):
        target(run[1] <= 1024, f"peak RSS ≤ 1 GiB, {msgs} messages, {label} ({run[1]:.0f} MiB)")
sys.exit(1 if missed else 0)
PY
