#!/usr/bin/env python3
"""Write messages.jsonl and labels.jsonl for eval_blind4 from the hand-written data.

Stdlib only. Run from anywhere:  python3 generator/generate.py
Outputs go to the parent folder of this script (tests/eval_blind4/).

Data model (see convs_en.py / convs_ja.py):
  people : key -> (author_id, author_name, utc_offset). The key's prefix gives the role:
           cu* customer, ag* agent, bot* bot, sys* system.
  msgs   : (delay, who, text[, tags]) ; delay is the gap to the previous message
           ("45s", "3m10s", "2h", "1d4h"); the first message sits at `start`.
           tags (space separated): bt = backtracking, sg = step guidance, vc = vicarious,
           en = encouragement, ec = emotional care, internal = internal note.
           Each message's timestamp is written in its author's UTC offset.
  labels : the conversation-level labels decided by hand. first_response_s and
           primary_agent_id are computed from the messages exactly as LABELING.md defines them.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from convs_en import CONVS as EN  # noqa: E402
from convs_ja import CONVS as JA  # noqa: E402

TAG_FIELDS = {
    "sg": "step_guidance_message_ids",
    "vc": "vicarious_message_ids",
    "en": "encouragement_message_ids",
    "ec": "emotional_care_message_ids",
}
KNOWN_TAGS = {"bt", "internal"} | set(TAG_FIELDS)
LABEL_KEYS = ["progress", "expectation_set", "overpromise", "closing_gratitude",
              "difficult", "turnaround", "customer_did_it"]
PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}


def parse_delay(s):
    s = s.strip()
    if s in ("", "0"):
        return 0
    m = re.fullmatch(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", s)
    if not m or not any(m.groups()):
        raise ValueError("bad delay %r" % s)
    d, h, mi, se = (int(x) if x else 0 for x in m.groups())
    return ((d * 24 + h) * 60 + mi) * 60 + se


def parse_offset(s):
    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", s)
    sign = 1 if m.group(1) == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))


def role_of(key):
    for prefix, role in (("cu", "customer"), ("ag", "agent"), ("bot", "bot"), ("sys", "system")):
        if key.startswith(prefix):
            return role
    raise ValueError("unknown person key %r" % key)


def first_response_s(rows):
    """LABELING.md: first public agent message at or after the first customer message."""
    def t(r):
        return dt.datetime.fromisoformat(r["timestamp"])
    cust = [t(r) for r in rows if r["role"] == "customer"]
    if not cust:
        return None
    c0 = min(cust)
    ag = sorted(t(r) for r in rows if r["role"] == "agent" and not r["internal"] and t(r) >= c0)
    if not ag:
        return None
    return int((ag[0] - c0).total_seconds())


def primary_agent_id(rows):
    counts, first = {}, {}
    for r in rows:
        if r["role"] == "agent" and not r["internal"]:
            a = r["author_id"]
            counts[a] = counts.get(a, 0) + 1
            ts = dt.datetime.fromisoformat(r["timestamp"])
            if a not in first or ts < first[a]:
                first[a] = ts
    if not counts:
        return None
    return sorted(counts, key=lambda a: (-counts[a], first[a]))[0]


def build(conv):
    cid = conv["id"]
    start = dt.datetime.fromisoformat(conv["start"])
    assert 2026 == start.year, cid
    t = start
    rows, tagged = [], {k: [] for k in ["bt"] + list(TAG_FIELDS)}
    for i, m in enumerate(conv["msgs"], 1):
        delay, who, text = m[0], m[1], m[2]
        tags = set(m[3].split()) if len(m) > 3 and m[3] else set()
        assert tags <= KNOWN_TAGS, (cid, i, tags)
        if i > 1:
            t = t + dt.timedelta(seconds=parse_delay(delay))
        else:
            assert parse_delay(delay) == 0, (cid, "first delay must be 0")
        aid, name, off = conv["people"][who]
        role = role_of(who)
        internal = "internal" in tags
        assert not internal or role == "agent", (cid, i)
        mid = "%s-m%02d" % (cid, i)
        ts = t.astimezone(parse_offset(off)).replace(microsecond=0).isoformat()
        rows.append({
            "conversation_id": cid, "message_id": mid, "timestamp": ts, "role": role,
            "author_id": aid, "author_name": name, "channel": conv["channel"],
            "text": text, "internal": internal,
        })
        label_tags = tags - {"internal"}
        if label_tags:
            assert role == "agent" and not internal, (cid, mid, "label tag on non-public-agent message")
        for k in label_tags:
            tagged[k].append(mid)
    lab = conv["labels"]
    assert set(lab) == set(LABEL_KEYS), (cid, set(lab) ^ set(LABEL_KEYS))
    assert lab["progress"] in PROGRESS, cid
    if not lab["difficult"]:
        assert not lab["turnaround"], cid
    out = {"conversation_id": cid,
           "backtracking": bool(tagged["bt"]),
           "backtracking_message_ids": tagged["bt"],
           "progress": lab["progress"],
           "expectation_set": lab["expectation_set"],
           "overpromise": lab["overpromise"],
           "closing_gratitude": lab["closing_gratitude"],
           "first_response_s": first_response_s(rows),
           "primary_agent_id": primary_agent_id(rows),
           "difficult": lab["difficult"],
           "turnaround": lab["turnaround"],
           "customer_did_it": lab["customer_did_it"]}
    for k, field in TAG_FIELDS.items():
        out[field] = tagged[k]
    out["notes"] = conv.get("notes", "").strip()
    return rows, out


def main():
    convs = sorted(EN + JA, key=lambda c: c["id"])
    ids = [c["id"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate conversation id"
    all_rows, all_labels = [], []
    for c in convs:
        rows, lab = build(c)
        all_rows += rows
        all_labels.append(lab)
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for r in all_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in all_labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d conversations, %d messages" % (len(all_labels), len(all_rows)))


if __name__ == "__main__":
    main()
