#!/usr/bin/env python3
"""Validate messages.jsonl / labels.jsonl of eval_blind9 (independent of the generator code).

Checks:
  * message records have exactly the allowed keys and valid values; ids follow b9-NNN / b9-NNN-mNN;
  * timestamps are ISO-8601 with an explicit offset and strictly increase (as absolute instants)
    within each conversation; one channel per conversation; `internal` only true and only on agents;
  * every conversation has exactly one label line and every label line has a conversation;
  * label lines have exactly the expected keys and value types;
  * every listed message id exists, belongs to that conversation and is a PUBLIC AGENT message;
  * backtracking == bool(backtracking_message_ids); turnaround implies difficult;
  * first_response_s and primary_agent_id agree with a recomputation from the messages.
Prints counts of positives per label. Exit status 1 on any error.
"""
import json
import re
import sys
from collections import Counter, OrderedDict, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_KEYS = {"conversation_id", "message_id", "timestamp", "role", "author_id", "author_name", "channel", "text"}
OPT_MSG_KEYS = {"internal"}
LIST_FIELDS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
               "encouragement_message_ids", "emotional_care_message_ids"]
BOOL_FIELDS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude",
               "difficult", "turnaround", "customer_did_it"]
LABEL_KEYS = set(["conversation_id", "progress", "first_response_s", "primary_agent_id", "notes"]
                 + LIST_FIELDS + BOOL_FIELDS)
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d)$")
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(HERE / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


msgs = load("messages.jsonl")
labels = load("labels.jsonl")

by_conv = OrderedDict()
by_id = {}
for m in msgs:
    keys = set(m)
    if not (MSG_KEYS <= keys <= MSG_KEYS | OPT_MSG_KEYS):
        err(f"{m.get('message_id')}: keys {sorted(keys)}")
    cid, mid = m.get("conversation_id", ""), m.get("message_id", "")
    if not re.fullmatch(r"b9-\d{3}", cid):
        err(f"bad conversation_id {cid!r}")
    if not re.fullmatch(re.escape(cid) + r"-m\d{2}", mid):
        err(f"bad message_id {mid!r} for {cid}")
    if mid in by_id:
        err(f"duplicate message_id {mid}")
    by_id[mid] = m
    by_conv.setdefault(cid, []).append(m)
    if m.get("role") not in {"customer", "agent", "system"}:
        err(f"{mid}: role {m.get('role')!r}")
    if m.get("channel") not in {"chat", "email"}:
        err(f"{mid}: channel {m.get('channel')!r}")
    if "internal" in m and (m["internal"] is not True or m.get("role") != "agent"):
        err(f"{mid}: internal must be true and only on agent messages")
    if not TS_RE.match(m.get("timestamp", "")):
        err(f"{mid}: timestamp without offset or malformed: {m.get('timestamp')!r}")
    for k in ("author_id", "author_name", "text"):
        if not isinstance(m.get(k), str) or not m.get(k).strip():
            err(f"{mid}: empty {k}")


def instant(m):
    return datetime.fromisoformat(m["timestamp"])


def public_agent(m):
    return m["role"] == "agent" and not m.get("internal", False)


for cid, ms in by_conv.items():
    if len({m["channel"] for m in ms}) != 1:
        err(f"{cid}: mixed channels")
    for i, m in enumerate(ms, 1):
        if m["message_id"] != f"{cid}-m{i:02d}":
            err(f"{cid}: message {m['message_id']} out of sequence (expected m{i:02d})")
    for a, b in zip(ms, ms[1:]):
        if not instant(b) > instant(a):
            err(f"{cid}: timestamps not increasing at {b['message_id']}")
    if not any(m["role"] == "customer" for m in ms):
        err(f"{cid}: no customer message")

label_by = {}
for lab in labels:
    cid = lab.get("conversation_id")
    if cid in label_by:
        err(f"{cid}: more than one label line")
    label_by[cid] = lab
    if set(lab) != LABEL_KEYS:
        err(f"{cid}: label keys differ: missing {sorted(LABEL_KEYS - set(lab))} extra {sorted(set(lab) - LABEL_KEYS)}")
for cid in by_conv:
    if cid not in label_by:
        err(f"{cid}: no label line")
for cid in label_by:
    if cid not in by_conv:
        err(f"label line for unknown conversation {cid}")

for cid, lab in label_by.items():
    if cid not in by_conv:
        continue
    ms = by_conv[cid]
    for f in BOOL_FIELDS:
        if not isinstance(lab.get(f), bool):
            err(f"{cid}: {f} must be a bool")
    if lab.get("progress") not in PROGRESS:
        err(f"{cid}: progress {lab.get('progress')!r}")
    if not isinstance(lab.get("notes"), str) or not lab["notes"].strip():
        err(f"{cid}: notes missing")
    for f in LIST_FIELDS:
        ids = lab.get(f)
        if not isinstance(ids, list):
            err(f"{cid}: {f} must be a list")
            continue
        if len(ids) != len(set(ids)):
            err(f"{cid}: {f} has duplicates")
        for mid in ids:
            m = by_id.get(mid)
            if m is None:
                err(f"{cid}: {f} lists unknown id {mid}")
            elif m["conversation_id"] != cid:
                err(f"{cid}: {f} lists {mid} from another conversation")
            elif not public_agent(m):
                err(f"{cid}: {f} lists {mid}, which is not a public agent message")
    if lab.get("backtracking") != bool(lab.get("backtracking_message_ids")):
        err(f"{cid}: backtracking flag disagrees with backtracking_message_ids")
    if lab.get("turnaround") and not lab.get("difficult"):
        err(f"{cid}: turnaround without difficult")

    # recompute first_response_s
    first_c = next((instant(m) for m in ms if m["role"] == "customer"), None)
    resp = next((instant(m) for m in ms if public_agent(m) and first_c is not None and instant(m) >= first_c), None)
    frs = None if resp is None else int((resp - first_c).total_seconds())
    if lab.get("first_response_s") != frs:
        err(f"{cid}: first_response_s {lab.get('first_response_s')} != recomputed {frs}")
    # recompute primary_agent_id
    cnt, first = Counter(), {}
    for i, m in enumerate(ms):
        if public_agent(m):
            cnt[m["author_id"]] += 1
            first.setdefault(m["author_id"], i)
    prim = min(cnt, key=lambda a: (-cnt[a], first[a])) if cnt else None
    if lab.get("primary_agent_id") != prim:
        err(f"{cid}: primary_agent_id {lab.get('primary_agent_id')} != recomputed {prim}")

# ------------------------------------------------------------------ report
n = len(by_conv)
lang = {cid: ("ja" if any(JA_RE.search(m["text"]) for m in ms if m["role"] == "customer") else "en")
        for cid, ms in by_conv.items()}
chan = {cid: ms[0]["channel"] for cid, ms in by_conv.items()}
print(f"conversations: {n}   messages: {len(msgs)}   label lines: {len(labels)}")
lc = Counter(lang.values())
print(f"language: en {lc['en']} ({100 * lc['en'] / max(n, 1):.0f}%), ja {lc['ja']} ({100 * lc['ja'] / max(n, 1):.0f}%)")
print("channel: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(chan.values()).items())))
print("roles: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(m['role'] for m in msgs).items()))
      + f", internal notes {sum(1 for m in msgs if m.get('internal'))}")
print()
print(f"{'label':28s} {'all':>5s} {'en':>5s} {'ja':>5s}")
for f in BOOL_FIELDS:
    pos = [c for c, l in label_by.items() if l.get(f) is True]
    print(f"{f:28s} {len(pos):5d} {sum(lang[c] == 'en' for c in pos):5d} {sum(lang[c] == 'ja' for c in pos):5d}")
for f in LIST_FIELDS[1:]:
    pos = [c for c, l in label_by.items() if l.get(f)]
    print(f"{f[:-12] + ' (conv)':28s} {len(pos):5d} {sum(lang[c] == 'en' for c in pos):5d} {sum(lang[c] == 'ja' for c in pos):5d}")
print()
print("message-level positives (ids listed):")
for f in LIST_FIELDS:
    tot = sum(len(l.get(f) or []) for l in label_by.values())
    print(f"  {f:30s} {tot:4d}")
print("progress: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l.get('progress') for l in label_by.values()).items())))
nulls = sum(1 for l in label_by.values() if l.get("first_response_s") is None)
print(f"first_response_s null: {nulls}")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
