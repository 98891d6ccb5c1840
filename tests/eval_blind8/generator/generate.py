#!/usr/bin/env python3
"""Writes ../messages.jsonl and ../labels.jsonl from part1.py / part2.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import part1  # noqa: F401,E402  (registers b8-001..024)
import part2  # noqa: F401,E402  (registers b8-025..048)

OUT = os.path.dirname(HERE)


def main():
    convs = sorted(common.CONVERSATIONS, key=lambda c: c["cid"])
    ids = [c["cid"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate conversation id"
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for c in convs:
            for rec in common.render(c):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for c in convs:
            f.write(json.dumps(common.label_line(c), ensure_ascii=False) + "\n")
    print(f"wrote {len(convs)} conversations, "
          f"{sum(len(c['msgs']) for c in convs)} messages")


if __name__ == "__main__":
    main()
