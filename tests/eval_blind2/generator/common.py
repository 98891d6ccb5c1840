# -*- coding: utf-8 -*-
"""Tiny DSL used to write the blind evaluation set b2.

Timestamps in a conversation spec may be
  "HH:MM:SS"                      -> conversation date + default tz
  "YYYY-MM-DD HH:MM[:SS]"         -> default tz
  "YYYY-MM-DDTHH:MM:SS+HH:MM"     -> explicit offset (mixed-offset threads)
A message tuple is (time, author_key, text) or (time, author_key, text, "internal").
Author roles come from the author id prefix (cus-/agt-/bot-/sys-).
first_response_s and primary_agent_id are computed from the messages exactly as
LABELING.md defines them; every other label is hand-assigned.
"""
import datetime as dt
import textwrap

CONVS = []

ROLE = {"cus": "customer", "agt": "agent", "bot": "bot", "sys": "system"}


def E(s):
    return textwrap.dedent(s).strip("\n")


def _ts(t, date, tz):
    if "T" in t:
        return t
    if len(t) == 8:
        return f"{date}T{t}{tz}"
    d, h = t.split(" ")
    if len(h) == 5:
        h += ":00"
    return f"{d}T{h}{tz}"


def conv(cid, lang, channel, industry, register, date, tz, authors, msgs, labels, consult=False):
    out = []
    for i, m in enumerate(msgs, 1):
        t, who, text = m[0], m[1], m[2]
        internal = len(m) > 3 and m[3] == "internal"
        aid, name = authors[who]
        role = ROLE[aid.split("-")[0]]
        rec = {
            "conversation_id": cid,
            "message_id": f"{cid}-m{i:02d}",
            "timestamp": _ts(t, date, tz),
            "role": role,
            "author_id": aid,
            "author_name": name,
            "channel": channel,
            "text": text,
        }
        if internal:
            assert role == "agent"
            rec["internal"] = True
        out.append(rec)
    CONVS.append(dict(id=cid, lang=lang, channel=channel, industry=industry, register=register,
                      consult=consult, msgs=out, labels=labels))


def instant(ts):
    return dt.datetime.fromisoformat(ts)


def public_agent(m):
    return m["role"] == "agent" and not m.get("internal")


def derive(c):
    msgs = c["msgs"]
    cust = [m for m in msgs if m["role"] == "customer"]
    frs = None
    if cust:
        t0 = instant(cust[0]["timestamp"])
        for m in msgs:
            if public_agent(m) and instant(m["timestamp"]) >= t0:
                frs = int((instant(m["timestamp"]) - t0).total_seconds())
                break
    counts, first = {}, {}
    for m in msgs:
        if public_agent(m):
            counts[m["author_id"]] = counts.get(m["author_id"], 0) + 1
            first.setdefault(m["author_id"], instant(m["timestamp"]))
    primary = None
    if counts:
        primary = sorted(counts, key=lambda a: (-counts[a], first[a]))[0]
    return frs, primary


def closing_turn(c):
    msgs = c["msgs"]
    pub = [i for i, m in enumerate(msgs) if public_agent(m)]
    if not pub:
        return []
    last = pub[-1]
    turn = [last]
    j = last - 1
    while j >= 0:
        m = msgs[j]
        if m["role"] == "customer":
            break
        if public_agent(m):
            gap = instant(msgs[turn[0]]["timestamp"]) - instant(m["timestamp"])
            if gap.total_seconds() > 600:
                break
            turn.insert(0, j)
        j -= 1
    return [msgs[i]["message_id"] for i in turn]
