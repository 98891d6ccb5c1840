#!/usr/bin/env python3
"""Validates messages.jsonl / labels.jsonl of eval_blind6 against the rules of LABELING.md.

Checks
  * every conversation has exactly one label line and vice versa;
  * every label field is present with the right type / value set;
  * every message id referenced by a label list exists in that conversation and is a public agent
    message (role "agent", no "internal": true), as LABELING.md requires for all lists;
  * backtracking == bool(backtracking_message_ids); turnaround implies difficult;
  * timestamps are ISO-8601 with a UTC offset, dated 2026-10 or 2026-11, and strictly increasing
    (as absolute instants) within a conversation;
  * first_response_s equals (first public agent message at/after the first customer message) minus
    (first customer message), in whole seconds, bots/system/internal excluded; null if none;
  * primary_agent_id equals the agent with the most public messages (tie: earliest first message).
Exit status 0 when everything passes.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_FIELDS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
               "encouragement_message_ids", "emotional_care_message_ids"]
BOOL_FIELDS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude", "difficult",
               "turnaround", "customer_did_it"]
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
ROLES = {"customer", "agent", "bot", "system"}
CHANNELS = {"chat", "email"}

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


def parse_ts(s, where):
    try:
        dt = datetime.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: timestamp does not parse: {s!r}")
        return None
    if dt.tzinfo is None:
        err(f"{where}: timestamp has no UTC offset: {s!r}")
        return None
    if not (dt.year == 2026 and dt.month in (10, 11)):
        err(f"{where}: date outside 2026-10/2026-11: {s!r}")
    return dt


def main():
    msgs = load("messages.jsonl")
    labels = load("labels.jsonl")

    convs = defaultdict(list)
    seen_mid = set()
    for m in msgs:
        for k in ("conversation_id", "message_id", "channel", "role", "author_id", "timestamp", "text"):
            if k not in m:
                err(f"message {m.get('message_id')}: missing field {k}")
        cid, mid = m.get("conversation_id"), m.get("message_id")
        if not re.fullmatch(r"b6-\d{3}", cid or ""):
            err(f"{mid}: bad conversation id {cid!r}")
        if not re.fullmatch(re.escape(cid or "") + r"-m\d{2}", mid or ""):
            err(f"{mid}: message id does not match conversation {cid}")
        if mid in seen_mid:
            err(f"{mid}: duplicate message id")
        seen_mid.add(mid)
        if m.get("role") not in ROLES:
            err(f"{mid}: bad role {m.get('role')!r}")
        if m.get("channel") not in CHANNELS:
            err(f"{mid}: bad channel {m.get('channel')!r}")
        if "internal" in m and m["internal"] is not True:
            err(f"{mid}: 'internal' present but not true")
        if not str(m.get("text", "")).strip():
            err(f"{mid}: empty text")
        convs[cid].append(m)

    lab_by = {}
    for lab in labels:
        cid = lab.get("conversation_id")
        if cid in lab_by:
            err(f"{cid}: more than one label line")
        lab_by[cid] = lab
    for cid in convs:
        if cid not in lab_by:
            err(f"{cid}: no label line")
    for cid in lab_by:
        if cid not in convs:
            err(f"{cid}: label line without messages")

    for cid, ms in sorted(convs.items()):
        # channel constant, ids sequential
        if len({m["channel"] for m in ms}) != 1:
            err(f"{cid}: channel changes inside the conversation")
        for i, m in enumerate(ms, 1):
            if m["message_id"] != f"{cid}-m{i:02d}":
                err(f"{cid}: message ids not sequential at {m['message_id']}")
        # timestamps
        prev = None
        for m in ms:
            dt = parse_ts(m["timestamp"], m["message_id"])
            m["_dt"] = dt
            if dt is not None and prev is not None and not dt > prev:
                err(f"{m['message_id']}: timestamp {m['timestamp']} not after previous message")
            if dt is not None:
                prev = dt
        if not any(m["role"] == "customer" for m in ms):
            err(f"{cid}: no customer message")

        lab = lab_by.get(cid)
        if lab is None:
            continue
        for k in BOOL_FIELDS:
            if not isinstance(lab.get(k), bool):
                err(f"{cid}: {k} must be a boolean, got {lab.get(k)!r}")
        for k in LIST_FIELDS:
            if not isinstance(lab.get(k), list):
                err(f"{cid}: {k} must be a list")
        if lab.get("progress") not in PROGRESS:
            err(f"{cid}: bad progress {lab.get('progress')!r}")
        if not isinstance(lab.get("notes"), str) or not lab["notes"].strip():
            err(f"{cid}: notes missing")
        if lab.get("turnaround") and not lab.get("difficult"):
            err(f"{cid}: turnaround true but difficult false")
        if lab.get("backtracking") != bool(lab.get("backtracking_message_ids")):
            err(f"{cid}: backtracking disagrees with backtracking_message_ids")

        by_id = {m["message_id"]: m for m in ms}
        for k in LIST_FIELDS:
            ids = lab.get(k) or []
            if len(ids) != len(set(ids)):
                err(f"{cid}: {k} has duplicates")
            for mid in ids:
                m = by_id.get(mid)
                if m is None:
                    err(f"{cid}: {k} references unknown message {mid}")
                elif m["role"] != "agent" or m.get("internal"):
                    err(f"{cid}: {k} references {mid}, which is not a public agent message")

        # first_response_s
        pub = [m for m in ms if m["role"] == "agent" and not m.get("internal") and m["_dt"]]
        cust = [m for m in ms if m["role"] == "customer" and m["_dt"]]
        expect = None
        if cust:
            fc = min(m["_dt"] for m in cust)
            after = [m["_dt"] for m in pub if m["_dt"] >= fc]
            if after:
                expect = int((min(after) - fc).total_seconds())
        if lab.get("first_response_s") != expect:
            err(f"{cid}: first_response_s {lab.get('first_response_s')} != computed {expect}")

        # primary_agent_id
        cnt = Counter(m["author_id"] for m in pub)
        first_at = {}
        for m in sorted(pub, key=lambda m: m["_dt"]):
            first_at.setdefault(m["author_id"], m["_dt"])
        prim = min(cnt, key=lambda a: (-cnt[a], first_at[a])) if cnt else None
        if lab.get("primary_agent_id") != prim:
            err(f"{cid}: primary_agent_id {lab.get('primary_agent_id')} != computed {prim}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    n = len(convs)
    print(f"OK: {n} conversations, {len(msgs)} messages, {len(labels)} label lines")
    for k in ("difficult", "turnaround", "customer_did_it"):
        print(f"  {k}: {sum(1 for l in labels if l[k])}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
