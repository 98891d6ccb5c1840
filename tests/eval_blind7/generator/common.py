"""Small DSL used by the blind7 generator.

A conversation is written as a list of M(...) messages. Agent messages carry
`tags` naming the message-level labels they were judged to show:
  bt    backtracking
  step  step_guidance
  vic   vicarious
  enc   encouragement
  emo   emotional_care
The conversation-level labels are written by hand in C(...).
"""
import datetime as dt
import textwrap

AGENT_NAMES = {}
CONVS = []

TAG_FIELDS = {
    "bt": "backtracking_message_ids",
    "step": "step_guidance_message_ids",
    "vic": "vicarious_message_ids",
    "enc": "encouragement_message_ids",
    "emo": "emotional_care_message_ids",
}


def T(s):
    """Dedent a triple-quoted block and strip the outer newlines."""
    return textwrap.dedent(s).strip("\n")


def agents(**names):
    AGENT_NAMES.update({k.replace("_", "-"): v for k, v in names.items()})


class M:
    def __init__(self, when, who, text, tags="", internal=False, tz=None, name=None):
        self.when = when
        self.who = who
        self.text = T(text)
        self.tags = tags.split()
        self.internal = internal
        self.tz = tz
        self.name = name
        for t in self.tags:
            if t not in TAG_FIELDS:
                raise ValueError("unknown tag %r" % t)


def _parse_when(when, date, tz):
    parts = when.split()
    if len(parts) == 2 and parts[0].startswith("d"):
        day = dt.date.fromisoformat(date) + dt.timedelta(days=int(parts[0][1:]))
        clock = parts[1]
    elif len(parts) == 2:
        day = dt.date.fromisoformat(parts[0])
        clock = parts[1]
    else:
        day = dt.date.fromisoformat(date)
        clock = parts[0]
    return "%sT%s%s" % (day.isoformat(), clock, tz)


def C(cid, lang, channel, date, tz, msgs, customer_name=None, *, progress, exp, over,
      closing, frs, primary, difficult, turnaround, did, notes):
    CONVS.append(dict(cid=cid, lang=lang, channel=channel, date=date, tz=tz, msgs=msgs,
                      customer_name=customer_name, progress=progress, exp=exp, over=over,
                      closing=closing, frs=frs, primary=primary, difficult=difficult,
                      turnaround=turnaround, did=did, notes=notes))


def role_of(who):
    if who.startswith("cu-"):
        return "customer"
    if who.startswith("ag-"):
        return "agent"
    if who.startswith("bot-"):
        return "bot"
    raise ValueError(who)


def render(conv):
    """Return (messages, label) for one conversation."""
    out = []
    lists = {f: [] for f in TAG_FIELDS.values()}
    for i, m in enumerate(conv["msgs"], 1):
        mid = "%s-m%02d" % (conv["cid"], i)
        role = role_of(m.who)
        rec = {
            "conversation_id": conv["cid"],
            "message_id": mid,
            "timestamp": _parse_when(m.when, conv["date"], m.tz or conv["tz"]),
            "role": role,
            "author_id": m.who,
        }
        name = m.name
        if name is None and role == "agent":
            name = AGENT_NAMES.get(m.who)
        if name is None and role == "customer":
            name = conv["customer_name"]
        if name is None and role == "bot":
            name = "Bot"
        if name:
            rec["author_name"] = name
        rec["channel"] = conv["channel"]
        rec["text"] = m.text
        if m.internal:
            rec["internal"] = True
        out.append(rec)
        if m.tags and (role != "agent" or m.internal):
            raise ValueError("%s: tags on a non-public-agent message" % mid)
        for t in m.tags:
            lists[TAG_FIELDS[t]].append(mid)
    label = {
        "conversation_id": conv["cid"],
        "backtracking": bool(lists["backtracking_message_ids"]),
        "backtracking_message_ids": lists["backtracking_message_ids"],
        "progress": conv["progress"],
        "expectation_set": conv["exp"],
        "overpromise": conv["over"],
        "closing_gratitude": conv["closing"],
        "first_response_s": conv["frs"],
        "primary_agent_id": conv["primary"],
        "difficult": conv["difficult"],
        "turnaround": conv["turnaround"],
        "customer_did_it": conv["did"],
        "step_guidance_message_ids": lists["step_guidance_message_ids"],
        "vicarious_message_ids": lists["vicarious_message_ids"],
        "encouragement_message_ids": lists["encouragement_message_ids"],
        "emotional_care_message_ids": lists["emotional_care_message_ids"],
        "notes": conv["notes"],
    }
    return out, label
