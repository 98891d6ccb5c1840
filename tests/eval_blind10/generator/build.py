"""Write ../messages.jsonl and ../labels.jsonl from the hand-written conversations.

Usage: python3 generator/build.py   (from tests/eval_blind10, or from anywhere)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import model  # noqa: E402
import convs_en  # noqa: E402,F401
import convs_ja  # noqa: E402,F401

OUT = os.path.dirname(HERE)


def main():
    convs = sorted(model.CONVS, key=lambda c: c["id"])
    ids = [c["id"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate conversation id"
    msgs, labels = [], []
    for c in convs:
        m, l = model.render(c)
        msgs.extend(m)
        labels.append(l)
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for m in msgs:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} conversations, {len(msgs)} messages")


if __name__ == "__main__":
    main()
