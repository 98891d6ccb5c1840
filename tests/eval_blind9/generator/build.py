#!/usr/bin/env python3
"""Write ../messages.jsonl and ../labels.jsonl from the hand-written conversation files."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import build  # noqa: E402
import convs_en_1, convs_en_2, convs_ja_1, convs_ja_2, convs_extra  # noqa: E402,E401


def main():
    convs = convs_en_1.CONVS + convs_en_2.CONVS + convs_ja_1.CONVS + convs_ja_2.CONVS + convs_extra.CONVS
    nums = [c["num"] for c in convs]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), "conversation numbers must be unique and ordered"
    out_dir = os.path.dirname(HERE)
    with open(os.path.join(out_dir, "messages.jsonl"), "w", encoding="utf-8") as fm, \
         open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for c in convs:
            msgs, label = build(c)
            for m in msgs:
                fm.write(json.dumps(m, ensure_ascii=False) + "\n")
            fl.write(json.dumps(label, ensure_ascii=False) + "\n")
    print("wrote %d conversations" % len(convs))


if __name__ == "__main__":
    main()
