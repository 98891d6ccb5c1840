"""Shared helpers for the eval_blind8 generator.

A conversation is written as a start instant plus a list of messages, each with an
offset in seconds from that start (absolute instants, so mixed UTC offsets stay
consistent).  Labels refer to messages by their 1-based position; the generator turns
them into message ids ("b8-001-m03").
"""
from datetime import datetime, timedelta, timezone

M = 60
H = 3600
D = 86400

CONVERSATIONS = []


def _tz(offset):
    sign = 1 if offset[0] == "+" else -1
    hh, mm = offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))


def C(cid, lang, channel, start, msgs, *, bt=(), progress, expect=False, over=False,
      closing=False, first, primary, difficult, turnaround, did_it,
      step=(), vic=(), enc=(), emo=(), notes):
    """Register one conversation.

    msgs: tuples (role, author_id, author_name_or_None, t_seconds, text[, opts])
          opts: {"internal": True} and/or {"tz": "+01:00"} (render offset)
    """
    CONVERSATIONS.append(dict(
        cid=cid, lang=lang, channel=channel, start=start, msgs=msgs,
        labels=dict(bt=list(bt), progress=progress, expect=expect, over=over,
                    closing=closing, first=first, primary=primary,
                    difficult=difficult, turnaround=turnaround, did_it=did_it,
                    step=list(step), vic=list(vic), enc=list(enc), emo=list(emo),
                    notes=notes)))


def render(conv):
    start = datetime.fromisoformat(conv["start"])
    default_tz = start.tzinfo
    out = []
    for i, m in enumerate(conv["msgs"], 1):
        role, author, name, t, text = m[:5]
        opts = m[5] if len(m) > 5 else {}
        tz = _tz(opts["tz"]) if "tz" in opts else default_tz
        ts = (start + timedelta(seconds=t)).astimezone(tz)
        rec = {
            "conversation_id": conv["cid"],
            "message_id": f"{conv['cid']}-m{i:02d}",
            "timestamp": ts.isoformat(),
            "role": role,
            "author_id": author,
        }
        if name:
            rec["author_name"] = name
        rec["channel"] = conv["channel"]
        rec["text"] = text
        if opts.get("internal"):
            rec["internal"] = True
        out.append(rec)
    return out


def label_line(conv):
    L = conv["labels"]
    ids = lambda xs: [f"{conv['cid']}-m{x:02d}" for x in xs]
    return {
        "conversation_id": conv["cid"],
        "backtracking": bool(L["bt"]),
        "backtracking_message_ids": ids(L["bt"]),
        "progress": L["progress"],
        "expectation_set": L["expect"],
        "overpromise": L["over"],
        "closing_gratitude": L["closing"],
        "first_response_s": L["first"],
        "primary_agent_id": L["primary"],
        "difficult": L["difficult"],
        "turnaround": L["turnaround"],
        "customer_did_it": L["did_it"],
        "step_guidance_message_ids": ids(L["step"]),
        "vicarious_message_ids": ids(L["vic"]),
        "encouragement_message_ids": ids(L["enc"]),
        "emotional_care_message_ids": ids(L["emo"]),
        "notes": L["notes"],
    }
