#!/usr/bin/env python3
"""Write ../messages.jsonl and ../labels.jsonl from the hand-written data (stdlib only).

Run from anywhere:  python3 generator/generate.py
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import conv_en  # noqa: E402
import conv_ja  # noqa: E402

CONVS = conv_en.CONVS + conv_ja.CONVS


def parse_tz(s):
    sign = 1 if s[0] == "+" else -1
    h, m = s[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def fmt(dt):
    s = dt.isoformat(timespec="seconds")
    return s  # always "+HH:MM" (never "Z") because tzinfo is a fixed offset


def role_of(who):
    if who == "c":
        return "customer", False
    if who.startswith("a"):
        return "agent", False
    if who.startswith("n"):
        return "agent", True
    if who == "bot":
        return "bot", False
    if who == "sys":
        return "system", False
    raise ValueError(who)


def author_key(who):
    if who.startswith("n"):
        return "a" + who[1:]
    return who


def build_messages(conv):
    start = datetime.fromisoformat(conv["start"])
    default_tz = start.tzinfo
    t = start
    out = []
    for i, m in enumerate(conv["msgs"], 1):
        gap, who, text = m[0], m[1], m[2]
        opts = m[3] if len(m) > 3 else {}
        if i > 1:
            t = t + timedelta(seconds=gap)
        elif gap != 0:
            raise ValueError(f"{conv['id']}: first gap must be 0")
        tz = parse_tz(opts["tz"]) if "tz" in opts else default_tz
        role, internal = role_of(who)
        aid, aname = conv["people"][author_key(who)]
        out.append({
            "conversation_id": conv["id"],
            "message_id": f"{conv['id']}-m{i:02d}",
            "timestamp": fmt(t.astimezone(tz)),
            "role": role,
            "author_id": aid,
            "author_name": aname,
            "channel": conv["channel"],
            "text": text,
            "internal": internal,
        })
    return out


def first_response_s(msgs):
    """LABELING.md: first public agent message at or after the first customer message,
    minus the first customer message, in whole seconds; None if no such reply."""
    cust = [datetime.fromisoformat(m["timestamp"]) for m in msgs if m["role"] == "customer"]
    if not cust:
        return None
    t0 = min(cust)
    replies = [datetime.fromisoformat(m["timestamp"]) for m in msgs
               if m["role"] == "agent" and not m["internal"]
               and datetime.fromisoformat(m["timestamp"]) >= t0]
    if not replies:
        return None
    return int((min(replies) - t0).total_seconds())


def primary_agent_id(msgs):
    """Most public agent messages; tie -> earlier first public message; None if none."""
    count, first = {}, {}
    for m in msgs:
        if m["role"] == "agent" and not m["internal"]:
            a = m["author_id"]
            count[a] = count.get(a, 0) + 1
            ts = datetime.fromisoformat(m["timestamp"])
            if a not in first or ts < first[a]:
                first[a] = ts
    if not count:
        return None
    return sorted(count, key=lambda a: (-count[a], first[a]))[0]


def build_labels(conv, msgs):
    L = conv["labels"]
    public_agent = {i for i, m in enumerate(msgs, 1) if m["role"] == "agent" and not m["internal"]}

    def ids(nums, field):
        for n in nums:
            if n not in public_agent:
                raise ValueError(f"{conv['id']} {field}: m{n:02d} is not a public agent message")
        if nums != sorted(set(nums)):
            raise ValueError(f"{conv['id']} {field}: list must be sorted and unique")
        return [f"{conv['id']}-m{n:02d}" for n in nums]

    if L["turnaround"] and not L["difficult"]:
        raise ValueError(f"{conv['id']}: turnaround requires difficult")
    if L["progress"] not in ("concrete", "vague", "mixed", "none", "n/a"):
        raise ValueError(f"{conv['id']}: bad progress")
    return {
        "conversation_id": conv["id"],
        "backtracking": bool(L["bt"]),
        "backtracking_message_ids": ids(L["bt"], "bt"),
        "progress": L["progress"],
        "expectation_set": L["exp"],
        "overpromise": L["over"],
        "closing_gratitude": L["cg"],
        "first_response_s": first_response_s(msgs),
        "primary_agent_id": primary_agent_id(msgs),
        "difficult": L["difficult"],
        "turnaround": L["turnaround"],
        "customer_did_it": L["did_it"],
        "step_guidance_message_ids": ids(L["sg"], "sg"),
        "vicarious_message_ids": ids(L["vic"], "vic"),
        "encouragement_message_ids": ids(L["enc"], "enc"),
        "emotional_care_message_ids": ids(L["emo"], "emo"),
        "notes": L["notes"],
    }


def main():
    seen = set()
    all_msgs, all_labels = [], []
    for conv in CONVS:
        if conv["id"] in seen:
            raise ValueError("duplicate id " + conv["id"])
        seen.add(conv["id"])
        msgs = build_messages(conv)
        all_msgs.extend(msgs)
        all_labels.append(build_labels(conv, msgs))
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in all_msgs:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in all_labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # make-up summary (for README.md)
    table = {}
    for c in CONVS:
        table[(c["lang"], c["channel"])] = table.get((c["lang"], c["channel"]), 0) + 1
    print(f"wrote {len(all_labels)} conversations, {len(all_msgs)} messages")
    for k in sorted(table):
        print(f"  {k[0]} {k[1]}: {table[k]}")
    pos = {}
    for lab in all_labels:
        for k, v in lab.items():
            if isinstance(v, bool) and v:
                pos[k] = pos.get(k, 0) + 1
            elif k.endswith("_message_ids") and v:
                pos[k] = pos.get(k, 0) + 1
        pos["progress=" + lab["progress"]] = pos.get("progress=" + lab["progress"], 0) + 1
    for k in sorted(pos):
        print(f"  {k}: {pos[k]}")


if __name__ == "__main__":
    main()
