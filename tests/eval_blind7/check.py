#!/usr/bin/env python3
"""Validate messages.jsonl / labels.jsonl of eval_blind7 against the LABELING.md mechanics.

Checks:
  * message records: required keys, role values, unique ids, id format, channel, internal flag
  * one label line per conversation and vice versa, every label field present and typed
  * every message id in a label list exists in that conversation and is a PUBLIC AGENT message
    (role == "agent", not internal), as LABELING.md requires for all lists
  * backtracking == bool(backtracking_message_ids); turnaround implies difficult
  * timestamps parse (ISO-8601 with offset), lie in 2026-09..2026-11 and strictly increase
    within a conversation (compared as absolute instants)
  * first_response_s == first public agent message at/after the first customer message minus the
    first customer message, in whole seconds (null if none)
  * primary_agent_id == agent with most public messages, ties -> earliest first public message
Exit status 1 on any error. Prints per-label counts on success.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_FIELDS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
               "encouragement_message_ids", "emotional_care_message_ids"]
BOOL_FIELDS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude",
               "difficult", "turnaround", "customer_did_it"]
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
ROLES = {"customer", "agent", "bot"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d empty line" % (name, i))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad JSON: %s" % (name, i, e))
    return rows


def parse_ts(s):
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$", s):
        raise ValueError("not ISO-8601 with offset: %r" % s)
    t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    if t.tzinfo is None:
        raise ValueError("no offset: %r" % s)
    return t


def is_public_agent(m):
    return m["role"] == "agent" and not m.get("internal", False)


def main():
    msgs = load("messages.jsonl")
    labels = load("labels.jsonl")

    convs = collections.OrderedDict()
    seen_ids = set()
    for m in msgs:
        for k in ("conversation_id", "message_id", "timestamp", "role", "author_id", "channel", "text"):
            if k not in m:
                err("message %s missing %s" % (m.get("message_id"), k))
        mid, cid = m.get("message_id"), m.get("conversation_id")
        if mid in seen_ids:
            err("duplicate message_id %s" % mid)
        seen_ids.add(mid)
        if not re.match(r"^b7-\d{3}$", cid or ""):
            err("bad conversation_id %r" % cid)
        if not (mid or "").startswith(cid + "-m"):
            err("message_id %s does not belong to %s" % (mid, cid))
        if m.get("role") not in ROLES:
            err("%s: bad role %r" % (mid, m.get("role")))
        if m.get("channel") not in ("chat", "email"):
            err("%s: bad channel %r" % (mid, m.get("channel")))
        if "internal" in m and (m["internal"] is not True or m["role"] != "agent"):
            err("%s: internal must be true and only on agent messages" % mid)
        a = m.get("author_id", "")
        if m.get("role") == "agent" and not a.startswith("ag-"):
            err("%s: agent author_id %r" % (mid, a))
        if m.get("role") == "customer" and not a.startswith("cu-"):
            err("%s: customer author_id %r" % (mid, a))
        if not (m.get("text") or "").strip():
            err("%s: empty text" % mid)
        try:
            m["_t"] = parse_ts(m["timestamp"])
            local_month = m["timestamp"][:7]
            if local_month not in ("2026-09", "2026-10", "2026-11"):
                err("%s: date outside 2026-09..2026-11" % mid)
        except Exception as e:  # noqa: BLE001
            err("%s: %s" % (mid, e))
            m["_t"] = None
        convs.setdefault(cid, []).append(m)

    # per-conversation structure
    for cid, ms in convs.items():
        chans = {m["channel"] for m in ms}
        if len(chans) != 1:
            err("%s: mixed channels %s" % (cid, chans))
        for i, m in enumerate(ms, 1):
            if m["message_id"] != "%s-m%02d" % (cid, i):
                err("%s: message ids not sequential at %s" % (cid, m["message_id"]))
        for a, b in zip(ms, ms[1:]):
            if a["_t"] and b["_t"] and not b["_t"] > a["_t"]:
                err("%s: timestamp does not increase %s -> %s" % (cid, a["message_id"], b["message_id"]))
        if not any(m["role"] == "customer" for m in ms):
            err("%s: no customer message" % cid)

    # labels
    lab_by = {}
    for l in labels:
        cid = l.get("conversation_id")
        if cid in lab_by:
            err("duplicate label line for %s" % cid)
        lab_by[cid] = l
    for cid in convs:
        if cid not in lab_by:
            err("conversation %s has no label line" % cid)
    for cid in lab_by:
        if cid not in convs:
            err("label line %s has no conversation" % cid)

    for cid, l in lab_by.items():
        if cid not in convs:
            continue
        ms = convs[cid]
        by_id = {m["message_id"]: m for m in ms}
        for f in BOOL_FIELDS:
            if not isinstance(l.get(f), bool):
                err("%s: %s must be bool" % (cid, f))
        for f in LIST_FIELDS:
            v = l.get(f)
            if not isinstance(v, list):
                err("%s: %s must be a list" % (cid, f))
                continue
            if len(v) != len(set(v)):
                err("%s: %s has duplicates" % (cid, f))
            for mid in v:
                m = by_id.get(mid)
                if m is None:
                    err("%s: %s lists unknown id %s" % (cid, f, mid))
                elif not is_public_agent(m):
                    err("%s: %s lists %s which is not a public agent message" % (cid, f, mid))
        if l.get("progress") not in PROGRESS:
            err("%s: bad progress %r" % (cid, l.get("progress")))
        if not isinstance(l.get("notes"), str) or not l["notes"].strip():
            err("%s: notes missing" % cid)
        if l.get("backtracking") != bool(l.get("backtracking_message_ids")):
            err("%s: backtracking disagrees with backtracking_message_ids" % cid)
        if l.get("turnaround") and not l.get("difficult"):
            err("%s: turnaround without difficult" % cid)

        # first_response_s
        cust = [m for m in ms if m["role"] == "customer"]
        exp_frs = None
        if cust:
            t0 = cust[0]["_t"]
            later = [m for m in ms if is_public_agent(m) and m["_t"] >= t0]
            if later:
                exp_frs = int((later[0]["_t"] - t0).total_seconds())
        if l.get("first_response_s") != exp_frs:
            err("%s: first_response_s %r, timestamps give %r" % (cid, l.get("first_response_s"), exp_frs))

        # primary_agent_id
        counts, first = collections.Counter(), {}
        for m in ms:
            if is_public_agent(m):
                counts[m["author_id"]] += 1
                first.setdefault(m["author_id"], m["_t"])
        exp_pa = None
        if counts:
            exp_pa = sorted(counts, key=lambda a: (-counts[a], first[a]))[0]
        if l.get("primary_agent_id") != exp_pa:
            err("%s: primary_agent_id %r, messages give %r" % (cid, l.get("primary_agent_id"), exp_pa))
        if not l.get("progress") == "n/a" and not l.get("primary_agent_id") and l.get("progress") != "none":
            err("%s: progress %s without any agent" % (cid, l.get("progress")))

    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1

    # summary
    chan = collections.Counter(convs[c][0]["channel"] for c in convs)
    lang = collections.Counter("ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", convs[c][0]["text"]) else "en"
                               for c in convs)
    print("OK: %d conversations, %d messages" % (len(convs), len(msgs)))
    print("channel:", dict(chan), " language (by first message script):", dict(lang))
    for f in BOOL_FIELDS:
        print("  %-18s %d" % (f, sum(1 for l in labels if l[f])))
    print("  progress          ", dict(collections.Counter(l["progress"] for l in labels)))
    for f in LIST_FIELDS[1:]:
        print("  %-27s convs %2d, messages %3d" % (f, sum(1 for l in labels if l[f]), sum(len(l[f]) for l in labels)))
    print("  backtracking msgs  %d" % sum(len(l["backtracking_message_ids"]) for l in labels))
    print("  first_response_s null: %d, primary_agent_id null: %d" % (
        sum(1 for l in labels if l["first_response_s"] is None),
        sum(1 for l in labels if l["primary_agent_id"] is None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
