#!/usr/bin/env python3
"""Validator for tests/eval_blind3 (stdlib only).

Checks messages.jsonl and labels.jsonl: JSON parses, exact keys, enums, RFC 3339
timestamps with offsets, unique/prefixed ids, contiguity and time order, one label
line per conversation, every listed id is a PUBLIC agent message of its conversation,
backtracking == bool(ids), turnaround implies difficult, and first_response_s /
primary_agent_id recomputed as LABELING.md defines them.
Exit status 0 when everything passes.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_KEYS = {"conversation_id", "message_id", "timestamp", "role", "author_id", "author_name", "channel", "text"}
LAB_KEYS = ["conversation_id", "backtracking", "backtracking_message_ids", "progress", "expectation_set",
            "overpromise", "closing_gratitude", "first_response_s", "primary_agent_id", "difficult",
            "turnaround", "customer_did_it", "step_guidance_message_ids", "vicarious_message_ids",
            "encouragement_message_ids", "emotional_care_message_ids", "notes"]
LIST_KEYS = ["backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
             "encouragement_message_ids", "emotional_care_message_ids"]
BOOL_KEYS = ["backtracking", "expectation_set", "overpromise", "closing_gratitude", "difficult",
             "turnaround", "customer_did_it"]
ROLES = {"customer", "agent", "bot", "system"}
CHANNELS = {"chat", "email"}
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}
CID_RE = re.compile(r"^b3-\d{3}$")
TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

errors = []


def err(msg):
    errors.append(msg)


def parse_ts(s):
    m = TS_RE.match(s)
    if not m:
        raise ValueError("not RFC 3339 with offset: %r" % s)
    y, mo, d, h, mi, se = (int(m.group(i)) for i in range(1, 7))
    frac = m.group(7)
    micro = int((frac[1:] + "000000")[:6]) if frac else 0
    off = m.group(8)
    if off == "Z":
        tz = dt.timezone.utc
    else:
        sign = 1 if off[0] == "+" else -1
        oh, om = int(off[1:3]), int(off[4:6])
        if oh > 23 or om > 59:
            raise ValueError("bad offset %r" % s)
        tz = dt.timezone(sign * dt.timedelta(hours=oh, minutes=om))
    return dt.datetime(y, mo, d, h, mi, se, micro, tzinfo=tz)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                err("%s:%d empty line" % (os.path.basename(path), n))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err("%s:%d JSON error: %s" % (os.path.basename(path), n, e))
                continue
            if not isinstance(obj, dict):
                err("%s:%d not an object" % (os.path.basename(path), n))
                continue
            rows.append((n, obj))
    return rows


def check_messages(rows):
    convs = {}          # cid -> list of message dicts (in file order)
    order = []
    seen_ids = set()
    prev_cid = None
    for n, m in rows:
        keys = set(m)
        extra = keys - MSG_KEYS - {"internal"}
        missing = MSG_KEYS - keys
        if extra or missing:
            err("messages:%d keys wrong (extra %s, missing %s)" % (n, sorted(extra), sorted(missing)))
            continue
        for k in MSG_KEYS:
            if not isinstance(m[k], str):
                err("messages:%d %s must be a string" % (n, k))
        if "internal" in m:
            if m["internal"] is not True:
                err("messages:%d internal must be true when present" % n)
            if m["role"] != "agent":
                err("messages:%d internal on a non-agent message" % n)
        cid = m["conversation_id"]
        if not CID_RE.match(cid):
            err("messages:%d bad conversation id %r" % (n, cid))
        if m["role"] not in ROLES:
            err("messages:%d bad role %r" % (n, m["role"]))
        if m["channel"] not in CHANNELS:
            err("messages:%d bad channel %r" % (n, m["channel"]))
        if not m["text"].strip():
            err("messages:%d empty text" % n)
        mid = m["message_id"]
        if mid in seen_ids:
            err("messages:%d duplicate message id %s" % (n, mid))
        seen_ids.add(mid)
        if not mid.startswith(cid + "-"):
            err("messages:%d id %s not prefixed by %s" % (n, mid, cid))
        try:
            m["_t"] = parse_ts(m["timestamp"])
        except ValueError as e:
            err("messages:%d %s" % (n, e))
            m["_t"] = None
        if cid != prev_cid:
            if cid in convs:
                err("messages:%d conversation %s not contiguous" % (n, cid))
            else:
                convs[cid] = []
                order.append(cid)
            prev_cid = cid
        convs[cid].append(m)
    for cid, msgs in convs.items():
        chans = {m["channel"] for m in msgs}
        if len(chans) != 1:
            err("%s mixes channels %s" % (cid, sorted(chans)))
        for a, b in zip(msgs, msgs[1:]):
            if a["_t"] and b["_t"] and not a["_t"] < b["_t"]:
                err("%s: %s not after %s" % (cid, b["message_id"], a["message_id"]))
        if not any(m["role"] == "customer" for m in msgs):
            err("%s has no customer message" % cid)
    expected = ["b3-%03d" % i for i in range(1, len(order) + 1)]
    if order != expected:
        err("conversation ids not b3-001..b3-%03d in order" % len(order))
    return convs, order


def recompute(msgs):
    customers = [m for m in msgs if m["role"] == "customer"]
    public = [m for m in msgs if m["role"] == "agent" and not m.get("internal")]
    fr = None
    if customers:
        t0 = min(m["_t"] for m in customers)
        after = [m["_t"] for m in public if m["_t"] >= t0]
        if after:
            fr = int((min(after) - t0).total_seconds())
    primary = None
    if public:
        stats = {}
        for m in public:
            c, first = stats.get(m["author_id"], (0, m["_t"]))
            stats[m["author_id"]] = (c + 1, min(first, m["_t"]))
        best = max(stats.items(), key=lambda kv: (kv[1][0], -kv[1][1].timestamp()))
        ties = [a for a, (c, f) in stats.items() if c == best[1][0] and f == best[1][1]]
        if len(ties) > 1:
            err("unresolvable primary-agent tie %s" % ties)
        primary = best[0]
    return fr, primary


def check_labels(rows, convs, order):
    seen = set()
    for n, lab in rows:
        if set(lab.keys()) != set(LAB_KEYS):
            err("labels:%d keys wrong: %s" % (n, sorted(set(lab) ^ set(LAB_KEYS))))
            continue
        cid = lab["conversation_id"]
        if cid in seen:
            err("labels:%d duplicate label for %s" % (n, cid))
        seen.add(cid)
        if cid not in convs:
            err("labels:%d unknown conversation %s" % (n, cid))
            continue
        msgs = convs[cid]
        for k in BOOL_KEYS:
            if not isinstance(lab[k], bool):
                err("%s: %s must be bool" % (cid, k))
        if lab["progress"] not in PROGRESS:
            err("%s: bad progress %r" % (cid, lab["progress"]))
        if not isinstance(lab["notes"], str):
            err("%s: notes must be a string" % cid)
        fr = lab["first_response_s"]
        if not (fr is None or (isinstance(fr, int) and not isinstance(fr, bool) and fr >= 0)):
            err("%s: first_response_s must be a non-negative int or null" % cid)
        pa = lab["primary_agent_id"]
        if not (pa is None or isinstance(pa, str)):
            err("%s: primary_agent_id must be string or null" % cid)
        public_ids = {m["message_id"] for m in msgs if m["role"] == "agent" and not m.get("internal")}
        for k in LIST_KEYS:
            v = lab[k]
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                err("%s: %s must be a list of strings" % (cid, k))
                continue
            if len(set(v)) != len(v):
                err("%s: %s has duplicates" % (cid, k))
            for x in v:
                if x not in public_ids:
                    err("%s: %s lists %s, not a public agent message of this conversation" % (cid, k, x))
        if lab["backtracking"] != bool(lab["backtracking_message_ids"]):
            err("%s: backtracking != bool(backtracking_message_ids)" % cid)
        if lab["turnaround"] and not lab["difficult"]:
            err("%s: turnaround without difficult" % cid)
        if any(m["_t"] is None for m in msgs):
            err("%s: cannot recompute first_response_s/primary_agent_id (bad timestamps)" % cid)
            continue
        rfr, rpa = recompute(msgs)
        if rfr != fr:
            err("%s: first_response_s %r, recomputed %r" % (cid, fr, rfr))
        if rpa != pa:
            err("%s: primary_agent_id %r, recomputed %r" % (cid, pa, rpa))
    missing = [c for c in order if c not in seen]
    if missing:
        err("conversations without labels: %s" % missing)


def main():
    mrows = load_jsonl(os.path.join(HERE, "messages.jsonl"))
    lrows = load_jsonl(os.path.join(HERE, "labels.jsonl"))
    convs, order = check_messages(mrows)
    check_labels(lrows, convs, order)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d conversations, %d messages, %d label lines" % (len(order), len(mrows), len(lrows)))


if __name__ == "__main__":
    main()
