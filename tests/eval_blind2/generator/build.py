# -*- coding: utf-8 -*-
"""Builds messages.jsonl and labels.jsonl for the blind set b2 and prints self-checks."""
import json
import os
import sys
from collections import Counter

import common
import build_part1, build_part2, build_part3, build_part4  # noqa: F401  (register conversations)
from common import CONVS, derive, closing_turn, instant, public_agent

# The set's folder (tests/eval_blind2), one up from this generator.
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

VALID_PROGRESS = {"concrete", "vague", "mixed", "none", "n/a"}


def main(verbose=False):
    ids = [c["id"] for c in CONVS]
    assert ids == sorted(ids) and len(set(ids)) == len(ids), ids
    msg_lines, label_lines = [], []
    for c in CONVS:
        msgs, L = c["msgs"], c["labels"]
        # time order by absolute instant
        for a, b in zip(msgs, msgs[1:]):
            assert instant(a["timestamp"]) <= instant(b["timestamp"]), (a["message_id"], b["message_id"])
        for m in msgs:
            assert m["author_id"].split("-")[0] in ("cus", "agt", "bot", "sys")
            if c["channel"] == "email" and m["role"] in ("customer", "agent") and not m.get("internal"):
                first = m["text"].split("\n", 1)[0]
                assert first.startswith("件名:") or first.startswith("Subject:"), m["message_id"]
        bt_ids = [f"{c['id']}-m{i:02d}" for i in L["bt"]]
        by_id = {m["message_id"]: m for m in msgs}
        for b in bt_ids:
            assert public_agent(by_id[b]), b
        assert L["progress"] in VALID_PROGRESS
        if not L["difficult"]:
            assert not L["turnaround"], c["id"]
        frs, primary = derive(c)
        lab = {
            "conversation_id": c["id"],
            "backtracking": bool(bt_ids),
            "backtracking_message_ids": bt_ids,
            "progress": L["progress"],
            "expectation_set": L["exp"],
            "overpromise": L["over"],
            "closing_gratitude": L["closing"],
            "first_response_s": frs,
            "primary_agent_id": primary,
            "difficult": L["difficult"],
            "turnaround": L["turnaround"],
            "customer_did_it": L["did"],
            "notes": L["notes"],
        }
        label_lines.append(lab)
        msg_lines.extend(msgs)
        if verbose:
            ct = closing_turn(c)
            print(f"{c['id']} frs={frs} primary={primary} closing_turn={ct} closing={L['closing']}")
            for mid in ct:
                print("    ", by_id[mid]["text"].replace("\n", " ")[-110:])
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in msg_lines:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in label_lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

    # summary
    print("conversations:", len(CONVS), "messages:", len(msg_lines))
    print("lang x channel:", Counter((c["lang"], c["channel"]) for c in CONVS))
    print("consultations:", sum(c["consult"] for c in CONVS))
    for key, name in [("bt", "backtracking"), ("exp", "expectation_set"), ("over", "overpromise"),
                      ("closing", "closing_gratitude"), ("difficult", "difficult"),
                      ("turnaround", "turnaround"), ("did", "customer_did_it")]:
        pos = [c["id"][3:] for c in CONVS if c["labels"][key]]
        print(f"{name}: {len(pos)} -> {' '.join(pos)}")
    for v in ["concrete", "vague", "mixed", "none", "n/a"]:
        pos = [c["id"][3:] for c in CONVS if c["labels"]["progress"] == v]
        print(f"progress={v}: {len(pos)} -> {' '.join(pos)}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
