#!/usr/bin/env python3
"""Validate messages.jsonl and labels.jsonl of eval_blind5 (stdlib only).

Checks: JSON shape and field types; RFC 3339 timestamps with an explicit offset; unique ids with the
b5-NNN / b5-NNN-mNN pattern; messages of one conversation in time order with one channel; every id in a
label list exists and is a public agent message of that conversation; first_response_s and
primary_agent_id recomputed from the messages as LABELING.md defines them; turnaround implies difficult;
backtracking agrees with its list. Prints OK with counts, or the problems found.
"""
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_FIELDS = ["conversation_id", "message_id", "timestamp", "role", "author_id", "author_name",
              "channel", "text", "internal"]
LABEL_FIELDS = ["conversation_id", "backtracking", "backtracking_message_ids", "progress",
                "expectation_set", "overpromise", "closing_gratitude", "first_response_s",
                "primary_agent_id", "difficult", "turnaround", "customer_did_it",
                "step_guidance_message_ids", "vicarious_message_ids", "encouragement_message_ids",
                "emotional_care_message_ids", "notes"]
LISTS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
         "encouragement_message_ids", "emotional_care_message_ids"]
BOOLS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude", "difficult",
         "turnaround", "customer_did_it"]
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            rows.append(json.loads(line))
    return rows


msgs = load("messages.jsonl")
labels = load("labels.jsonl")

by_conv = {}
seen_mid = set()
for m in msgs:
    if list(m.keys()) != MSG_FIELDS:
        err(f"{m.get('message_id')}: fields {list(m.keys())}")
    mid, cid = m["message_id"], m["conversation_id"]
    if not re.fullmatch(r"b5-\d{3}", cid):
        err(f"bad conversation id {cid}")
    if not re.fullmatch(re.escape(cid) + r"-m\d{2}", mid):
        err(f"bad message id {mid}")
    if mid in seen_mid:
        err(f"duplicate message id {mid}")
    seen_mid.add(mid)
    if not TS_RE.match(m["timestamp"]):
        err(f"{mid}: timestamp without offset {m['timestamp']}")
    ts = datetime.fromisoformat(m["timestamp"])
    if not (datetime.fromisoformat("2026-01-05T00:00:00+14:00") <= ts <= datetime.fromisoformat("2026-11-20T23:59:59-12:00")):
        err(f"{mid}: timestamp outside 2026-01-05..2026-11-20")
    if m["role"] not in ("customer", "agent", "bot", "system"):
        err(f"{mid}: role {m['role']}")
    if m["channel"] not in ("chat", "email"):
        err(f"{mid}: channel {m['channel']}")
    if not isinstance(m["internal"], bool):
        err(f"{mid}: internal not bool")
    if m["internal"] and m["role"] != "agent":
        err(f"{mid}: internal note not by an agent")
    if m["role"] == "agent" and not m["author_id"].startswith("ag-"):
        err(f"{mid}: agent id {m['author_id']}")
    if m["role"] == "customer" and not m["author_id"].startswith("cu-"):
        err(f"{mid}: customer id {m['author_id']}")
    if not isinstance(m["text"], str) or not m["text"].strip():
        err(f"{mid}: empty text")
    by_conv.setdefault(cid, []).append(m)

for cid, ms in by_conv.items():
    times = [datetime.fromisoformat(m["timestamp"]) for m in ms]
    if times != sorted(times):
        err(f"{cid}: messages not in time order")
    if len({m["channel"] for m in ms}) != 1:
        err(f"{cid}: mixed channels")
    expect = [f"{cid}-m{i:02d}" for i in range(1, len(ms) + 1)]
    if [m["message_id"] for m in ms] != expect:
        err(f"{cid}: message ids not consecutive")


def first_response_s(ms):
    cust = [datetime.fromisoformat(m["timestamp"]) for m in ms if m["role"] == "customer"]
    if not cust:
        return None
    t0 = min(cust)
    rs = [datetime.fromisoformat(m["timestamp"]) for m in ms
          if m["role"] == "agent" and m["internal"] is False
          and datetime.fromisoformat(m["timestamp"]) >= t0]
    return int((min(rs) - t0).total_seconds()) if rs else None


def primary_agent_id(ms):
    stats = {}
    for m in ms:
        if m["role"] == "agent" and m["internal"] is False:
            ts = datetime.fromisoformat(m["timestamp"])
            n, first = stats.get(m["author_id"], (0, ts))
            stats[m["author_id"]] = (n + 1, min(first, ts))
    if not stats:
        return None
    best = max(stats.items(), key=lambda kv: (kv[1][0], -kv[1][1].timestamp()))
    return best[0]


label_ids = set()
counts = {k: 0 for k in BOOLS + LISTS}
progress_counts = {}
for lab in labels:
    cid = lab.get("conversation_id")
    if list(lab.keys()) != LABEL_FIELDS:
        err(f"{cid}: label fields {list(lab.keys())}")
        continue
    if cid in label_ids:
        err(f"{cid}: duplicate label line")
    label_ids.add(cid)
    if cid not in by_conv:
        err(f"{cid}: labels without messages")
        continue
    ms = by_conv[cid]
    public_agent = {m["message_id"] for m in ms if m["role"] == "agent" and m["internal"] is False}
    for k in BOOLS:
        if not isinstance(lab[k], bool):
            err(f"{cid}: {k} not bool")
        elif lab[k]:
            counts[k] += 1
    for k in LISTS:
        if not isinstance(lab[k], list):
            err(f"{cid}: {k} not a list")
            continue
        if len(set(lab[k])) != len(lab[k]):
            err(f"{cid}: {k} has duplicates")
        for mid in lab[k]:
            if mid not in public_agent:
                err(f"{cid}: {k} contains {mid}, not a public agent message of {cid}")
        if lab[k]:
            counts[k] += 1
    if lab["backtracking"] != bool(lab["backtracking_message_ids"]):
        err(f"{cid}: backtracking disagrees with its list")
    if lab["turnaround"] and not lab["difficult"]:
        err(f"{cid}: turnaround without difficult")
    if lab["progress"] not in ("concrete", "vague", "mixed", "none", "n/a"):
        err(f"{cid}: progress {lab['progress']}")
    progress_counts[lab["progress"]] = progress_counts.get(lab["progress"], 0) + 1
    fr = first_response_s(ms)
    if lab["first_response_s"] != fr:
        err(f"{cid}: first_response_s {lab['first_response_s']} != recomputed {fr}")
    pa = primary_agent_id(ms)
    if lab["primary_agent_id"] != pa:
        err(f"{cid}: primary_agent_id {lab['primary_agent_id']} != recomputed {pa}")
    if not isinstance(lab["notes"], str) or not lab["notes"].strip():
        err(f"{cid}: empty notes")

for cid in by_conv:
    if cid not in label_ids:
        err(f"{cid}: messages without labels")

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)

n = len(labels)
print(f"OK: {n} conversations, {len(msgs)} messages")
chan = {}
for cid, ms in by_conv.items():
    chan[ms[0]["channel"]] = chan.get(ms[0]["channel"], 0) + 1
print("  channels: " + ", ".join(f"{k} {v}" for k, v in sorted(chan.items())))
for k in BOOLS:
    print(f"  {k}: {counts[k]}/{n}")
for k in LISTS:
    print(f"  {k} non-empty: {counts[k]}/{n}")
print("  progress: " + ", ".join(f"{k} {v}" for k, v in sorted(progress_counts.items())))
