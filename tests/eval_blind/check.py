#!/usr/bin/env python3
"""Validate the blind evaluation set (stdlib only).

Usage: python3 check.py [DIR]   (DIR defaults to the folder of this script)

Checks
- every line of messages.jsonl / labels.jsonl parses as a JSON object;
- keys are exactly the documented ones ("internal" optional, only as true on agent messages);
- field values have the documented types / enums; timestamps are RFC 3339 with an offset;
- message ids are unique and prefixed by their conversation id; messages of a
  conversation are contiguous and in time order (absolute instants);
- one label line per conversation and vice versa;
- every backtracking_message_ids entry is a public (non-internal) agent message
  of that conversation; backtracking == (len(ids) > 0);
- turnaround implies difficult;
- first_response_s and primary_agent_id recomputed from the messages per LABELING.md
  (first public agent message at/after the first customer message, absolute instants;
  bot, system and internal messages excluded; primary = most public agent messages,
  tie -> earliest first public message) must equal the labels.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict
from datetime import datetime

MSG_KEYS = {"conversation_id", "message_id", "timestamp", "role", "author_id",
            "author_name", "channel", "text"}
MSG_OPTIONAL = {"internal"}
LABEL_KEYS = {"conversation_id", "backtracking", "backtracking_message_ids", "progress",
              "expectation_set", "overpromise", "closing_gratitude", "first_response_s",
              "primary_agent_id", "difficult", "turnaround", "customer_did_it", "notes"}
ROLES = {"customer", "agent", "bot", "system"}
CHANNELS = {"chat", "email"}
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
BOOL_LABELS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude",
               "difficult", "turnaround", "customer_did_it"]
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ROLE_PREFIX = {"customer": "cus-", "agent": "agt-", "bot": "bot-"}

errors = []


def err(msg):
    errors.append(msg)


def parse_ts(s):
    if not isinstance(s, str) or not RFC3339.match(s):
        return None
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: JSON error: {e}")
                continue
            if not isinstance(obj, dict):
                err(f"{os.path.basename(path)}:{n}: not an object")
                continue
            rows.append((n, obj))
    return rows


def is_public_agent(m):
    return m.get("role") == "agent" and m.get("internal") is not True


def expected_first_response(msgs):
    cust = [m for m in msgs if m["role"] == "customer"]
    if not cust:
        return None
    t0 = min(m["_t"] for m in cust)
    later = [m["_t"] for m in msgs if is_public_agent(m) and m["_t"] >= t0]
    if not later:
        return None
    return int((min(later) - t0).total_seconds())


def expected_primary(msgs):
    count = Counter()
    first = {}
    for m in msgs:
        if is_public_agent(m):
            a = m["author_id"]
            count[a] += 1
            if a not in first or m["_t"] < first[a]:
                first[a] = m["_t"]
    if not count:
        return None
    return sorted(count, key=lambda a: (-count[a], first[a]))[0]


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    mrows = load_jsonl(os.path.join(d, "messages.jsonl"))
    lrows = load_jsonl(os.path.join(d, "labels.jsonl"))

    convs = OrderedDict()
    seen_ids = set()
    closed = set()
    prev_cid = None
    for n, m in mrows:
        where = f"messages.jsonl:{n}"
        keys = set(m)
        if not (MSG_KEYS <= keys and keys - MSG_KEYS <= MSG_OPTIONAL):
            err(f"{where}: keys {sorted(keys)} (missing {sorted(MSG_KEYS - keys)}, extra {sorted(keys - MSG_KEYS - MSG_OPTIONAL)})")
            continue
        for k in MSG_KEYS:
            if not isinstance(m[k], str) or (k != "text" and not m[k]):
                err(f"{where}: {k} must be a non-empty string")
        if not m["text"].strip():
            err(f"{where}: empty text")
        if m["role"] not in ROLES:
            err(f"{where}: bad role {m['role']!r}")
        if m["channel"] not in CHANNELS:
            err(f"{where}: bad channel {m['channel']!r}")
        pre = ROLE_PREFIX.get(m["role"])
        if pre and not m["author_id"].startswith(pre):
            err(f"{where}: author_id {m['author_id']} does not match role {m['role']}")
        if "internal" in m:
            if m["internal"] is not True:
                err(f"{where}: 'internal' present but not true")
            if m["role"] != "agent":
                err(f"{where}: internal note on a non-agent message")
        t = parse_ts(m["timestamp"])
        if t is None:
            err(f"{where}: timestamp not RFC 3339 with offset: {m['timestamp']!r}")
            continue
        m["_t"] = t
        cid, mid = m["conversation_id"], m["message_id"]
        if mid in seen_ids:
            err(f"{where}: duplicate message_id {mid}")
        seen_ids.add(mid)
        if not mid.startswith(cid + "-"):
            err(f"{where}: message_id {mid} not prefixed by {cid}")
        if cid != prev_cid:
            if cid in closed:
                err(f"{where}: messages of {cid} are not contiguous")
            if prev_cid is not None:
                closed.add(prev_cid)
            prev_cid = cid
        convs.setdefault(cid, []).append(m)

    for cid, msgs in convs.items():
        for a, b in zip(msgs, msgs[1:]):
            if b["_t"] < a["_t"]:
                err(f"{cid}: {b['message_id']} earlier than {a['message_id']}")
        chans = {m["channel"] for m in msgs}
        if len(chans) != 1:
            err(f"{cid}: mixed channels {sorted(chans)}")

    labels = OrderedDict()
    for n, lab in lrows:
        where = f"labels.jsonl:{n}"
        if set(lab) != LABEL_KEYS:
            err(f"{where}: keys differ (missing {sorted(LABEL_KEYS - set(lab))}, extra {sorted(set(lab) - LABEL_KEYS)})")
            continue
        cid = lab["conversation_id"]
        if cid in labels:
            err(f"{where}: duplicate label line for {cid}")
        labels[cid] = lab
        for k in BOOL_LABELS:
            if not isinstance(lab[k], bool):
                err(f"{cid}: {k} must be bool")
        if lab["progress"] not in PROGRESS:
            err(f"{cid}: bad progress {lab['progress']!r}")
        if not isinstance(lab["backtracking_message_ids"], list):
            err(f"{cid}: backtracking_message_ids must be a list")
            continue
        frs = lab["first_response_s"]
        if frs is not None and (isinstance(frs, bool) or not isinstance(frs, int) or frs < 0):
            err(f"{cid}: first_response_s must be a non-negative int or null")
        if lab["primary_agent_id"] is not None and not isinstance(lab["primary_agent_id"], str):
            err(f"{cid}: primary_agent_id must be string or null")
        if not isinstance(lab["notes"], str):
            err(f"{cid}: notes must be a string")

    for cid in convs:
        if cid not in labels:
            err(f"{cid}: no label line")
    for cid, lab in labels.items():
        msgs = convs.get(cid)
        if msgs is None:
            err(f"{cid}: label line without messages")
            continue
        if not isinstance(lab.get("backtracking_message_ids"), list):
            continue
        by_id = {m["message_id"]: m for m in msgs}
        ids = lab["backtracking_message_ids"]
        if len(set(ids)) != len(ids):
            err(f"{cid}: duplicate backtracking ids")
        for mid in ids:
            m = by_id.get(mid)
            if m is None:
                err(f"{cid}: backtracking id {mid} is not a message of this conversation")
            elif not is_public_agent(m):
                err(f"{cid}: backtracking id {mid} is not a public agent message (role={m['role']}, internal={m.get('internal', False)})")
        if lab["backtracking"] != (len(ids) > 0):
            err(f"{cid}: backtracking={lab['backtracking']} but {len(ids)} ids")
        if lab["turnaround"] is True and lab["difficult"] is not True:
            err(f"{cid}: turnaround without difficult")
        if any("_t" not in m for m in msgs):
            continue
        efr = expected_first_response(msgs)
        if lab["first_response_s"] != efr:
            err(f"{cid}: first_response_s label {lab['first_response_s']} != recomputed {efr}")
        epa = expected_primary(msgs)
        if lab["primary_agent_id"] != epa:
            err(f"{cid}: primary_agent_id label {lab['primary_agent_id']} != recomputed {epa}")

    # summary
    nconv, nmsg = len(convs), sum(len(v) for v in convs.values())
    print(f"conversations: {nconv}  messages: {nmsg}  label lines: {len(labels)}")
    ch = Counter(v[0]["channel"] for v in convs.values())
    print("channels:", dict(ch))
    if labels:
        print("positives:", {k: sum(1 for l in labels.values() if l.get(k) is True) for k in BOOL_LABELS})
        print("progress:", dict(Counter(l.get("progress") for l in labels.values())))
        print("first_response_s null:", sum(1 for l in labels.values() if l.get("first_response_s") is None),
              " primary_agent_id null:", sum(1 for l in labels.values() if l.get("primary_agent_id") is None))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
