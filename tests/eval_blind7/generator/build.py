#!/usr/bin/env python3
"""Write ../messages.jsonl and ../labels.jsonl from the conversation modules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import convs_ja  # noqa: E402,F401
import convs_en  # noqa: E402,F401


def main():
    out_dir = os.path.dirname(HERE)
    convs = sorted(common.CONVS, key=lambda c: c["cid"])
    ids = [c["cid"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate conversation id"
    with open(os.path.join(out_dir, "messages.jsonl"), "w", encoding="utf-8") as fm, \
         open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8") as fl:
        n = 0
        for c in convs:
            msgs, label = common.render(c)
            for m in msgs:
                fm.write(json.dumps(m, ensure_ascii=False) + "\n")
                n += 1
            fl.write(json.dumps(label, ensure_ascii=False) + "\n")
    print("wrote %d conversations, %d messages" % (len(convs), n))


if __name__ == "__main__":
    main()
