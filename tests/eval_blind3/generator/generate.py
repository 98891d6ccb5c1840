#!/usr/bin/env python3
"""Generate tests/eval_blind3/messages.jsonl and labels.jsonl from the hand-written
conversations in convs_ja.py and convs_en.py (stdlib only).

Message times in the conversation files are seconds from the conversation start
(an absolute offset); each person may carry its own UTC offset for display, so a
conversation can mix offsets while the instants stay exact.
"""
import collections
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import convs_ja  # noqa: E402
import convs_en  # noqa: E402


def parse_offset(s):
    sign = 1 if s[0] == "+" else -1
    hh, mm = s[1:].split(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hh), minutes=int(mm)))


def fmt(instant, tz):
    local = instant.astimezone(tz)
    off = local.utcoffset()
    total = int(off.total_seconds())
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, total // 3600, (total % 3600) // 60)


def build(conv):
    cid = conv["cid"]
    base_tz = parse_offset(conv["tz"])
    start = dt.datetime.fromisoformat(conv["start"]).replace(tzinfo=base_tz)
    msgs = []
    last_t = None
    for i, m in enumerate(conv["msgs"], start=1):
        t, who, text = m[0], m[1], m[2]
        opts = m[3] if len(m) > 3 else {}
        if last_t is not None and t <= last_t:
            raise SystemExit("%s m%02d: time not increasing" % (cid, i))
        last_t = t
        person = conv["people"][who]
        role, aid, name = person[0], person[1], person[2]
        tz = parse_offset(person[3]) if len(person) > 3 else base_tz
        instant = start + dt.timedelta(seconds=t)
        rec = collections.OrderedDict()
        rec["conversation_id"] = cid
        rec["message_id"] = "%s-m%02d" % (cid, i)
        rec["timestamp"] = fmt(instant, tz)
        rec["role"] = role
        rec["author_id"] = aid
        rec["author_name"] = name
        rec["channel"] = conv["channel"]
        rec["text"] = text
        if opts.get("internal"):
            assert role == "agent"
            rec["internal"] = True
        msgs.append((rec, t, role, bool(opts.get("internal")), aid))
    return msgs


def compute_fr_primary(msgs):
    first_c = next((t for (_, t, role, _, _) in msgs if role == "customer"), None)
    fr = None
    if first_c is not None:
        for (_, t, role, internal, _) in msgs:
            if role == "agent" and not internal and t >= first_c:
                fr = t - first_c
                break
    counts = collections.Counter()
    first_seen = {}
    for (_, t, role, internal, aid) in msgs:
        if role == "agent" and not internal:
            counts[aid] += 1
            first_seen.setdefault(aid, t)
    primary = None
    if counts:
        primary = sorted(counts, key=lambda a: (-counts[a], first_seen[a]))[0]
    return fr, primary


def main():
    convs = convs_ja.CONVS + convs_en.CONVS
    ids = [c["cid"] for c in convs]
    assert ids == ["b3-%03d" % i for i in range(1, len(convs) + 1)], ids
    msg_lines, lab_lines = [], []
    for conv in convs:
        msgs = build(conv)
        cid = conv["cid"]
        public_agent = {i for i, (_, _, role, internal, _) in enumerate(msgs, start=1)
                        if role == "agent" and not internal}
        lab = conv["lab"]
        for key in ("bt", "step", "vic", "enc", "care"):
            for n in lab[key]:
                if n not in public_agent:
                    raise SystemExit("%s: %s refers to m%02d which is not a public agent message" % (cid, key, n))
        if lab["turn"] and not lab["diff"]:
            raise SystemExit("%s: turnaround without difficult" % cid)
        fr, primary = compute_fr_primary(msgs)
        mid = lambda n: "%s-m%02d" % (cid, n)
        rec = collections.OrderedDict()
        rec["conversation_id"] = cid
        rec["backtracking"] = bool(lab["bt"])
        rec["backtracking_message_ids"] = [mid(n) for n in lab["bt"]]
        rec["progress"] = lab["progress"]
        rec["expectation_set"] = lab["exp"]
        rec["overpromise"] = lab["over"]
        rec["closing_gratitude"] = lab["close"]
        rec["first_response_s"] = fr
        rec["primary_agent_id"] = primary
        rec["difficult"] = lab["diff"]
        rec["turnaround"] = lab["turn"]
        rec["customer_did_it"] = lab["did"]
        rec["step_guidance_message_ids"] = [mid(n) for n in lab["step"]]
        rec["vicarious_message_ids"] = [mid(n) for n in lab["vic"]]
        rec["encouragement_message_ids"] = [mid(n) for n in lab["enc"]]
        rec["emotional_care_message_ids"] = [mid(n) for n in lab["care"]]
        rec["notes"] = lab["notes"]
        for (m, _, _, _, _) in msgs:
            msg_lines.append(json.dumps(m, ensure_ascii=False))
        lab_lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(msg_lines) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lab_lines) + "\n")
    print("wrote %d conversations, %d messages" % (len(convs), len(msg_lines)))
    summarize(convs, lab_lines)


def summarize(convs, lab_lines):
    labs = [json.loads(l) for l in lab_lines]
    table = collections.Counter((c["lang"], c["channel"]) for c in convs)
    print("make-up:", dict(table))
    print("industries:", sorted({c["industry"] for c in convs}))
    print("registers:", collections.Counter(c["register"] for c in convs))
    for k in ("backtracking", "expectation_set", "overpromise", "closing_gratitude", "difficult",
              "turnaround", "customer_did_it"):
        print("%-20s %d" % (k, sum(1 for l in labs if l[k])))
    print("progress", collections.Counter(l["progress"] for l in labs))
    for k in ("backtracking_message_ids", "step_guidance_message_ids", "vicarious_message_ids",
              "encouragement_message_ids", "emotional_care_message_ids"):
        print("%-28s convs=%d msgs=%d" % (k, sum(1 for l in labs if l[k]), sum(len(l[k]) for l in labs)))
    print("first_response null:", sum(1 for l in labs if l["first_response_s"] is None))


if __name__ == "__main__":
    main()
