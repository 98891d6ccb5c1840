# -*- coding: utf-8 -*-
"""English conversations b3-034 .. b3-060 (hand-written). Same structure as convs_ja.py."""

def T(d=0, h=0, m=0, s=0):
    return d * 86400 + h * 3600 + m * 60 + s


CONVS = []

# ---------------------------------------------------------------- b3-034
CONVS.append(dict(
    cid="b3-034", lang="en", channel="chat", industry="software/SaaS (project management)", register="formal English",
    tz="+01:00", start="2026-11-02T14:05:00",
    people={"c": ("customer", "cu-e034", "Daniel Weber"), "a": ("agent", "ag-priya", "Priya")},
    msgs=[
        (0, "c", "Hello, I'm trying to invite two new colleagues to our workspace, but the Invite button on the Members page is greyed out."),
        (55, "a", "Hi Daniel, this is Priya from Tasklane support. Just to confirm: the Invite button on the Members page is greyed out when you try to add your two new colleagues, correct?"),
        (90, "c", "Yes, exactly."),
        (120, "a", "Thanks. Only workspace admins can send invites, so let's check your role. Could you click your avatar in the top right corner and choose Workspace settings? Let me know which tabs you see."),
        (200, "c", "I see General, Roles, Billing and Integrations."),
        (215, "a", "Perfect, that's exactly where you need to be. Please open Roles and find your own name. What role is listed next to it?"),
        (290, "c", "It says Member. But I'm the owner of the account?"),
        (320, "a", "That explains it. Account owners can change their own role: click Member next to your name, select Admin and press Save. Here's a short GIF of exactly those clicks: [GIF: change-own-role.gif] Then go back to the Members page and try Invite again."),
        (450, "c", "It worked, the Invite button is active and both invites are sent."),
        (470, "a", "Thanks for your time today, Daniel. Have a good afternoon."),
    ],
    lab=dict(bt=[2], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[4, 6, 8], vic=[8], enc=[6], care=[],
             notes="m02 restates the problem. m08 includes a GIF demonstrating the clicks (vicarious). Steps one at a time (m04, m06, m08). m04 'Thanks.' is an acknowledgement of the confirmation, not encouragement. m06 affirms the customer reached the right screen. 'But I'm the owner of the account?' is neutral puzzlement. Customer changed the role and invited -> customer_did_it. Closing thanks for time."),
))

# ---------------------------------------------------------------- b3-035
CONVS.append(dict(
    cid="b3-035", lang="en", channel="chat", industry="home internet/router", register="casual English",
    tz="-05:00", start="2026-11-03T10:20:00",
    people={"c": ("customer", "cu-e035", "Mike R."), "a": ("agent", "ag-sam", "Sam")},
    msgs=[
        (0, "c", "ok so my wifi drops like every 10 minutes. I've restarted the router 5 times already and it STILL keeps happening. I work from home, this is driving me nuts"),
        (40, "a", "Hey, Sam here from Ziply Home support. Ugh, that sounds really frustrating, I'm sorry you've had to put up with it."),
        (60, "a", "This kind of pattern often comes from interference from neighbouring networks. We've had a lot of customers in apartment buildings fix it by moving their Wi-Fi to a less crowded channel, so let's try that."),
        (75, "a", "First, could you open a browser, go to 192.168.0.1 and log in with the password on the sticker under the router? Tell me when you're on the dashboard."),
        (220, "c", "ok I'm in"),
        (240, "a", "Now click Wireless, then Advanced. What does the Channel field say?"),
        (330, "c", "it says Auto (currently 6)"),
        (350, "a", "Change that to 11 and hit Save."),
        (420, "c", "changed it, it's rebooting"),
        (430, "a", "You're almost there. Once it's back up, reconnect your laptop and just use it as usual for a while. I'll keep the chat open."),
        (2400, "c", "been over 30 min now, not a single drop. thank you so much, you're a lifesaver"),
        (2430, "a", "So glad it's stable now! Thanks for bearing with me through all of that."),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=True, turn=True, did=True,
             step=[4, 6, 8, 10], vic=[3], enc=[10], care=[2, 12],
             notes="Frustration with repeated failure (5 restarts, STILL, driving me nuts). m03 others in apartment buildings fixed it this way (vicarious); it describes the pattern in general, not the customer's words. Steps one per message. m10 'You're almost there' + reconnect step. The 30-minute gap is the customer's own test, not agent work -> progress n/a. Customer thanks -> turnaround; customer changed the channel -> customer_did_it. m12 shared relief + thanks for patience."),
))

# ---------------------------------------------------------------- b3-036
CONVS.append(dict(
    cid="b3-036", lang="en", channel="chat", industry="smartphone app (food delivery)", register="non-native agent English",
    tz="+08:00", start="2026-11-04T12:41:00",
    people={"c": ("customer", "cu-e036", "Grace Lim"), "a": ("agent", "ag-ravi", "Ravi")},
    msgs=[
        (0, "c", "Hi, my order arrived but the iced latte is missing."),
        (35, "a", "Hello, my name is Ravi. Sorry for the inconvenience with your order."),
        (50, "a", "If I understand correctly you receive the order but the iced latte is not inside. Correct?"),
        (80, "c", "Yes, correct."),
        (95, "a", "Can you please share me the order number? It is starting with DX."),
        (140, "c", "DX-889102"),
        (170, "a", "Thank you. I will do the refund of the latte for you from my side now."),
        (240, "a", "Refund is done. Amount will be show in your card usually in 3-5 business days, sometime it depend on your bank."),
        (300, "c", "Can you refund the delivery fee too?"),
        (330, "a", "Sorry, but delivery fee cannot be refunded because the rest of order was delivered."),
        (360, "c", "ok"),
        (375, "a", "Thank you for contacting us. Have a nice day."),
    ],
    lab=dict(bt=[3], progress="n/a", exp=True, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Non-native agent English. m02 apologises for the inconvenience (care). m03 restatement with 'Correct?'. m05 asks for the order number, m07 agent does the refund: neither is a step. m08 hedged outlook (usually… depend on your bank). m10 'Sorry, but…' only softens a refusal -> not care. Closing thanks for contacting -> false. Not difficult."),
))

# ---------------------------------------------------------------- b3-037
CONVS.append(dict(
    cid="b3-037", lang="en", channel="chat", industry="banking app", register="formal English",
    tz="+00:00", start="2026-11-05T14:20:00",
    people={"c": ("customer", "cu-e037", "Hannah Price"), "a": ("agent", "ag-aisha", "Aisha", "+05:30")},
    msgs=[
        (0, "c", "Hi, I think I've just sent £1,200 to the wrong account. I typed one digit wrong in the account number. I'm really worried, that's my rent money."),
        (75, "a", "Good afternoon, this is Aisha from Northgate Bank. I'm so sorry, I can imagine how worrying this is. Let's see what we can do right away."),
        (100, "a", "So you made a transfer of £1,200 today and one digit of the recipient's account number was mistyped, is that right? Could you tell me roughly what time you made the payment?"),
        (160, "c", "Yes, around 2:10pm today, to the account ending 4471 instead of 4477."),
        (190, "a", "Thank you. One moment while I look at the payment."),
        (380, "a", "Good news: the payment was still held for our routine checks, so I've been able to stop it before it left Northgate. The £1,200 will be returned to your account. This usually shows in your balance within two hours, though it can take until the end of the next business day."),
        (470, "c", "Oh thank goodness. Thank you so much, that's a huge relief."),
        (500, "a", "I'm so glad we caught it in time. Thank you for your patience while I checked."),
    ],
    lab=dict(bt=[3], progress="n/a", exp=True, over=False, close=True, diff=True, turn=True, did=False,
             step=[], vic=[], enc=[], care=[2, 8],
             notes="Mixed offsets: customer +00:00, agent +05:30 (first_response_s = 75). Anxiety (really worried, rent money). m03 restates amount and mistyped digit + asks the time. m05 start-of-work; result three minutes later -> progress n/a. The bank stopped the payment (company action) -> customer_did_it false. m06 hedged outlook (usually… can take until). Relief and thanks -> turnaround. m08 shared relief (care) + thanks for patience (closing)."),
))

# ---------------------------------------------------------------- b3-038
CONVS.append(dict(
    cid="b3-038", lang="en", channel="chat", industry="printers", register="non-native agent English",
    tz="+07:00", start="2026-11-06T09:10:00",
    people={"c": ("customer", "cu-e038", "Oliver Grant"), "a": ("agent", "ag-minh", "Minh")},
    msgs=[
        (0, "c", "My printer says offline on my laptop, but it's switched on and connected to wifi."),
        (60, "a", "Hello, this is Minh from PrintPro support. Please you can try to restart the printer first? Tell me when it is done."),
        (200, "c", "Done, restarted."),
        (220, "a", "Now please you go to Control Panel > Devices and Printers, right click on your printer and choose 'See what's printing'. What you see?"),
        (330, "c", "A window with the print queue. There are 3 documents stuck."),
        (350, "a", "Very good, you find the correct window. Many customer have this same offline problem after Windows update, and removing one tick fixed it for them. Please click the Printer menu on top and remove the tick from 'Use Printer Offline'."),
        (430, "c", "The tick is removed and the documents are printing now! Thanks"),
        (450, "a", "Thank you for your patience and cooperation. Have a nice day!"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[2, 4, 6], vic=[6], enc=[6], care=[],
             notes="Non-native English steps one at a time. m06 'Very good, you find the correct window' affirms the customer's action; it also says other customers fixed the same problem this way (vicarious). Customer unticked the option and it printed -> customer_did_it. Not difficult. Closing thanks for patience and cooperation."),
))

# ---------------------------------------------------------------- b3-039
CONVS.append(dict(
    cid="b3-039", lang="en", channel="chat", industry="e-commerce", register="casual English",
    tz="-08:00", start="2026-11-07T19:02:00",
    people={"c": ("customer", "cu-e039", "Tyler"), "a": ("agent", "ag-jordan", "Jordan")},
    msgs=[
        (0, "c", "WHERE IS MY ORDER??? It's been 2 weeks and tracking hasn't moved since the 3rd!!!"),
        (50, "a", "Hi, I'm Jordan with Bloomcart. I'm really sorry about the wait, that's not the experience we want you to have. Could you share your order number?"),
        (110, "c", "BC-559301"),
        (130, "a", "Let me check that for you."),
        (310, "a", "I've looked into it: the carrier has marked the parcel as lost in transit. I've sent a replacement with express shipping at no cost, and it will definitely arrive by Friday."),
        (330, "a", "Anything else I can help with?"),
        (420, "c", "fine."),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=True, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anger in caps and ??? -> difficult. m02 apology for the wait (care) + order-number request. m04 start-of-work; answer 3 minutes later -> progress n/a. m05 'will definitely arrive by Friday' is an unconditional guarantee -> overpromise, no hedge -> expectation false. Closing turn m04-m06 has no thanks. 'fine.' is bare -> no turnaround."),
))

# ---------------------------------------------------------------- b3-040
CONVS.append(dict(
    cid="b3-040", lang="en", channel="chat", industry="smart home (thermostat)", register="formal English",
    tz="+00:00", start="2026-11-09T07:45:00",
    people={"c": ("customer", "cu-e040", "Margaret Hill"), "a": ("agent", "ag-helen", "Helen")},
    msgs=[
        (0, "c", "Good morning. The heating schedule I set up last week doesn't seem to run; the thermostat stays at 18 degrees all day."),
        (70, "a", "Good morning, this is Helen from Nestly support. Could you open the Nestly app, tap your thermostat and then tap Schedule? Please tell me what you see at the top of the screen."),
        (180, "c", "There's a switch that says 'Schedule active' and it's grey."),
        (200, "a", "Good catch, that switch is exactly the culprit. I've made a 40-second screen recording showing what to do next, so you can follow along: https://support.nestly.example/v/schedule-toggle.mp4"),
        (330, "c", "Watched it. So I tap the switch and then press Save?"),
        (345, "a", "Tap the switch so it turns blue, then press Save at the bottom of the screen."),
        (430, "c", "Done. It's showing 21 degrees now, which is my morning setting. Brilliant."),
        (450, "a", "Enjoy the warmth! The schedule is honestly one of the nicest features of the Nestly. Thank you for contacting Nestly support."),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[2, 6], vic=[4], enc=[4], care=[],
             notes="m02 step + 'tell me what you see'. m04 praises the customer's find (encouragement) and shares a screen recording to follow (vicarious). m06 is written as a plain instruction (no yes/no affirmation). m08 praises the product (not encouragement) and thanks only for contacting -> closing_gratitude false. Customer did it and the schedule runs -> customer_did_it."),
))

# ---------------------------------------------------------------- b3-041
CONVS.append(dict(
    cid="b3-041", lang="en", channel="chat", industry="games (console account linking)", register="casual English",
    tz="-06:00", start="2026-11-10T20:30:00",
    people={"c": ("customer", "cu-e041", "jaxx_77"), "a": ("agent", "ag-tom", "Tom")},
    msgs=[
        (0, "c", "hey, trying to link my Xeon Live account to my Runeforge account and I get error 0x8F"),
        (45, "a", "Hi! Tom from Runeforge support. Got it. Are you signed in on the console with the same email you use for Runeforge?"),
        (80, "c", "yes"),
        (95, "a", "Great. On the Runeforge website, go to Account > Linked platforms and click Unlink next to Xeon Live, even if it shows as not linked. Then try linking again from the console. How does that go?"),
        (330, "c", "did that, still error 0x8F"),
        (350, "a", "Sorry this is being so stubborn. One more thing: could you sign out of Xeon Live on the console, sign back in and try once more?"),
        (600, "c", "same error"),
        (630, "a", "Thanks for trying those. This one needs our account team: I've escalated it so they can clear the stuck link on our side. That usually happens within 24 hours, but I can't give you an exact time. You'll get an email when it's done."),
        (680, "c", "ok cool"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=True, diff=False, turn=False, did=False,
             step=[4, 6], vic=[], enc=[], care=[6],
             notes="m02 'Got it.' is a bare acknowledgement; the question is information only. m04 'Great.' alone answers a yes/no -> not encouragement; the rest is a step. Both customer actions failed. m06 apologises for the trouble (care). m08 hedged outlook (usually… can't give an exact time) and thanks for the customer's effort in the closing turn. Customer is neutral ('still error', 'same error' report results; 'ok cool') -> not difficult."),
))

# ---------------------------------------------------------------- b3-042
CONVS.append(dict(
    cid="b3-042", lang="en", channel="chat", industry="travel (airline app)", register="non-native agent English",
    tz="-03:00", start="2026-11-11T05:10:00",
    people={"c": ("customer", "cu-e042", "Laura Bennett"), "a": ("agent", "ag-carlos", "Carlos")},
    msgs=[
        (0, "c", "My flight is in 2 hours and the app won't let me check in!! It just says Check-in unavailable. Please help fast"),
        (40, "a", "Hello, this is Carlos from AeroSur. I understand you are in hurry and this is stressful, don't worry, we will solve it together."),
        (55, "a", "So the app is showing 'Check-in unavailable' for your flight today, yes? Please you can give me the booking code?"),
        (90, "c", "yes. code is QZ7T4P"),
        (110, "a", "Thank you. Please you can log out from the app and log in again, then open My Trips?"),
        (230, "c", "did it, still says unavailable"),
        (260, "a", "Ok, I see the problem, your passport data was not complete in the booking. I complete it now and do the check-in for you from my system."),
        (380, "a", "Check-in is done and boarding pass is sent to your email. No worry, you will 100% make your flight."),
        (980, "c", "Got it, thank you so much!! Made it through security"),
        (1000, "a", "Have a safe flight! Thank you for your patience."),
    ],
    lab=dict(bt=[3], progress="n/a", exp=False, over=True, close=True, diff=True, turn=True, did=False,
             step=[5], vic=[], enc=[], care=[2, 8],
             notes="Urgency (2 hours, help fast). m03 restates the error + asks booking code. The customer's relog step failed; the agent completed the passport data and checked her in -> customer_did_it false. m08 '100% make your flight' -> overpromise; 'No worry' is reassurance -> care (also m02 'don't worry').  Customer thanks at the end -> turnaround. Closing thanks for patience."),
))

# ---------------------------------------------------------------- b3-043
CONVS.append(dict(
    cid="b3-043", lang="en", channel="chat", industry="insurance (home claim portal)", register="formal English",
    tz="+00:00", start="2026-11-12T15:05:00",
    people={"c": ("customer", "cu-e043", "Priti Patel"), "a": ("agent", "ag-george", "George")},
    msgs=[
        (0, "c", "Hello, I'm trying to upload photos of the water damage to my claim, but the portal says 'Upload failed'."),
        (80, "a", "Good afternoon Ms. Patel, this is George from Harbour Home Insurance. Photos taken on newer iPhones are often saved in HEIC format, which the portal doesn't accept. Many policyholders have solved this by saving the photos as JPG first:\n1. Open the Photos app and select the photos.\n2. Tap Share > Options and set Format to 'Most Compatible'.\n3. Choose 'Save to Files', then upload those copies in the portal."),
        (500, "c", "They're uploaded now, all six of them."),
        (520, "a", "Thank you for your time today, Ms. Patel. Our assessor will review the photos together with your claim."),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[2], vic=[2], enc=[], care=[],
             notes="'keeps saying' is a factual description here, with no complaint -> not difficult. m02 other policyholders solved it this way (vicarious) + numbered steps. Customer uploaded them herself -> customer_did_it; no thanks from the customer (not needed, not difficult). Closing thanks for time."),
))

# ---------------------------------------------------------------- b3-044
CONVS.append(dict(
    cid="b3-044", lang="en", channel="chat", industry="government services (passport)", register="formal English",
    tz="+00:00", start="2026-11-13T09:30:00",
    people={"c": ("customer", "cu-e044", "Sophie Turner"), "a": ("agent", "ag-mark", "Mark")},
    msgs=[
        (0, "c", "Hello. I applied to renew my passport on 2 November and haven't received anything yet. I fly to Japan on 10 December. Will it arrive in time? I'm getting quite anxious about it."),
        (90, "a", "Good morning, this is Mark from the Passport Service online help desk. I understand this is stressful with your trip coming up."),
        (110, "a", "To check I have this right: you applied on 2 November and you're due to travel on 10 December, is that correct?"),
        (150, "c", "Yes."),
        (260, "a", "Thank you. Standard processing is currently taking around four weeks from the date we receive your documents, so it may be close. I can't guarantee it will arrive before the 10th. If you need it sooner, the fast-track service is booked through the Passport Adviceline on 0300 555 0100."),
        (340, "c", "So the standard route might not make it in time, and for fast-track I have to call the Adviceline and pay extra?"),
        (360, "a", "Correct."),
        (420, "c", "That's not what I wanted to hear."),
        (440, "a", "Thank you for contacting the Passport Service online help desk."),
    ],
    lab=dict(bt=[3], progress="n/a", exp=True, over=False, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anxiety + deadline. m02 acknowledges stress (care). m03 restates dates. m05 hedged outlook ('around four weeks', 'can't guarantee') and points to another service (not a step). m07 'Correct.' confirms the customer's own restatement -> neither backtracking nor encouragement. Customer ends unhappy; closing thanks only for contacting."),
))

# ---------------------------------------------------------------- b3-045
CONVS.append(dict(
    cid="b3-045", lang="en", channel="chat", industry="software/SaaS (email marketing)", register="casual English",
    tz="+02:00", start="2026-11-16T11:00:00",
    people={"b": ("bot", "bot-sparky", "Sparky"), "c": ("customer", "cu-e045", "Nora Fischer"), "a": ("agent", "ag-lena", "Lena")},
    msgs=[
        (0, "b", "Hi! I'm Sparky, Mailbird's assistant. What can I help you with today?"),
        (15, "c", "how do I export my contact list to a CSV?"),
        (20, "b", "I'll connect you with a human agent. Please hold on!"),
        (140, "a", "Hi there, Lena from Mailbird here! Here's how to export your contacts:\n1. Go to Audience > All contacts\n2. Click the Export button at the top right\n3. Choose CSV and click Download"),
        (260, "c", "Got the CSV, thanks!"),
        (280, "a", "You're welcome! Our help center has more on exports too: https://help.mailbird.example/export. Let me know if you need anything else."),
        (290, "b", "Thanks for chatting with Mailbird! How would you rate this conversation?"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[4], vic=[], enc=[], care=[],
             notes="Bot greeting and hand-off excluded: first_response_s = 140-15 = 125. m04 numbered steps; customer got the CSV -> customer_did_it. m06 bare help link (not vicarious) + generic offer (not a step). The bot's thank-you closing does not count -> closing_gratitude false."),
))

# ---------------------------------------------------------------- b3-046
CONVS.append(dict(
    cid="b3-046", lang="en", channel="chat", industry="clinic (telehealth app)", register="casual/warm English",
    tz="-05:00", start="2026-11-17T15:55:00",
    people={"c": ("customer", "cu-e046", "Alicia Gomez"), "a": ("agent", "ag-beth", "Beth")},
    msgs=[
        (0, "c", "My video appointment starts in 5 minutes and the video won't start, it's just a black screen. I'm panicking a bit"),
        (30, "a", "Hi, I'm Beth from CareLink. Take a breath, you're OK. Let's sort this out together."),
        (45, "a", "On the call screen, could you tap the three dots at the bottom and then 'Camera permissions'? Tell me if a prompt appears."),
        (110, "c", "yes a prompt appeared, I tapped Allow"),
        (125, "a", "Perfect, you did exactly the right thing. Now tap 'Rejoin call' at the top."),
        (180, "c", "I'm in! Doctor can see me"),
        (195, "a", "So glad you made it in, good luck with your appointment!"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=True, turn=False, did=True,
             step=[3, 5], vic=[], enc=[5], care=[2, 7],
             notes="Anxiety/urgency (5 minutes, panicking). m02 reassurance (care). m05 praise tied to the customer's action + next step. Customer fixed it herself -> customer_did_it, but her last message is a success report without thanks -> no turnaround. m07 shared relief (care), no thanks -> closing_gratitude false."),
))

# ---------------------------------------------------------------- b3-047
CONVS.append(dict(
    cid="b3-047", lang="en", channel="chat", industry="smart home (doorbell camera)", register="casual English",
    tz="+10:00", start="2026-11-18T18:20:00",
    people={"c": ("customer", "cu-e047", "Liam O'Brien"), "a": ("agent", "ag-omar", "Omar")},
    msgs=[
        (0, "c", "My doorbell camera shows 'Device offline' in the app since this morning."),
        (60, "a", "Hi, this is Omar from Vistacam support. Could you tell me which version of the Vistacam app you have installed, and which phone you're using?"),
        (300, "c", "nvm, I just deleted the app and reinstalled it myself and the camera is online again"),
        (320, "a", "Glad the camera's back online! Reinstalling refreshes the connection token, so that makes sense. Have a great evening!"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[4],
             notes="m02 is an information request only. The customer fixed it on his own initiative, not following the agent's guidance -> customer_did_it false. m04 shares relief (care); it explains the product and does not praise the customer's action. No thanks in the closing."),
))

# ---------------------------------------------------------------- b3-048
CONVS.append(dict(
    cid="b3-048", lang="en", channel="chat", industry="utilities (water)", register="non-native agent English",
    tz="+04:00", start="2026-11-19T17:10:00",
    people={"c": ("customer", "cu-e048", "Farah Khan"), "a": ("agent", "ag-nadia", "Nadia")},
    msgs=[
        (0, "c", "My card payment failed three times now, I keep getting 'Transaction declined' and the bill is due tomorrow. I don't want a late fee."),
        (50, "a", "Hello, I am Nadia from CityWater. I am sorry for this trouble."),
        (70, "a", "If I understand correctly, your card payment fail with 'Transaction declined' three times and the due date is tomorrow. Correct?"),
        (100, "c", "Correct."),
        (160, "a", "I have extended your due date 7 days from my side, so no late fee will apply."),
        (175, "a", "For the payment, please you can try the Bank transfer option instead of card: on the Pay bill page choose 'Bank transfer' and follow the steps of your bank."),
        (540, "c", "Bank transfer went through, I got the confirmation. Thank you, that's a relief."),
        (560, "a", "Thank you for your patience today."),
    ],
    lab=dict(bt=[3], progress="n/a", exp=False, over=False, close=True, diff=True, turn=True, did=True,
             step=[6], vic=[], enc=[], care=[2],
             notes="Repeated failure + deadline -> difficult. m03 restatement with 'Correct?'. m05 the agent extends the due date (company action, not a step); the task itself (paying the bill) was completed by the customer via bank transfer following m06 -> customer_did_it. Thanks + relief -> turnaround. Closing thanks for patience."),
))

# ---------------------------------------------------------------- b3-049
CONVS.append(dict(
    cid="b3-049", lang="en", channel="chat", industry="e-commerce (gift cards)", register="formal English",
    tz="-05:00", start="2026-11-20T13:00:00",
    people={"c": ("customer", "cu-e049", "Ethan Brooks"), "a": ("agent", "ag-claire", "Claire")},
    msgs=[
        (0, "c", "Hello, I'm trying to redeem a gift card code but it says 'This code has already been redeemed'. I haven't used it before."),
        (60, "a", "Hello, this is Claire from Parcelly. Could you go to Account > Gift cards > Redeem and enter the code once more, making sure there are no spaces?"),
        (200, "c", "Entered it again without spaces, same message."),
        (230, "a", "Could you paste the code here? I'll look into it."),
        (260, "c", "PRLY-7Q4M-22XC"),
        (760, "a", "I'm still checking this with our gift card team."),
        (1200, "a", "I found it: the code was redeemed on 14 November to an older account registered with your work email. I've moved the $50 balance to your current account."),
        (1300, "c", "I see the balance now."),
        (1330, "a", "Thank you for waiting while I sorted that out."),
    ],
    lab=dict(bt=[], progress="vague", exp=False, over=False, close=True, diff=False, turn=False, did=False,
             step=[2], vic=[], enc=[], care=[],
             notes="m02 step failed for the customer. m04 information request + start of work. m06 'still checking with our gift card team' names only who is checking -> vague; m07 delivers the result -> progress vague. The company moved the balance -> customer_did_it false. Customer neutral -> not difficult. Closing thanks for waiting."),
))

# ---------------------------------------------------------------- b3-050
CONVS.append(dict(
    cid="b3-050", lang="en", channel="chat", industry="software/SaaS (video conferencing)", register="formal English",
    tz="+01:00", start="2026-11-23T10:15:00",
    people={"c": ("customer", "cu-e050", "Martin Keller"), "a1": ("agent", "ag-kevin", "Kevin"), "a2": ("agent", "ag-sofia", "Sofia")},
    msgs=[
        (0, "c", "This is the third time I'm contacting you about this. Our cloud recordings keep failing and nobody has fixed it."),
        (60, "a1", "Hello, this is Kevin from Confera support. I'm sorry you've had to reach out again."),
        (80, "a1", "I'm transferring you to our tier-2 team, who handle recording issues. One moment please."),
        (100, "a1", "Transferred to tier-2 (3rd contact, recordings). Please prioritise.", {"internal": True}),
        (300, "a2", "Hi, I'm Sofia from tier-2. I'm sorry you've had to go through this several times; let's get it sorted now. Just so I have it right: your meetings are set to record to the cloud, but the recordings don't get saved, and this has been going on across several contacts with us?"),
        (360, "c", "Yes. The recording starts, but afterwards there's just an error 'Recording could not be saved'."),
        (400, "a2", "Thanks. Could you open the admin console, go to Recording > Cloud storage, and tell me what the usage bar shows?"),
        (480, "c", "It says 100% used."),
        (500, "a2", "That's the cause. Could you click 'Bulk archive' at the top and archive recordings older than 90 days? They'll stay downloadable from the archive."),
        (700, "c", "Done, it's at 40% now. I made a test recording and it saved fine."),
        (720, "a2", "Excellent work, you handled that perfectly. Thank you for your patience through the transfer and all the earlier contacts."),
        (760, "c", "Finally. Thanks."),
    ],
    lab=dict(bt=[5], progress="n/a", exp=False, over=False, close=True, diff=True, turn=True, did=True,
             step=[7, 9], vic=[], enc=[11], care=[2, 5],
             notes="Complaint about repeated contacts -> difficult. Kevin has 2 public messages, Sofia 4 -> primary ag-sofia; Kevin's internal note excluded. m03 transfer to another team (not a step). m05 apology + restatement. m07/m09 customer steps; customer archived and recording saved -> customer_did_it. m11 specific praise + thanks for patience. 'Finally. Thanks.' contains thanks after resolution -> turnaround."),
))

# ---------------------------------------------------------------- b3-051
CONVS.append(dict(
    cid="b3-051", lang="en", channel="chat", industry="smartphone app (camera)", register="casual English",
    tz="+01:00", start="2026-11-24T16:40:00",
    people={"c": ("customer", "cu-e051", "Zoe"), "a": ("agent", "ag-jess", "Jess")},
    msgs=[
        (0, "c", "your app crashes every single time I open the camera. so annoying"),
        (45, "a", "Hey, Jess from Snapcam here. Sorry about that, crashes are the worst."),
        (60, "a", "Could you go to your phone's Settings > Apps > Snapcam > Storage and tap Clear cache? Then reopen the app and open the camera."),
        (300, "c", "ok that worked!"),
        (320, "a", "Great that you found the Storage option so quickly. If it happens again, just let me know."),
        (3900, "c", "nope, crashed again after an hour."),
        (3960, "a", "Sorry, that's really annoying. Since clearing the cache only helps for a while, this looks like a bug on our side. Our developers are working on a fix for the next update, likely within 1-2 weeks, but that's not confirmed yet."),
        (3975, "a", "Thanks for trying all those steps with me."),
        (4000, "c", "ok"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=True, diff=True, turn=False, did=False,
             step=[3], vic=[], enc=[5], care=[2, 7],
             notes="Frustration at repeated crashes. m03 step; it seemed to work but the app crashed again -> customer_did_it false. m05 praises the customer's quick navigation (encouragement); 'let me know' is generic. m07 care + hedged outlook. Closing turn m07-m08 thanks for the customer's effort. Bare 'ok' -> no turnaround."),
))

# ---------------------------------------------------------------- b3-052
CONVS.append(dict(
    cid="b3-052", lang="en", channel="email", industry="software/SaaS (CRM API)", register="formal English (B2B)",
    tz="-05:00", start="2026-11-17T09:15:00",
    people={"c": ("customer", "cu-e052", "Marcus Reid"), "a": ("agent", "ag-emma", "Emma Clarke", "+00:00")},
    msgs=[
        (0, "c", "Hi,\n\nSince your v4.2 release on Monday, our webhook sync from Corelia to our billing system fails for some records with HTTP 413. Could you look into it?\n\nBest,\nMarcus Reid\nFieldline Inc."),
        (T(0, 1, 47), "a", "Hi Marcus,\n\nThanks for reporting this. So webhook deliveries to your billing system started failing with HTTP 413 for some records after the v4.2 release, correct? I've passed this to our engineering team to investigate.\n\nBest regards,\nEmma Clarke\nCorelia Support"),
        (T(1, 1, 25), "a", "Hi Marcus,\n\nQuick update: engineering has reproduced the issue. Since v4.2, webhook payloads larger than 1 MB are rejected by a new gateway limit, and records with many attached notes exceed that. They are preparing a patch that restores the previous limit.\n\nBest regards,\nEmma"),
        (T(2, 0, 50), "a", "Hi Marcus,\n\nThe patch has passed code review and is now in QA. We're planning to deploy it on Friday at 18:00 UTC, though that may move if QA finds anything.\n\nBest regards,\nEmma"),
        (T(3, 4, 25), "a", "Hi Marcus,\n\nThe patch was deployed at 18:20 UTC today. Payloads up to 10 MB are accepted again, and we have re-sent the failed webhooks from the past week. Thank you for your patience while we worked on this.\n\nBest regards,\nEmma"),
        (T(3, 5, 55), "c", "Hi Emma,\n\nConfirmed, the sync is working again and the missing records came through. Thanks for keeping us posted.\n\nMarcus\n\n> The patch was deployed at 18:20 UTC today."),
    ],
    lab=dict(bt=[2], progress="concrete", exp=True, over=False, close=True, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="Mixed offsets: customer -05:00, agent +00:00 (first_response_s = 6420). m02 restates the failure (backtracking) + start of work. m03 and m04 are concrete interim updates; m04 gives a hedged deployment outlook. m05 delivers the fix and thanks for patience (closing). Customer never chased or complained -> not difficult. Company fix -> customer_did_it false."),
))

# ---------------------------------------------------------------- b3-053
CONVS.append(dict(
    cid="b3-053", lang="en", channel="email", industry="banking (card dispute)", register="formal English",
    tz="-05:00", start="2026-11-16T08:05:00",
    people={"c": ("customer", "cu-e053", "Linda Moreau"), "a": ("agent", "ag-robert", "Robert Chen")},
    msgs=[
        (0, "c", "Hello,\n\nThere's a charge of $349.00 from 'TRVL*SKYHOP' on my debit card dated 12 November that I didn't make. Please investigate.\n\nRegards,\nLinda Moreau"),
        (T(3, 1, 0), "c", "Hello,\n\nI emailed on Monday about a disputed charge and haven't heard anything. Any update??? This is my everyday account and I'm really worried.\n\nLinda\n\n> There's a charge of $349.00 from 'TRVL*SKYHOP' on my debit card dated 12 November that I didn't make."),
        (T(3, 4, 0), "a", "Customer chasing; dispute not yet opened. Handling now.", {"internal": True}),
        (T(3, 5, 10), "a", "Dear Ms. Moreau,\n\nI sincerely apologize for the delay in getting back to you. I understand how worrying an unrecognized charge on your everyday account must be.\n\nTo confirm: you did not authorize the $349.00 payment to TRVL*SKYHOP dated 12 November on your debit card. I have opened a dispute for this charge and blocked the card; a replacement card has been ordered. A provisional credit of $349.00 has been applied to your account today.\n\nDisputes are typically resolved within 45 days. Please note that the provisional credit may be reversed if the merchant provides proof that the transaction was authorized.\n\nThank you for your patience.\n\nKind regards,\nRobert Chen\nCard Services, Lakeshore Bank"),
    ],
    lab=dict(bt=[4], progress="none", exp=True, over=False, close=True, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[4],
             notes="Customer chased after three days with ??? and worry -> difficult; no interim update before the result -> progress none. Internal note before the first public reply is excluded (first_response_s measured from the first customer mail = 3 days 5h10m). m04 apologises for the customer's wait and acknowledges worry (care), restates the charge (backtracking), hedged outlook (typically… may be reversed), and thanks for patience. No customer reply -> no turnaround."),
))

# ---------------------------------------------------------------- b3-054
CONVS.append(dict(
    cid="b3-054", lang="en", channel="email", industry="printers (laser)", register="non-native agent English",
    tz="+01:00", start="2026-11-18T10:00:00",
    people={"c": ("customer", "cu-e054", "Paul Dubois"), "a": ("agent", "ag-huong", "Huong", "+07:00")},
    msgs=[
        (0, "c", "Hello,\n\nI replaced the toner cartridge in my LX-200 laser printer and now the display shows error E-04. It won't print anything.\n\nThanks,\nPaul"),
        (T(0, 5, 0), "a", "Dear Paul,\n\nThank you for your email. If I understand correctly you change the toner cartridge and after that the error E-04 show on the display. Correct?\n\nThis error is very common after change toner. Many customer have same error because the orange protective tape is still on the new cartridge, and after they remove it the printer work normal again. Please you can try this:\n1. Open the front cover.\n2. Take out the toner cartridge and check if the orange tape on the side is removed.\n3. Put back the cartridge and close the cover firmly until it click.\n\nBest regards,\nHuong\nLaserOne Support"),
        (T(0, 7, 10), "c", "Oh wow, the tape was still on. Removed it and the error is gone, printing fine. Thanks!"),
    ],
    lab=dict(bt=[2], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[2], vic=[2], enc=[], care=[],
             notes="Agent timestamps at +07:00, customer at +01:00. Non-native restatement with 'Correct?', others-fixed-it (vicarious) and a numbered list in one mail. Customer removed the tape and it prints -> customer_did_it. Opening 'Thank you for your email' only -> no closing gratitude."),
))

# ---------------------------------------------------------------- b3-055
CONVS.append(dict(
    cid="b3-055", lang="en", channel="email", industry="travel (tour operator)", register="formal English",
    tz="+01:00", start="2026-11-16T09:30:00",
    people={"c": ("customer", "cu-e055", "Anna Kowalski"), "a": ("agent", "ag-luca", "Luca Bianchi")},
    msgs=[
        (0, "c", "Hello,\n\nI cancelled my Lisbon tour package (booking TR-44812) three weeks ago and I still haven't received my refund of €840. This is unacceptable.\n\nAnna Kowalski"),
        (T(0, 6, 0), "a", "Dear Ms. Kowalski,\n\nI'm sorry for the long wait for your refund. I'm checking with our finance team now and will get back to you.\n\nKind regards,\nLuca Bianchi\nWanderway Tours"),
        (T(3, 0, 30), "c", "Any news?\n\n> I'm checking with our finance team now and will get back to you."),
        (T(3, 2, 30), "a", "Dear Ms. Kowalski,\n\nStill looking into it with finance. I'll write again as soon as I have more.\n\nLuca"),
        (T(5, 1, 0), "a", "Dear Ms. Kowalski,\n\nAn update: finance found that your refund was on hold because the booking had been flagged as a group booking by mistake. They have removed the flag and queued the refund for the next payment run, which normally takes place on Friday.\n\nLuca"),
        (T(11, 2, 0), "a", "Dear Ms. Kowalski,\n\nThe refund of €840 was sent to your Visa card ending 4421 today. I guarantee it will be in your account by Monday.\n\nKind regards,\nLuca"),
        (T(14, 0, 0), "c", "It arrived this morning. Thanks, I appreciate you chasing it."),
    ],
    lab=dict(bt=[], progress="mixed", exp=True, over=True, close=False, diff=True, turn=True, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anger (unacceptable) and a chase (Any news?). m02 apology for the long wait (care) + start notice. m04 vague update; m05 concrete update (cause found, flag removed) with a hedged timing (normally on Friday) -> progress mixed, expectation. m06 'I guarantee' -> overpromise (the refund did arrive, but the guarantee had no basis when given). Customer thanks after the refund arrived -> turnaround. Last agent mail has no thanks."),
))

# ---------------------------------------------------------------- b3-056
CONVS.append(dict(
    cid="b3-056", lang="en", channel="email", industry="e-commerce (marketplace sellers)", register="casual English",
    tz="-07:00", start="2026-11-25T08:10:00",
    people={"c": ("customer", "cu-e056", "Tara Nguyen"), "a": ("agent", "ag-ben", "Ben")},
    msgs=[
        (0, "c", "Hey! Quick one: can I change my shop name on Shoply? I rebranded last month.\n\nTara"),
        (T(0, 3, 0), "a", "Hi Tara,\n\nYes, you can! Head to Shop settings > Profile, click Edit next to your shop name, type the new one and hit Save. Heads-up: the name can be changed once every 30 days. In other words, after you change it, the next change is possible 30 days later.\n\nThanks for choosing Shoply!\nBen"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=False,
             step=[2], vic=[], enc=[], care=[],
             notes="Single reply with a short step sequence. 'In other words' explains the product rule, not the customer's words -> no backtracking. Closing thanks for choosing the company -> false. No confirmation from the customer -> customer_did_it false."),
))

# ---------------------------------------------------------------- b3-057
CONVS.append(dict(
    cid="b3-057", lang="en", channel="email", industry="insurance (pet)", register="casual English",
    tz="-05:00", start="2026-11-23T07:40:00",
    people={"c": ("customer", "cu-e057", "Chris Walker"), "a": ("agent", "ag-nina", "Nina")},
    msgs=[
        (0, "c", "Hi,\n\nMy dog Bella needs knee surgery on Thursday next week, and I need to know whether it's covered before I can go ahead. I'm really anxious about the cost.\n\nPolicy PET-220914\nChris"),
        (T(0, 5, 0), "a", "Hi Chris,\n\nI understand how worrying this must be, for Bella and for you. I've passed your pre-approval request to our claims team.\n\nBest,\nNina\nPawsure Claims"),
        (T(3, 1, 0), "c", "Hi Nina, any news? The surgery is on Thursday.\n\nChris"),
        (T(3, 3, 0), "a", "Hi Chris,\n\nOur claims team is still reviewing it.\n\nNina"),
        (T(4, 2, 0), "a", "Hi Chris,\n\nGood news: the surgery has been pre-approved. The policy covers up to $3,000 for this procedure, minus your $250 deductible. The final amount depends on the itemised invoice from the clinic, so I can't confirm the exact figure yet. Thank you for your patience while we reviewed this.\n\nBest,\nNina"),
    ],
    lab=dict(bt=[], progress="vague", exp=True, over=False, close=True, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anxiety + chase. m02 care + start notice. m04 vague (only who is reviewing). m05 result with what will be covered, the uncertain part marked (can't confirm the exact figure) -> expectation; thanks for patience -> closing. No customer reply -> no turnaround."),
))

# ---------------------------------------------------------------- b3-058
CONVS.append(dict(
    cid="b3-058", lang="en", channel="email", industry="software (desktop licence)", register="formal English",
    tz="+09:00", start="2026-11-26T21:00:00",
    people={"c": ("customer", "cu-e058", "Kenji Watanabe"), "a": ("agent", "ag-sarah", "Sarah Lindqvist", "+01:00")},
    msgs=[
        (0, "c", "Hello,\n\nI've tried to activate my PhotoForge license four times now and every time I get 'Activation server unreachable'. I paid for this and can't use it. Very frustrating.\n\nKenji Watanabe"),
        (T(0, 4, 0), "a", "Dear Mr. Watanabe,\n\nI'm sorry for the trouble, and I understand how frustrating this is.\n\nJust to confirm: every activation attempt ends with 'Activation server unreachable', correct? In that case the simplest route is offline activation. I've attached screenshots of each step so you can follow along:\n1. In PhotoForge, open Help > Activate and click 'Offline activation' (screenshot 1).\n2. Copy the request code shown and paste it at activate.photoforge.example (screenshot 2).\n3. Copy the response code from the website back into PhotoForge and click Activate (screenshot 3).\n\nBest regards,\nSarah Lindqvist\nPhotoForge Support"),
        (T(1, 0, 30), "c", "Finally activated. Thank you for the clear screenshots, that made it easy."),
        (T(1, 2, 0), "a", "Dear Mr. Watanabe,\n\nGlad that did the trick! Enjoy PhotoForge.\n\nBest regards,\nSarah"),
    ],
    lab=dict(bt=[2], progress="n/a", exp=False, over=False, close=False, diff=True, turn=True, did=True,
             step=[2], vic=[2], enc=[], care=[2, 4],
             notes="Frustration after four failed attempts. m02 apology + acknowledgement of frustration (care), restatement of the error (backtracking), step-by-step screenshots (vicarious) and numbered steps. Customer activated offline himself and thanked -> turnaround, customer_did_it. m04 shared relief, no thanks -> closing_gratitude false."),
))

# ---------------------------------------------------------------- b3-059
CONVS.append(dict(
    cid="b3-059", lang="en", channel="email", industry="home internet (ISP billing)", register="formal English",
    tz="-06:00", start="2026-11-30T11:25:00",
    people={"c": ("customer", "cu-e059", "Peter Hughes"), "a": ("agent", "ag-amelia", "Amelia Ross")},
    msgs=[
        (0, "c", "Hello,\n\nOur internet was down from 14 to 16 November. I'd like to request a credit for those days.\n\nAccount 88120-4\nRegards,\nPeter Hughes"),
        (T(1, 0, 40), "a", "Dear Mr. Hughes,\n\nThank you for getting in touch. I understand your service was down from 14 to 16 November and you'd like a credit for those days. We're sorry for the disruption.\n\nI've applied a credit of $15.00 to your account. It should appear on your next bill, though depending on where you are in your billing cycle it may show on the one after.\n\nKind regards,\nAmelia Ross\nBrightline Broadband"),
        (T(1, 3, 0), "c", "Great, thanks."),
    ],
    lab=dict(bt=[2], progress="n/a", exp=True, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="'I understand your service was down…' restates the customer's dates (backtracking), not a feelings statement. 'We're sorry for the disruption' apologises for the trouble (care). Hedged billing outlook. Only opening thanks -> no closing gratitude. Not difficult."),
))

# ---------------------------------------------------------------- b3-060
CONVS.append(dict(
    cid="b3-060", lang="en", channel="email", industry="government services (tax portal)", register="formal English",
    tz="+00:00", start="2026-12-01T18:30:00",
    people={"c": ("customer", "cu-e060", "James O'Neill"), "a": ("agent", "ag-helen-d", "Helen Doyle")},
    msgs=[
        (0, "c", "Hello,\n\nI've forgotten the PIN for my online tax account. How can I reset it?\n\nJames O'Neill"),
        (T(0, 15, 0), "a", "Dear Mr O'Neill,\n\nThank you for your message. You can reset your PIN online:\n1. Go to the sign-in page and click 'Forgotten PIN'.\n2. Enter your tax reference number and date of birth.\n3. Choose to receive a code by text message and enter it.\n4. Answer the identity check questions and set a new PIN.\n\nYours sincerely,\nHelen Doyle\nRevenue Online Service"),
        (T(0, 20, 0), "c", "Dear Ms Doyle,\n\nI did steps 1 to 3, but step 4 says 'Identity check failed' every time. I've tried three times and I've now spent two hours on this. This is getting really frustrating.\n\nJames\n\n> 4. Answer the identity check questions and set a new PIN."),
        (T(1, 16, 0), "a", "> I did steps 1 to 3, but step 4 says 'Identity check failed' every time.\n\nDear Mr O'Neill,\n\nThank you for the information. I'm sorry this has taken up so much of your time. After a failed identity check, the PIN can only be reset with a verification letter. Please request one through the 'Contact us' form and select 'PIN reset letter'.\n\nYours sincerely,\nHelen Doyle"),
        (T(1, 18, 0), "c", "Very disappointing. I'll fill in the form, but I expected this to be simpler."),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=True, turn=False, did=False,
             step=[2], vic=[], enc=[], care=[4],
             notes="m02 numbered steps; step 4 failed for the customer, who then complains (tried three times, two hours, really frustrating) -> difficult. m04 quotes the customer on a '>' line: the quote is not a restatement, and the agent's own text does not restate. 'Thank you for the information' is not encouragement; 'I'm sorry this has taken up so much of your time' acknowledges the burden (care). Pointing to the contact form is not a step. Customer ends unhappy."),
))
