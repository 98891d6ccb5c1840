#!/usr/bin/env python3
"""Validate eval_blind8: messages.jsonl <-> labels.jsonl consistency.

Checks
- every conversation has exactly one label line and every label line a conversation;
- message records: required keys, roles, ids, channels, "internal" only on agent messages;
- timestamps parse (ISO-8601 with offset), fall in 2026-08..2026-11 and strictly increase
  (as absolute instants) within a conversation;
- every id in a *_message_ids list exists in that conversation and is a PUBLIC agent
  message (role == "agent" and not internal), as LABELING.md requires;
- first_response_s equals the first public agent message at/after the first customer
  message minus that customer message, in whole seconds (null if none);
- primary_agent_id equals the agent with most public messages (tie: earliest first message);
- field set and value types; backtracking == bool(backtracking_message_ids);
  turnaround implies difficult.
Exit status 1 on any failure.
"""
import json
import re
import sys
from collections import OrderedDict, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ERRORS = []


def err(msg):
    ERRORS.append(msg)


LABEL_FIELDS = [
    "conversation_id", "backtracking", "backtracking_message_ids", "progress",
    "expectation_set", "overpromise", "closing_gratitude", "first_response_s",
    "primary_agent_id", "difficult", "turnaround", "customer_did_it",
    "step_guidance_message_ids", "vicarious_message_ids",
    "encouragement_message_ids", "emotional_care_message_ids", "notes",
]
LIST_FIELDS = [f for f in LABEL_FIELDS if f.endswith("_message_ids")]
BOOL_FIELDS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude",
               "difficult", "turnaround", "customer_did_it"]
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
ROLES = {"customer", "agent", "bot"}
MSG_KEYS = {"conversation_id", "message_id", "timestamp", "role", "author_id", "channel", "text"}
OPT_KEYS = {"author_name", "internal"}


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path.name}:{n}: blank line")
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path.name}:{n}: bad JSON: {e}")
    return out


def is_public_agent(m):
    return m["role"] == "agent" and not m.get("internal", False)


def main():
    msgs = load_jsonl(HERE / "messages.jsonl")
    labels = load_jsonl(HERE / "labels.jsonl")

    convs = OrderedDict()
    seen_ids = set()
    for m in msgs:
        keys = set(m)
        if not MSG_KEYS <= keys:
            err(f"{m.get('message_id')}: missing keys {MSG_KEYS - keys}")
            continue
        if keys - MSG_KEYS - OPT_KEYS:
            err(f"{m['message_id']}: unexpected keys {keys - MSG_KEYS - OPT_KEYS}")
        cid, mid = m["conversation_id"], m["message_id"]
        if not re.fullmatch(r"b8-\d{3}", cid):
            err(f"{cid}: bad conversation id")
        if not re.fullmatch(re.escape(cid) + r"-m\d{2}", mid):
            err(f"{mid}: bad message id for {cid}")
        if mid in seen_ids:
            err(f"{mid}: duplicate message id")
        seen_ids.add(mid)
        if m["role"] not in ROLES:
            err(f"{mid}: bad role {m['role']}")
        if m["channel"] not in ("chat", "email"):
            err(f"{mid}: bad channel {m['channel']}")
        if "internal" in m and (m["internal"] is not True or m["role"] != "agent"):
            err(f"{mid}: 'internal' must be true and only on agent messages")
        if m["role"] == "agent" and not m["author_id"].startswith("ag-"):
            err(f"{mid}: agent author_id should start with ag-")
        if m["role"] == "customer" and not m["author_id"].startswith("cu-"):
            err(f"{mid}: customer author_id should start with cu-")
        if not isinstance(m["text"], str) or not m["text"].strip():
            err(f"{mid}: empty text")
        try:
            ts = datetime.fromisoformat(m["timestamp"])
            if ts.tzinfo is None:
                err(f"{mid}: timestamp without offset")
            elif not ("2026-08" <= m["timestamp"][:7] <= "2026-11"):
                err(f"{mid}: timestamp outside 2026-08..2026-11")
            m["_ts"] = ts
        except ValueError:
            err(f"{mid}: unparsable timestamp {m['timestamp']!r}")
            m["_ts"] = None
        convs.setdefault(cid, []).append(m)

    for cid, ms in convs.items():
        chans = {m["channel"] for m in ms}
        if len(chans) != 1:
            err(f"{cid}: mixed channels {chans}")
        for i, m in enumerate(ms, 1):
            if m["message_id"] != f"{cid}-m{i:02d}":
                err(f"{m['message_id']}: expected {cid}-m{i:02d} (order/numbering)")
        for a, b in zip(ms, ms[1:]):
            if a["_ts"] and b["_ts"] and not b["_ts"] > a["_ts"]:
                err(f"{b['message_id']}: timestamp not after {a['message_id']}")

    label_by = {}
    for L in labels:
        cid = L.get("conversation_id")
        if cid in label_by:
            err(f"{cid}: duplicate label line")
        label_by[cid] = L
    for cid in convs:
        if cid not in label_by:
            err(f"{cid}: no label line")
    for cid in label_by:
        if cid not in convs:
            err(f"{cid}: label line without messages")

    for cid, L in label_by.items():
        if cid not in convs:
            continue
        ms = convs[cid]
        if set(L) != set(LABEL_FIELDS):
            err(f"{cid}: fields differ: missing {set(LABEL_FIELDS) - set(L)}, extra {set(L) - set(LABEL_FIELDS)}")
            continue
        for f in BOOL_FIELDS:
            if not isinstance(L[f], bool):
                err(f"{cid}: {f} must be bool")
        if L["progress"] not in PROGRESS:
            err(f"{cid}: bad progress {L['progress']!r}")
        if not isinstance(L["notes"], str) or not L["notes"].strip():
            err(f"{cid}: notes missing")
        by_id = {m["message_id"]: m for m in ms}
        for f in LIST_FIELDS:
            ids = L[f]
            if not isinstance(ids, list):
                err(f"{cid}: {f} must be a list")
                continue
            if len(ids) != len(set(ids)):
                err(f"{cid}: {f} has duplicates")
            if ids != sorted(ids):
                err(f"{cid}: {f} not in message order")
            for x in ids:
                m = by_id.get(x)
                if m is None:
                    err(f"{cid}: {f} lists unknown id {x}")
                elif not is_public_agent(m):
                    err(f"{cid}: {f} lists {x} which is not a public agent message "
                        f"(role={m['role']}, internal={m.get('internal', False)})")
        if L["backtracking"] != bool(L["backtracking_message_ids"]):
            err(f"{cid}: backtracking flag disagrees with its id list")
        if L["turnaround"] and not L["difficult"]:
            err(f"{cid}: turnaround true but difficult false")

        # first_response_s
        cust = [m for m in ms if m["role"] == "customer"]
        exp_first = None
        if cust and cust[0]["_ts"]:
            t0 = cust[0]["_ts"]
            after = [m for m in ms if is_public_agent(m) and m["_ts"] and m["_ts"] >= t0]
            if after:
                exp_first = int((after[0]["_ts"] - t0).total_seconds())
        if L["first_response_s"] != exp_first:
            err(f"{cid}: first_response_s {L['first_response_s']} != computed {exp_first}")

        # primary_agent_id
        count, first_at = defaultdict(int), {}
        for m in ms:
            if is_public_agent(m):
                count[m["author_id"]] += 1
                first_at.setdefault(m["author_id"], m["_ts"])
        exp_primary = None
        if count:
            exp_primary = sorted(count, key=lambda a: (-count[a], first_at[a]))[0]
        if L["primary_agent_id"] != exp_primary:
            err(f"{cid}: primary_agent_id {L['primary_agent_id']} != computed {exp_primary}")
        if L["closing_gratitude"] and not count:
            err(f"{cid}: closing_gratitude without any public agent message")

    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        print(f"{len(ERRORS)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(convs)} conversations, {len(msgs)} messages, {len(label_by)} label lines")


if __name__ == "__main__":
    main()
