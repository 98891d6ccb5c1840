"""Helpers shared by the hand-written conversation files.

Each conversation is written as a list of messages
    (delay, who, text, tags)
where
  delay  seconds since the previous message ("45s", "3m", "2h", "1d4h", or an int);
         for the first message it is ignored (the message is sent at `start`)
  who    a key of the conversation's `people` dict
  text   the message text, written by hand
  tags   space separated labels decided while writing the message:
           bt   backtracking (restatement of the customer's own content to confirm understanding)
           sg   step guidance
           vic  vicarious experience
           enc  encouragement tied to the customer's action/understanding
           emo  emotional care
           int  internal note (agent only; never public)
Conversation-level labels are written by hand next to the messages. Only two purely mechanical
fields (first_response_s, primary_agent_id) are computed here from the timestamps and authors.
"""
import re
from datetime import datetime, timedelta, timezone

TAGS = {"bt", "sg", "vic", "enc", "emo", "int"}

# agents: key -> (author_id, author_name, utc offset of the agent's clock)
AGENTS = {
    # English-speaking teams (several non-native writers)
    "priya": ("ag-lumio-priya", "Priya S.", "+05:30"),
    "femi": ("ag-lumio-femi", "Femi A.", "+01:00"),
    "rahul": ("ag-safenet-rahul", "Rahul K.", "+05:30"),
    "arjun": ("ag-lumio-arjun", "Arjun M.", "+05:30"),
    "marco": ("ag-northbank-marco", "Marco", "+01:00"),
    "grace": ("ag-northbank-grace", "Grace", "+00:00"),
    "yusuf": ("ag-northbank-yusuf", "Yusuf", "+03:00"),
    "elena": ("ag-northbank-elena", "Elena (Customer Relations)", "+01:00"),
    "jess": ("ag-streamly-jess", "Jess", "-05:00"),
    "liam": ("ag-streamly-liam", "Liam", "+00:00"),
    "owen": ("ag-streamly-owen", "Owen", "+00:00"),
    "tomas_s": ("ag-streamly-tomas", "Tomás", "+01:00"),
    "kevin": ("ag-qp-kevin", "Kevin", "+08:00"),
    "sofia": ("ag-qp-sofia", "Sofia", "+01:00"),
    "ana": ("ag-pf-ana", "Ana", "+01:00"),
    "nadia": ("ag-pf-nadia", "Nadia", "+02:00"),
    "hannah": ("ag-fitzone-hannah", "Hannah", "+00:00"),
    "dario": ("ag-fitzone-dario", "Dario", "+01:00"),
    "chris": ("ag-fitzone-chris", "Chris (Members Team)", "+00:00"),
    "liam_e": ("ag-echoz-liam", "Liam B.", "-08:00"),
    "tomas_l": ("ag-lumio-tomas", "Tomás R.", "+01:00"),
    # Japanese teams
    "sato": ("ag-jp-sato", "佐藤", "+09:00"),
    "takahashi": ("ag-jp-takahashi", "高橋", "+09:00"),
    "nakamura": ("ag-jp-nakamura", "中村", "+08:00"),   # offshore centre in Manila
    "nakamura_tk": ("ag-jp-nakamura", "中村", "+09:00"),
    "kimura": ("ag-jp-kimura", "木村", "+09:00"),
    "kobayashi": ("ag-jp-kobayashi", "小林", "+09:00"),
    "watanabe": ("ag-jp-watanabe", "渡辺", "+09:00"),
    "mori": ("ag-jp-mori", "森", "+09:00"),
    "saito": ("ag-jp-saito", "斎藤", "+09:00"),
}


def tz(off):
    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", off)
    sign = 1 if m.group(1) == "+" else -1
    return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))


def parse_delay(d):
    if isinstance(d, int):
        return d
    total = 0
    for num, unit in re.findall(r"(\d+)([dhms])", d):
        total += int(num) * {"d": 86400, "h": 3600, "m": 60, "s": 1}[unit]
    assert total > 0 or d in ("0s",), d
    return total


def agent(key):
    aid, name, off = AGENTS[key]
    return {"role": "agent", "id": aid, "name": name, "tz": off}


def customer(name, off, cid=None):
    return {"role": "customer", "id": cid, "name": name, "tz": off}


SYSTEM = {"role": "system", "id": "system", "name": "System", "tz": "+00:00"}

LABEL_KEYS = ["progress", "expectation_set", "overpromise", "closing_gratitude",
              "difficult", "turnaround", "customer_did_it", "notes"]


def conv(num, lang, channel, start, people, msgs, **labels):
    missing = [k for k in LABEL_KEYS if k not in labels]
    extra = [k for k in labels if k not in LABEL_KEYS]
    assert not missing and not extra, (num, missing, extra)
    return {"num": num, "lang": lang, "channel": channel, "start": start,
            "people": people, "msgs": msgs, "labels": labels}


def build(c):
    cid = "b9-%03d" % c["num"]
    people = {}
    for k, p in c["people"].items():
        p = dict(p)
        if p["role"] == "customer" and p["id"] is None:
            p["id"] = "cu-" + cid
        people[k] = p
    t = datetime.fromisoformat(c["start"])
    out = []
    lists = {"bt": [], "sg": [], "vic": [], "enc": [], "emo": []}
    for i, m in enumerate(c["msgs"]):
        if len(m) == 3:
            delay, who, text = m
            tags = ""
        else:
            delay, who, text, tags = m
        tagset = set(tags.split())
        assert tagset <= TAGS, (cid, i, tagset)
        if i > 0:
            t = t + timedelta(seconds=parse_delay(delay))
        p = people[who]
        mid = "%s-m%02d" % (cid, i + 1)
        rec = {
            "conversation_id": cid,
            "message_id": mid,
            "timestamp": t.astimezone(tz(p["tz"])).isoformat(),
            "role": p["role"],
            "author_id": p["id"],
            "author_name": p["name"],
            "channel": c["channel"],
            "text": text,
        }
        if "int" in tagset:
            assert p["role"] == "agent", (cid, mid)
            rec["internal"] = True
            assert tagset == {"int"}, (cid, mid, "internal notes carry no public labels")
        for k in lists:
            if k in tagset:
                assert p["role"] == "agent", (cid, mid, k)
                lists[k].append(mid)
        out.append(rec)

    # mechanical fields
    times = [(datetime.fromisoformat(r["timestamp"]), r) for r in out]
    public_agent = [(tt, r) for tt, r in times if r["role"] == "agent" and not r.get("internal")]
    first_cust = next((tt for tt, r in times if r["role"] == "customer"), None)
    frs = None
    if first_cust is not None:
        resp = next((tt for tt, r in public_agent if tt >= first_cust), None)
        if resp is not None:
            frs = int((resp - first_cust).total_seconds())
    counts, first_seen = {}, {}
    for idx, (tt, r) in enumerate(public_agent):
        counts[r["author_id"]] = counts.get(r["author_id"], 0) + 1
        first_seen.setdefault(r["author_id"], idx)
    primary = None
    if counts:
        primary = sorted(counts, key=lambda a: (-counts[a], first_seen[a]))[0]

    L = c["labels"]
    if not L["difficult"]:
        assert not L["turnaround"], cid
    label = {
        "conversation_id": cid,
        "backtracking": bool(lists["bt"]),
        "backtracking_message_ids": lists["bt"],
        "progress": L["progress"],
        "expectation_set": L["expectation_set"],
        "overpromise": L["overpromise"],
        "closing_gratitude": L["closing_gratitude"],
        "first_response_s": frs,
        "primary_agent_id": primary,
        "difficult": L["difficult"],
        "turnaround": L["turnaround"],
        "customer_did_it": L["customer_did_it"],
        "step_guidance_message_ids": lists["sg"],
        "vicarious_message_ids": lists["vic"],
        "encouragement_message_ids": lists["enc"],
        "emotional_care_message_ids": lists["emo"],
        "notes": L["notes"],
    }
    return out, label
