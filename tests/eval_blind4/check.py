#!/usr/bin/env python3
"""Validate messages.jsonl and labels.jsonl of eval_blind4 (stdlib only).

Checks: JSON shape and field types, unique ids in the b4-NNN / b4-NNN-mNN scheme, RFC 3339 timestamps
with offsets inside 2026-01-05..2026-11-20 and non-decreasing per conversation, every listed message id
exists and is a public agent message of that conversation, backtracking agrees with its list,
turnaround implies difficult, first_response_s and primary_agent_id recomputed independently
from the messages (LABELING.md definitions) match the labels.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_FIELDS = ["conversation_id", "message_id", "timestamp", "role", "author_id", "author_name",
              "channel", "text", "internal"]
LABEL_FIELDS = ["conversation_id", "backtracking", "backtracking_message_ids", "progress",
                "expectation_set", "overpromise", "closing_gratitude", "first_response_s",
                "primary_agent_id", "difficult", "turnaround", "customer_did_it",
                "step_guidance_message_ids", "vicarious_message_ids",
                "encouragement_message_ids", "emotional_care_message_ids", "notes"]
LISTS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
         "encouragement_message_ids", "emotional_care_message_ids"]
BOOLS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude",
         "difficult", "turnaround", "customer_did_it"]
TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$")
LO = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
HI = dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (name, n))
                continue
            rows.append(json.loads(line))
    return rows


def ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


msgs = load("messages.jsonl")
labels = load("labels.jsonl")

by_conv = defaultdict(list)
seen_mid = set()
for m in msgs:
    if list(m) != MSG_FIELDS:
        err("message fields %s: %s" % (m.get("message_id"), list(m)))
    cid, mid = m["conversation_id"], m["message_id"]
    if not re.fullmatch(r"b4-\d{3}", cid):
        err("bad conversation id %s" % cid)
    if not re.fullmatch(re.escape(cid) + r"-m\d{2}", mid):
        err("bad message id %s" % mid)
    if mid in seen_mid:
        err("duplicate message id %s" % mid)
    seen_mid.add(mid)
    if not TS_RE.match(m["timestamp"]) or ts(m["timestamp"]).tzinfo is None:
        err("bad timestamp %s %s" % (mid, m["timestamp"]))
    elif not (LO <= ts(m["timestamp"]) < HI):
        err("timestamp out of range %s %s" % (mid, m["timestamp"]))
    if m["role"] not in ("customer", "agent", "bot", "system"):
        err("bad role %s" % mid)
    if m["channel"] not in ("chat", "email"):
        err("bad channel %s" % mid)
    if not isinstance(m["internal"], bool):
        err("internal not bool %s" % mid)
    if m["internal"] and m["role"] != "agent":
        err("internal non-agent message %s" % mid)
    if m["role"] == "agent" and not m["author_id"].startswith("ag-"):
        err("agent author id %s" % mid)
    if m["role"] == "customer" and not m["author_id"].startswith("cu-"):
        err("customer author id %s" % mid)
    if not m["text"].strip():
        err("empty text %s" % mid)
    by_conv[cid].append(m)

for cid, rows in by_conv.items():
    nums = [int(r["message_id"].rsplit("-m", 1)[1]) for r in rows]
    if nums != list(range(1, len(rows) + 1)):
        err("%s message numbering not 1..n" % cid)
    times = [ts(r["timestamp"]) for r in rows]
    if any(b < a for a, b in zip(times, times[1:])):
        err("%s timestamps go backwards" % cid)
    if len({r["channel"] for r in rows}) != 1:
        err("%s mixes channels" % cid)


def first_response(rows):
    cust = [ts(r["timestamp"]) for r in rows if r["role"] == "customer"]
    if not cust:
        return None
    c0 = min(cust)
    later = [ts(r["timestamp"]) for r in rows
             if r["role"] == "agent" and r["internal"] is False and ts(r["timestamp"]) >= c0]
    return int((min(later) - c0).total_seconds()) if later else None


def primary(rows):
    cnt, first = Counter(), {}
    for r in rows:
        if r["role"] == "agent" and r["internal"] is False:
            cnt[r["author_id"]] += 1
            t = ts(r["timestamp"])
            first[r["author_id"]] = min(first.get(r["author_id"], t), t)
    if not cnt:
        return None
    best = max(cnt.values())
    tied = [a for a in cnt if cnt[a] == best]
    return min(tied, key=lambda a: first[a])


label_ids = [l["conversation_id"] for l in labels]
if len(label_ids) != len(set(label_ids)):
    err("duplicate label lines")
if set(label_ids) != set(by_conv):
    err("label/message conversation sets differ: %s" % (set(label_ids) ^ set(by_conv)))

for l in labels:
    cid = l["conversation_id"]
    if list(l) != LABEL_FIELDS:
        err("%s label fields %s" % (cid, list(l)))
        continue
    rows = by_conv.get(cid, [])
    public_agent = {r["message_id"] for r in rows if r["role"] == "agent" and not r["internal"]}
    for b in BOOLS:
        if not isinstance(l[b], bool):
            err("%s %s not bool" % (cid, b))
    if l["progress"] not in ("concrete", "vague", "mixed", "none", "n/a"):
        err("%s bad progress" % cid)
    for k in LISTS:
        ids = l[k]
        if not isinstance(ids, list) or len(ids) != len(set(ids)):
            err("%s %s not a list of unique ids" % (cid, k))
            continue
        for mid in ids:
            if mid not in seen_mid:
                err("%s %s: %s does not exist" % (cid, k, mid))
            elif mid not in public_agent:
                err("%s %s: %s is not a public agent message of this conversation" % (cid, k, mid))
    if l["backtracking"] != bool(l["backtracking_message_ids"]):
        err("%s backtracking disagrees with its list" % cid)
    if l["turnaround"] and not l["difficult"]:
        err("%s turnaround without difficult" % cid)
    fr = first_response(rows)
    if l["first_response_s"] != fr:
        err("%s first_response_s %r, recomputed %r" % (cid, l["first_response_s"], fr))
    pa = primary(rows)
    if l["primary_agent_id"] != pa:
        err("%s primary_agent_id %r, recomputed %r" % (cid, l["primary_agent_id"], pa))
    if not isinstance(l["notes"], str) or not l["notes"].strip():
        err("%s notes missing" % cid)

if errors:
    for e in errors:
        print("ERROR", e)
    print("FAILED with %d error(s)" % len(errors))
    sys.exit(1)

n = len(labels)
lang = Counter()
for cid, rows in by_conv.items():
    text = "".join(r["text"] for r in rows if r["role"] == "customer")
    ja = bool(re.search(r"[\u3040-\u30ff]", text))
    lang[("ja" if ja else "en", rows[0]["channel"])] += 1
print("OK: %d conversations, %d messages (%d public agent, %d internal notes)" % (
    n, len(msgs), sum(1 for m in msgs if m["role"] == "agent" and not m["internal"]),
    sum(1 for m in msgs if m["internal"])))
print("  language x channel: " + ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(lang.items())))
print("  positives: " + ", ".join("%s=%d" % (b, sum(l[b] for l in labels)) for b in BOOLS))
print("  progress: " + ", ".join("%s=%d" % kv for kv in sorted(Counter(l["progress"] for l in labels).items())))
print("  message lists (messages / conversations): " + ", ".join(
    "%s=%d/%d" % (k.replace("_message_ids", ""), sum(len(l[k]) for l in labels),
                  sum(1 for l in labels if l[k])) for k in LISTS))
print("  first_response_s null: %d, primary_agent_id null: %d" % (
    sum(l["first_response_s"] is None for l in labels), sum(l["primary_agent_id"] is None for l in labels)))
