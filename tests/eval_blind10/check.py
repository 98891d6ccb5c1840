#!/usr/bin/env python3
"""Validate tests/eval_blind10/{messages,labels}.jsonl.

Checks
- message schema: exact key set (internal optional), role/channel values, ids, ISO-8601 with offset;
- timestamps strictly increase (as instants) within each conversation; one channel per conversation;
- exactly one label line per conversation, no label without messages, exact label key set;
- every listed message id exists, belongs to that conversation and is a PUBLIC AGENT message;
- value sanity: progress enum, booleans, turnaround => difficult, backtracking == bool(ids);
- first_response_s and primary_agent_id agree with the definitions in LABELING.md
  (recomputed from the messages, to catch typing mistakes in the hand labels).
Prints positive counts per label. Exit status 1 on any error.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_KEYS = {"conversation_id", "message_id", "timestamp", "role", "author_id", "author_name",
            "channel", "text"}
LIST_FIELDS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
               "encouragement_message_ids", "emotional_care_message_ids"]
BOOL_FIELDS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude", "difficult",
               "turnaround", "customer_did_it"]
LABEL_KEYS = {"conversation_id", "progress", "first_response_s", "primary_agent_id", "notes",
              *BOOL_FIELDS, *LIST_FIELDS}
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


def main():
    msgs = load("messages.jsonl")
    labels = load("labels.jsonl")

    by_conv = collections.OrderedDict()
    by_id = {}
    for m in msgs:
        keys = set(m)
        if not (keys == MSG_KEYS or keys == MSG_KEYS | {"internal"}):
            err(f"{m.get('message_id')}: keys {sorted(keys ^ MSG_KEYS)} differ from the schema")
        if "internal" in m and m["internal"] is not True:
            err(f"{m['message_id']}: 'internal' present but not true")
        if m.get("internal") and m.get("role") != "agent":
            err(f"{m['message_id']}: internal note not from an agent")
        if m.get("role") not in {"customer", "agent", "system"}:
            err(f"{m['message_id']}: bad role {m.get('role')}")
        if m.get("channel") not in {"chat", "email"}:
            err(f"{m['message_id']}: bad channel {m.get('channel')}")
        cid = m.get("conversation_id", "")
        if not re.fullmatch(r"b10-\d{3}", cid):
            err(f"{m.get('message_id')}: bad conversation id {cid}")
        if not re.fullmatch(re.escape(cid) + r"-m\d{2}", m.get("message_id", "")):
            err(f"{m.get('message_id')}: message id does not match conversation {cid}")
        if m.get("message_id") in by_id:
            err(f"duplicate message id {m['message_id']}")
        if not TS_RE.match(m.get("timestamp", "")):
            err(f"{m.get('message_id')}: timestamp {m.get('timestamp')} is not ISO-8601 with offset")
        if not isinstance(m.get("text"), str) or not m["text"].strip():
            err(f"{m.get('message_id')}: empty text")
        by_id[m["message_id"]] = m
        by_conv.setdefault(cid, []).append(m)

    for cid, ms in by_conv.items():
        if len({m["channel"] for m in ms}) != 1:
            err(f"{cid}: mixed channels")
        prev = None
        for m in ms:
            t = dt.datetime.fromisoformat(m["timestamp"])
            if prev is not None and t <= prev:
                err(f"{m['message_id']}: timestamp does not increase ({m['timestamp']})")
            prev = t
        nums = [int(m["message_id"].rsplit("-m", 1)[1]) for m in ms]
        if nums != list(range(1, len(ms) + 1)):
            err(f"{cid}: message ids are not m01..m{len(ms):02d} in order")
        if not any(m["role"] == "customer" for m in ms):
            err(f"{cid}: no customer message")

    seen = collections.Counter(l.get("conversation_id") for l in labels)
    for cid in by_conv:
        if seen[cid] != 1:
            err(f"{cid}: {seen[cid]} label lines (expected exactly 1)")
    for cid in seen:
        if cid not in by_conv:
            err(f"label line for unknown conversation {cid}")

    def public_agent(m):
        return m["role"] == "agent" and not m.get("internal", False)

    for l in labels:
        cid = l.get("conversation_id")
        keys = set(l)
        if keys != LABEL_KEYS:
            err(f"{cid}: label keys differ: missing {sorted(LABEL_KEYS - keys)}, extra {sorted(keys - LABEL_KEYS)}")
            continue
        ms = by_conv.get(cid, [])
        for f in BOOL_FIELDS:
            if not isinstance(l[f], bool):
                err(f"{cid}: {f} is not a boolean")
        if l["progress"] not in PROGRESS:
            err(f"{cid}: bad progress {l['progress']}")
        if l["turnaround"] and not l["difficult"]:
            err(f"{cid}: turnaround without difficult")
        if l["backtracking"] != bool(l["backtracking_message_ids"]):
            err(f"{cid}: backtracking flag disagrees with its id list")
        if not isinstance(l["notes"], str) or not l["notes"].strip():
            err(f"{cid}: empty notes")
        for f in LIST_FIELDS:
            ids = l[f]
            if not isinstance(ids, list) or len(ids) != len(set(ids)):
                err(f"{cid}: {f} must be a list without duplicates")
                continue
            for mid in ids:
                m = by_id.get(mid)
                if m is None:
                    err(f"{cid}: {f} lists unknown id {mid}")
                elif m["conversation_id"] != cid:
                    err(f"{cid}: {f} lists {mid} from another conversation")
                elif not public_agent(m):
                    err(f"{cid}: {f} lists {mid}, which is not a public agent message")

        # first_response_s per LABELING.md
        first_c = next((m for m in ms if m["role"] == "customer"), None)
        exp_frs = None
        if first_c is not None:
            t0 = dt.datetime.fromisoformat(first_c["timestamp"])
            for m in ms:
                if public_agent(m) and dt.datetime.fromisoformat(m["timestamp"]) >= t0:
                    exp_frs = int((dt.datetime.fromisoformat(m["timestamp"]) - t0).total_seconds())
                    break
        if l["first_response_s"] != exp_frs:
            err(f"{cid}: first_response_s {l['first_response_s']} but messages give {exp_frs}")

        # primary_agent_id per LABELING.md
        counts = collections.Counter()
        first_at = {}
        for m in ms:
            if public_agent(m):
                counts[m["author_id"]] += 1
                first_at.setdefault(m["author_id"], dt.datetime.fromisoformat(m["timestamp"]))
        exp_primary = None
        if counts:
            exp_primary = sorted(counts, key=lambda a: (-counts[a], first_at[a]))[0]
        if l["primary_agent_id"] != exp_primary:
            err(f"{cid}: primary_agent_id {l['primary_agent_id']} but messages give {exp_primary}")

    # ---- report
    n = len(labels)
    print(f"conversations: {n}, messages: {len(msgs)}")
    chans = collections.Counter(ms[0]["channel"] for ms in by_conv.values())
    langs = collections.Counter(
        "ja" if any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", m["text"]) for m in ms if m["role"] != "customer")
        else "en" for ms in by_conv.values())
    print(f"channels: {dict(chans)}   languages (by agent/customer text): {dict(langs)}")
    print("positives per label:")
    for f in BOOL_FIELDS:
        print(f"  {f:<22} {sum(1 for l in labels if l.get(f) is True):>3} / {n}")
    prog = collections.Counter(l.get("progress") for l in labels)
    print(f"  progress               {dict(sorted(prog.items()))}")
    for f in LIST_FIELDS:
        convs = sum(1 for l in labels if l.get(f))
        total = sum(len(l.get(f, [])) for l in labels)
        print(f"  {f:<28} {convs:>3} conversations, {total:>3} messages")
    nulls = sum(1 for l in labels if l.get("first_response_s") is None)
    print(f"  first_response_s null: {nulls}; primary_agent_id null: "
          f"{sum(1 for l in labels if l.get('primary_agent_id') is None)}")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
