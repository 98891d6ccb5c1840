"""Small helpers shared by the hand-written conversation files.

A conversation is written as a dict:

    conv(
        id="b10-001", channel="chat", lang="en",
        start="2026-01-12T19:03:11-06:00",          # instant of the first message
        people={"c": ("customer", "c-b10-001", "Name"),
                "a": ("agent", "agt-x", "Name")},
        msgs=[
            ("+0",        "c",  "text"),               # m01
            ("+52",       "a",  "text"),               # m02, 52 s after m01
            ("+1m10s",    "a!", "internal note"),      # "!" marks an internal note
            ("+13h@+00:00", "a", "text"),              # rendered in another UTC offset
        ],
        labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True,
                    frs=52, primary="agt-x", difficult=False, turnaround=False,
                    did=True, step=[4], vic=[], enc=[6], emo=[], notes="..."),
    )

Message numbers in the label lists are 1-based positions (m01 == 1).  All label values are
hand-assigned while writing; check.py recomputes the mechanical ones (first_response_s,
primary_agent_id) only to catch typing mistakes.
"""
import datetime as dt
import re

CONVS = []

_UNIT = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def conv(**kw):
    CONVS.append(kw)


def parse_delta(tok):
    assert tok.startswith("+"), tok
    body = tok[1:]
    if re.fullmatch(r"\d+", body):
        return int(body)
    assert re.fullmatch(r"(\d+[dhms])+", body), tok
    return sum(int(n) * _UNIT[u] for n, u in re.findall(r"(\d+)([dhms])", body))


def _tz(offset):
    sign = 1 if offset[0] == "+" else -1
    hh, mm = offset[1:].split(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hh), minutes=int(mm)))


def render(c):
    """Return (messages, label_line) for one conversation dict."""
    cid = c["id"]
    start = dt.datetime.fromisoformat(c["start"])
    default_tz = start.tzinfo
    t = start
    out = []
    for i, (tok, who, text) in enumerate(c["msgs"], 1):
        tz = default_tz
        if "@" in tok:
            tok, off = tok.split("@")
            tz = _tz(off)
        t = t + dt.timedelta(seconds=parse_delta(tok))
        internal = who.endswith("!")
        key = who.rstrip("!")
        role, author_id, author_name = c["people"][key]
        m = {
            "conversation_id": cid,
            "message_id": f"{cid}-m{i:02d}",
            "timestamp": t.astimezone(tz).isoformat(),
            "role": role,
            "author_id": author_id,
            "author_name": author_name,
            "channel": c["channel"],
            "text": text,
        }
        if internal:
            assert role == "agent"
            m["internal"] = True
        out.append(m)

    L = c["labels"]

    def ids(nums):
        return [f"{cid}-m{n:02d}" for n in nums]

    label = {
        "conversation_id": cid,
        "backtracking": bool(L["bt"]),
        "backtracking_message_ids": ids(L["bt"]),
        "progress": L["progress"],
        "expectation_set": L["exp"],
        "overpromise": L["over"],
        "closing_gratitude": L["closing"],
        "first_response_s": L["frs"],
        "primary_agent_id": L["primary"],
        "difficult": L["difficult"],
        "turnaround": L["turnaround"],
        "customer_did_it": L["did"],
        "step_guidance_message_ids": ids(L["step"]),
        "vicarious_message_ids": ids(L["vic"]),
        "encouragement_message_ids": ids(L["enc"]),
        "emotional_care_message_ids": ids(L["emo"]),
        "notes": L["notes"],
    }
    return out, label
