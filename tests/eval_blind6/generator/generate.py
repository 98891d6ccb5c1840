#!/usr/bin/env python3
"""Writes ../messages.jsonl and ../labels.jsonl from convs_a.py / convs_b.py.

Hand-written first_response_s and primary_agent_id are cross-checked against the timestamps
(the generator refuses to write if they disagree). Message-level id lists come from the tags.
"""
import json
import os
import sys
from collections import Counter
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from convs_a import CONVS_A  # noqa: E402
from convs_b import CONVS_B  # noqa: E402

TAG_LISTS = {
    "bt": "backtracking_message_ids",
    "sg": "step_guidance_message_ids",
    "vic": "vicarious_message_ids",
    "enc": "encouragement_message_ids",
    "emo": "emotional_care_message_ids",
}
LABEL_ORDER = [
    "conversation_id", "backtracking", "backtracking_message_ids", "progress", "expectation_set",
    "overpromise", "closing_gratitude", "first_response_s", "primary_agent_id", "difficult",
    "turnaround", "customer_did_it", "step_guidance_message_ids", "vicarious_message_ids",
    "encouragement_message_ids", "emotional_care_message_ids", "notes",
]


def render_ts(conv, t):
    if isinstance(t, str):
        datetime.fromisoformat(t)  # validate
        return t
    base = datetime.fromisoformat(conv["base"] + conv["tz"])
    return (base + timedelta(seconds=t)).isoformat()


def main():
    convs = CONVS_A + CONVS_B
    ids = [c["id"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate conversation ids"
    msg_lines, label_lines = [], []
    for conv in convs:
        cid = conv["id"]
        lists = {v: [] for v in TAG_LISTS.values()}
        rendered = []
        for i, (t, role, author, text, tags) in enumerate(conv["msgs"], 1):
            mid = f"{cid}-m{i:02d}"
            tags = tags.split()
            rec = {
                "conversation_id": cid,
                "message_id": mid,
                "channel": conv["channel"],
                "role": role,
                "author_id": author,
                "timestamp": render_ts(conv, t),
                "text": text,
            }
            if "internal" in tags:
                rec["internal"] = True
            for tag in tags:
                if tag == "internal":
                    continue
                assert tag in TAG_LISTS, (mid, tag)
                assert role == "agent" and "internal" not in tags, (mid, "tag on non-public-agent msg")
                lists[TAG_LISTS[tag]].append(mid)
            rendered.append(rec)
        msg_lines.extend(rendered)

        # cross-check first_response_s / primary agent against hand labels
        def inst(r):
            return datetime.fromisoformat(r["timestamp"])
        pub = [r for r in rendered if r["role"] == "agent" and not r.get("internal")]
        cust = [r for r in rendered if r["role"] == "customer"]
        first_c = min(inst(r) for r in cust)
        after = [inst(r) for r in pub if inst(r) >= first_c]
        frs = int((min(after) - first_c).total_seconds()) if after else None
        lab = dict(conv["labels"])
        assert frs == lab["first_response_s"], (cid, "frs", frs, lab["first_response_s"])
        cnt = Counter(r["author_id"] for r in pub)
        first_at = {}
        for r in pub:
            first_at.setdefault(r["author_id"], inst(r))
        prim = min(cnt, key=lambda a: (-cnt[a], first_at[a])) if cnt else None
        assert prim == lab["primary_agent_id"], (cid, "primary", prim, lab["primary_agent_id"])

        lab["conversation_id"] = cid
        lab.update(lists)
        lab["backtracking"] = bool(lists["backtracking_message_ids"])
        missing = [k for k in LABEL_ORDER if k not in lab]
        assert not missing, (cid, missing)
        if not lab["difficult"]:
            assert not lab["turnaround"], (cid, "turnaround without difficult")
        label_lines.append({k: lab[k] for k in LABEL_ORDER})

    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for r in msg_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in label_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    n = len(convs)
    lang = Counter(c["lang"] for c in convs)
    chan = Counter(c["channel"] for c in convs)
    print(f"conversations={n} messages={len(msg_lines)} lang={dict(lang)} channel={dict(chan)}")
    for k in ["difficult", "turnaround", "customer_did_it", "backtracking", "expectation_set",
              "overpromise", "closing_gratitude"]:
        print(f"  {k}: {sum(1 for l in label_lines if l[k])}")
    print("  progress:", dict(Counter(l["progress"] for l in label_lines)))
    for k in TAG_LISTS.values():
        if k == "backtracking_message_ids":
            continue
        print(f"  {k}: convs={sum(1 for l in label_lines if l[k])} msgs={sum(len(l[k]) for l in label_lines)}")


if __name__ == "__main__":
    main()
