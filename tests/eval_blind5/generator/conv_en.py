"""English conversations b5-001 .. b5-025, written by hand.

Each message is (gap_seconds_after_previous_message, who, text[, options]).
who: "c" customer, "a1"/"a2" public agent message, "n1"/"n2" internal note by that agent,
"bot", "sys". options may hold {"tz": "+01:00"} to render that message in another UTC offset.
Label message lists use message numbers (m01 == 1).
"""
from common import T, MIN, HOUR, DAY

CONVS = []

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-001", lang="en", channel="chat",
    start="2026-02-13T17:38:20+00:00",
    people={"c": ("cu-dwhitfield", "Dana Whitfield"), "a1": ("ag-omar", "Omar")},
    msgs=[
        (0, "c", "hi im standing next to the car (the blue corsa on level 2 of the Castle St garage) and the app won't unlock it. I have to collect my son from nursery at 6 and its 5.40 now. please help quickly"),
        (35, "a1", "Hi Dana, I'm Omar. So you're at the blue Corsa on level 2, the booking has started, but tapping Unlock in the app doesn't do anything, is that right?"),
        (20, "c", "yes. spinning circle then 'connection failed'"),
        (25, "a1", "OK. I know the clock's ticking, so let's keep this quick. Underground levels usually have no signal, so down there the app talks to the car over Bluetooth. Could you check Bluetooth is switched on on your phone, then close the app completely and open it again?"),
        (60, "c", "bluetooth was off. turned it on, reopened. now it says 'Searching for car...'"),
        (15, "a1", "Perfect, that's exactly what should happen now. Stand within a couple of metres of the driver's door, pull down on the booking screen to refresh, and when it says 'Car nearby' tap Unlock."),
        (40, "c", "ok it beeped and the lights flashed, doors open!!"),
        (10, "c", "thank you so much, honestly you saved me"),
        (20, "a1", "Brilliant, so glad you're in! Thanks for bearing with me through those steps, Dana. Drive safe and good luck with the nursery run."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, cg=True,
                difficult=True, turnaround=True, did_it=True,
                sg=[4, 6], vic=[], enc=[6], emo=[4, 9],
                notes="Difficult by deadline pressure (nursery pickup in 20 minutes, 'please help quickly'). The customer switched on Bluetooth and refreshed as guided and reports the doors opening, then thanks: customer_did_it and turnaround. m04 'I know the clock's ticking' acknowledges the time pressure (emotional care)."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-002", lang="en", channel="chat",
    start="2026-04-18T16:05:12-05:00",
    people={"c": ("cu-mhale", "Marcus Hale"), "a1": ("ag-lena", "Lena")},
    msgs=[
        (0, "c", "WHERE ARE MY TICKETS??? Show starts at 8 and the app says 'No upcoming events'. I paid $312 for these!!!"),
        (50, "a1", "Hi Marcus, I'm sorry, I know that's an awful thing to see a few hours before a show. Could you give me the email address the order was placed with?"),
        (30, "c", "marcus.hale88 at gmail. order STG-55102"),
        (20, "a1", "Thanks, let me check that order."),
        (130, "a1", "Found it. The order went into a payment verification hold because the billing ZIP didn't match your card, which is why nothing shows in the app. I've cleared the hold on our side and re-issued the tickets to your account."),
        (15, "a1", "If you pull down to refresh on the My Tickets tab they should appear."),
        (40, "c", "ok theyre there now."),
        (20, "a1", "Enjoy the show tonight, Marcus!"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=False,
                difficult=True, turnaround=False, did_it=False,
                sg=[6], vic=[], enc=[], emo=[2],
                notes="Anger in capitals and '???'/'!!!' with the show starting tonight: difficult. The company cleared the payment hold; the customer only refreshed to see the tickets (follow-up), so customer_did_it is false although m06 asks for a concrete step (step guidance). The customer's last line is a bare success report without thanks: no turnaround. The 2-minute look-up is normal back-and-forth (progress n/a)."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-003", lang="en", channel="chat",
    start="2026-01-07T10:12:44-06:00",
    people={"c": ("cu-jokafor", "Judith Okafor"), "a1": ("ag-sam", "Sam")},
    msgs=[
        (0, "c", "Refill status for Rx 448120?"),
        (70, "a1", "Hi Judith, sorry, before I look, can I get your date of birth to confirm it's you?"),
        (25, "c", "04/11/1961"),
        (40, "a1", "Got it. That refill (lisinopril 10 mg, 90 tablets) was filled this morning and is ready for pickup at the Elm Street store. They hold filled prescriptions for 10 days."),
        (30, "c", "ok"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[],
                notes="Terse but neutral customer: not difficult. The 'sorry' in m02 only softens an identity question, so it is not emotional care. Answered directly; no closing thanks."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-004", lang="en", channel="chat",
    start="2026-05-21T21:47:03+01:00",
    people={"c": ("cu-rmorgan", "Rhys Morgan"), "a1": ("ag-aisha", "Aisha")},
    msgs=[
        (0, "c", "Hiya. Swapped to an eSIM yesterday and since then no mobile data at all. Calls and texts fine. I fly to Lisbon at 7am tomorrow and I need data for my boarding pass and the taxi app, so I'm getting a bit panicky tbh"),
        (95, "a1", "Hi Rhys, I'm Aisha. I get it, nobody wants to be sorting this out the night before a flight. So since the eSIM went live yesterday, calls and texts work but there's no data at all, not even 4G?"),
        (40, "c", "yep, zero. Just shows the bars with no 4G/5G symbol"),
        (30, "a1", "OK. After an eSIM swap some phones hang on to the old data settings. We've had quite a few customers in exactly this spot this week and re-entering the APN sorted it for nearly all of them. What phone are you on?"),
        (15, "c", "Pixel 7"),
        (45, "a1", "On a Pixel it's quick:\n1. Settings > Network & internet > SIMs\n2. Tap Access Point Names\n3. Tap + and enter Name: Tallis, APN: data.tallis\n4. Save, then select it\nTell me when you've done that and what you see at the top of the screen."),
        (180, "c", "did it. hang on"),
        (40, "c", "ok there's a 4G icon now up by the battery and google loads!!"),
        (20, "a1", "That's it, you set that up exactly right. One more thing for tomorrow: could you switch on Data roaming on that same SIMs screen, so it's ready when you land?"),
        (30, "c", "roaming's on. cheers Aisha, massive relief, I can actually sleep tonight"),
        (25, "a1", "So glad it's sorted! Thanks for your patience going through all that. Have a great trip."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, cg=True,
                difficult=True, turnaround=True, did_it=True,
                sg=[6, 9], vic=[4], enc=[9], emo=[2, 11],
                notes="Anxiety plus a travel deadline ('a bit panicky', flight at 7am): difficult. The customer entered the APN himself and reports success implicitly ('4G icon now ... google loads'), then relief and thanks: did_it and turnaround. m04 tells him other customers fixed it by re-entering the APN (vicarious)."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-005", lang="en", channel="chat",
    start="2026-06-09T08:51:30+01:00",
    people={"c": ("cu-tbecker", "Tom Becker"), "a1": ("ag-keira", "Keira")},
    msgs=[
        (0, "a1", "Hi there, I'm Keira from Harbourside Vets. Anything I can help with today?"),
        (240, "c", "Hi, need to book Milo's booster. He's a 4 yr old beagle. Mornings are best for me"),
        (35, "a1", "Happy to help. So that's the annual booster for Milo, and a morning slot suits you best? Let me look at the diary."),
        (100, "a1", "The earliest morning with a vet free is Thursday the 11th at 9:20. Would that work?"),
        (30, "c", "Oh, Thursday. Was hoping for tomorrow but fine, book it"),
        (40, "a1", "Done. Milo's booked for Thursday 11 June at 9:20 with Dr. Walsh, and you'll get a text reminder the day before."),
        (10, "a1", "Thanks for your patience while I went through the diary, Tom. See you both on Thursday!"),
    ],
    labels=dict(bt=[3], progress="n/a", exp=False, over=False, cg=True,
                difficult=False, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[],
                notes="The agent's greeting m01 comes before the customer wrote, so first_response_s is measured from m02 to m03 (35 s). 'Was hoping for tomorrow but fine' is mild disappointment: not difficult. Closing turn = m06+m07 (10 s apart); m07 thanks for patience."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-006", lang="en", channel="chat",
    start="2026-01-20T08:31:05+00:00",
    people={"c": ("cu-prao", "Priyanka Rao"), "a1": ("ag-ben", "Ben")},
    msgs=[
        (0, "c", "Fantastic. My badge has 'forgotten' me again. Third time this month. Standing outside the front door in the rain, love it."),
        (60, "a1", "Morning Priyanka, I'm really sorry. Three times in a month is not OK, and definitely not in this weather. What's the number on the back of your badge?"),
        (20, "c", "FD-10488. Obviously."),
        (45, "a1", "Thanks. I've re-pushed FD-10488 to the front door reader from here. Could you tap it again?"),
        (30, "c", "Still red light. Still raining."),
        (40, "a1", "OK, that should have worked, so something's off with the reader itself. Let me dig into it."),
        (180, "a1", "Update: the front door reader shows as out of sync with our access system. It hasn't taken any badge changes since last night, which would explain the earlier failures too. I've asked the building tech to restart it. That usually takes 5-10 minutes, but I can't promise exactly when he'll get to it."),
        (120, "c", "Great. So I'm paying £300 a month to stand in a doorway."),
        (300, "a1", "The reader has been restarted and your badge is showing as live on it again."),
        (60, "c", "Door opened. Whatever. I'll be looking at other spaces when my contract's up."),
        (30, "a1", "Understood, and I'm sorry again. I've logged the reader fault so the team can see the pattern with your badge this month."),
    ],
    labels=dict(bt=[], progress="concrete", exp=True, over=False, cg=False,
                difficult=True, turnaround=False, did_it=False,
                sg=[4], vic=[], enc=[], emo=[2, 11],
                notes="Sarcasm ('Fantastic', 'love it'), 'third time this month', a threat to leave: difficult. m07 is a concrete interim update (what was found and done) with a hedged outlook ('usually 5-10 minutes, but I can't promise'): expectation_set. 'definitely not in this weather' in m02 is not a guarantee about the outcome (no overpromise). The company fixed the reader; tapping the badge (m04 asks for it: step guidance) is only a test, so customer_did_it is false. The customer ends unhappy: no turnaround."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-007", lang="en", channel="chat",
    start="2026-03-04T18:20:41+00:00",
    people={"c": ("cu-hbrennan", "Holly Brennan"), "a1": ("ag-marco", "Marco")},
    msgs=[
        (0, "c", "Box came today without the double cream or the lime for the Thai curry. Can you credit those?"),
        (80, "a1", "Hi Holly, sorry about that, it's annoying when you've planned dinner around it. So today's box had everything apart from the double cream and the lime for the Thai green curry?"),
        (25, "c", "Yes that's it."),
        (50, "a1", "I've added £3.40 credit to your account for the two items, you can see it under Account > Credits. Thank you for choosing FreshCrate!"),
        (30, "c", "fine, thanks"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[2],
                notes="A plain, polite request: not difficult, so no turnaround despite 'thanks'. The closing 'Thank you for choosing FreshCrate!' thanks for choosing the company, which LABELING.md excludes from closing_gratitude. Credit applied by the company."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-008", lang="en", channel="chat",
    start="2026-01-15T20:05:10+00:00",
    people={"c": ("cu-fsiddiqui", "Farah Siddiqui"), "a1": ("ag-daniel", "Daniel")},
    msgs=[
        (0, "c", "Hello, I am trying to upload my daughter's reference letter for the Year 7 application and the Upload button is grey and won't click. The deadline is midnight TONIGHT. I have been trying for an hour. I am really worried we will lose her place."),
        (120, "a1", "Hi Farah, I'm Daniel. I understand how worrying this is with the deadline tonight. Just to check I've got it right: you're on the Documents step of the Year 7 application, and the Upload button for the reference letter is greyed out?"),
        (30, "c", "Yes exactly. Everything else is uploaded."),
        (40, "a1", "Thanks. The button usually greys out when the file type isn't accepted. Could you try this:\n1. Save the letter as a PDF (not Word or a photo)\n2. Check it's under 5 MB\n3. Click 'Choose file' again and pick the PDF\nLet me know what happens."),
        (360, "c", "I converted it, it is 340 KB PDF. Still grey!!! What is going on"),
        (60, "a1", "OK, then it's not your file. Let me check the application on our side."),
        (240, "a1", "Quick update: the reference slot on your application is locked. It looks like it was locked during a system update this afternoon. I've asked our on-call engineer to unlock it and he's on it now. It's normally a few minutes' job, but I can't give you an exact time."),
        (180, "c", "Please hurry. If it goes past midnight is it over?"),
        (40, "a1", "Don't worry, your application will definitely be accepted even if this runs past midnight."),
        (300, "a1", "The slot is unlocked. The Upload button should be active now, please go ahead and upload the PDF."),
        (120, "c", "It says 'Received' next to the reference now."),
        (15, "c", "Thank you, thank you. I was so scared we'd miss it."),
        (30, "a1", "I'm so glad it went through, Farah. Good luck to your daughter!"),
    ],
    labels=dict(bt=[2], progress="concrete", exp=True, over=True, cg=False,
                difficult=True, turnaround=True, did_it=False,
                sg=[4, 10], vic=[], enc=[], emo=[2, 9, 13],
                notes="Deadline tonight and 'really worried': difficult. The customer's own attempt (PDF under 5 MB) failed; an engineer unlocked the slot, and the upload afterwards is a follow-up, so customer_did_it is false. m07 is a concrete update with a hedged outlook (expectation_set); m09 'will definitely be accepted even if this runs past midnight' is an unconditional guarantee without basis (overpromise) and also reassurance (emotional care). Relief and thanks at the end: turnaround. Closing m13 has no gratitude."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-009", lang="en", channel="chat",
    start="2026-07-11T07:48:19-04:00",
    people={"c": ("cu-ktran", "Kevin Tran"), "a1": ("ag-grace", "Grace")},
    msgs=[
        (0, "c", "dock 212 won't release the bike. green light then nothing"),
        (90, "a1", "Hi Kevin, thanks for the message. Which bike number is it? It's on the sticker under the saddle."),
        (50, "c", "nvm. pushed it back in hard and pulled again and it came out"),
        (30, "a1", "Good to hear, enjoy the ride! If it happens again just send us the dock and bike number."),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[4],
                notes="The customer fixed it alone, without any guidance from the agent (the agent had only asked for the bike number): customer_did_it is false. Terse but neutral: not difficult. 'Good to hear' shares the relief after the success (emotional care); 'thanks for the message' is opening thanks, not closing gratitude."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-010", lang="en", channel="chat",
    start="2026-09-02T12:10:55+10:00",
    people={"c": ("cu-ntmai", "Nguyen Thi Mai"), "a1": ("ag-sophie", "Sophie")},
    msgs=[
        (0, "c", "Hello. My work shift is changed from next week, I finish at 6pm now. So I can not come to the morning B1 class anymore. I want to change to evening class please."),
        (120, "a1", "Hi Mai, thanks for getting in touch. Just to confirm: your shift now ends at 6pm, so from next week you'd like to move from the Tuesday/Thursday 10am B1 group to an evening group?"),
        (40, "c", "Yes, correct."),
        (60, "a1", "Normally we don't move students between groups in the middle of a term, because the groups are on different units. Would you be able to finish this term in the morning group?"),
        (90, "c", "I understand the rule, but I really can not, my manager will not change the shift. I still ask to move please. I can study the missing unit myself."),
        (180, "a1", "That's fair. I've checked with the director and we can make an exception, and the Tue/Thu 7pm B1 group has space. You can switch yourself in the student portal:\n1. Log in and go to My Classes\n2. Click 'Change group' next to B1 Morning\n3. Choose 'B1 Evening - Tue/Thu 7pm' and confirm\nIt should then show on your timetable."),
        (240, "c", "I did it. Now on my timetable is Tuesday 7pm B1 Evening. Thank you for help."),
        (45, "a1", "You did it exactly right. Thank you for your patience and flexibility, Mai. Enjoy the evening class!"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, cg=True,
                difficult=False, turnaround=False, did_it=True,
                sg=[6], vic=[], enc=[8], emo=[],
                notes="Politely insistent non-native customer ('I still ask to move please'): no anger, anxiety, urgency or chasing, so not difficult. The customer switched groups herself in the portal following m06 and reports it on her timetable: customer_did_it. The 3-minute check with the director is normal back-and-forth (progress n/a)."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-011", lang="en", channel="chat",
    start="2026-03-24T09:10:02-07:00",
    people={"c": ("cu-epark", "Ellie Park"), "a1": ("ag-jon", "Jon")},
    msgs=[
        (0, "c", "Hi, the Solace Lamp project I backed got cancelled on 2 March. Backwell said pledges would be refunded. Nothing yet. Pledge ID BW-77310."),
        (240, "a1", "Hi Ellie, I'm Jon. I'll pass this to our payments team to look into and get back to you."),
        (5 * HOUR + 26 * MIN, "c", "Any news? It's been over 3 weeks and I'd really like my $85 back."),
        (25 * MIN, "a1", "Sorry you had to chase this, Ellie. Payments found that the refund failed because the card on your pledge expired in February. They've now put the $85 in your Backwell wallet and I've requested a transfer to your bank account. Bank transfers usually arrive within 3-5 business days, though it depends on your bank."),
        (180, "c", "Ah ok, that makes sense. Appreciate it, thanks Jon."),
    ],
    labels=dict(bt=[], progress="none", exp=True, over=False, cg=False,
                difficult=True, turnaround=True, did_it=False,
                sg=[], vic=[], enc=[], emo=[4],
                notes="The customer had to chase ('Any news? It's been over 3 weeks'): difficult. m02 is a start-of-work notice; after the chase the agent delivered the result directly, so there was no interim update (progress none). 'usually 3-5 business days, though it depends on your bank' is a hedged outlook. 'Sorry you had to chase this' addresses the waiting (emotional care). Thanks at the end: turnaround."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-012", lang="en", channel="chat",
    start="2026-08-01T07:15:38-05:00",
    people={"c": ("cu-cjensen", "Carl Jensen"), "a1": ("ag-nadia", "Nadia")},
    msgs=[
        (0, "c", "You've charged me TWICE again. $49.99 at 6:02 and $49.99 at 6:05 on the 1st. This is the third month in a row. Fix it or I'm disputing with my bank and leaving a review everywhere I can."),
        (75, "a1", "Hi Carl, I understand how annoying it is to see that happen again. So this morning you were billed $49.99 twice, three minutes apart, and it's happened on the 1st for the last three months?"),
        (20, "c", "Yes. Like I just said."),
        (120, "a1", "Thanks for bearing with me. I can see both charges and I've refunded the 6:05 one just now. I also found the cause: your account had two active payment profiles, and I've removed the duplicate. I guarantee this won't happen again."),
        (180, "c", "Ok. Refund's showing as pending. Still, three months of this. I'll believe it when I see it."),
        (30, "a1", "Understood. If anything looks off next month, message us and we'll sort it straight away."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=True, cg=False,
                difficult=True, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[2],
                notes="Capitals, 'third month in a row', threats (bank dispute, reviews): difficult. 'I guarantee this won't happen again' is an unconditional guarantee (overpromise). The thanks for bearing with the agent is mid-conversation (m04); the closing turn m06 has none, so closing_gratitude is false. The customer stays sceptical with no thanks: no turnaround."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-013", lang="en", channel="chat",
    start="2026-10-06T13:02:27+00:00",
    people={"c": ("cu-lortega", "Luis Ortega"), "a1": ("ag-mei", "Mei")},
    msgs=[
        (0, "c", "got a new car, how do I add the plate? can't find it"),
        (40, "a1", "Hello Luis! You can add it in the app by yourself, please do like this:\n1. Tap the menu (three lines) on top left\n2. Choose 'My vehicles'\n3. Press '+ Add vehicle' and type the new plate\nDo you see 'My vehicles' in the menu?"),
        (60, "c", "yes"),
        (15, "a1", "Great. Then please press + Add vehicle and put the plate number."),
        (80, "c", "done, it's listed under My vehicles now. KX71 RTO"),
        (20, "a1", "Perfect, you added it correctly. Have a nice day!"),
        (15, "c", "thx"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=True,
                sg=[2, 4], vic=[], enc=[6], emo=[],
                notes="Non-native agent English. The customer added the plate himself and reports it listed: customer_did_it. 'Great.' in m04 only answers a yes/no question (not encouragement); m06 'Perfect, you added it correctly' affirms the customer's action (encouragement). Brief but neutral: not difficult."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-014", lang="en", channel="chat",
    start="2026-07-30T19:12:48+01:00",
    people={"c": ("cu-glindqvist", "Greta Lindqvist"), "a1": ("ag-chloe", "Chloe"),
            "a2": ("ag-ravi", "Ravi (Dispatch)"), "sys": ("system", "System")},
    msgs=[
        (0, "c", "Hi, we move tomorrow morning (booking TR-4471) and I still haven't had the text with the crew time that your office promised on Monday. I've called twice and nobody picks up. I'm starting to panic, the keys to our old flat go back at 2pm."),
        (60, "a1", "Hi Greta, I'm Chloe. I completely understand, moving is stressful enough without this. So you're booked for tomorrow morning, the crew-time text never came, and you have to hand the keys back at 2pm?"),
        (20, "c", "Yes."),
        (30, "a1", "I'm bringing in our dispatcher Ravi, he has the crew schedule."),
        (10, "sys", "Ravi (Dispatch) joined the chat."),
        (90, "a2", "Hi Greta, Ravi here. Give me a minute to pull up tomorrow's run sheet."),
        (120, "a2", "Right: TR-4471 is confirmed for tomorrow, a crew of three with Tom driving, and you're their first job. The arrival window is normally 8-9am. It can slip a little with morning traffic, but I'd expect them before 9. Loading a 2-bed usually takes about 3 hours, so you should be out of the flat before 2pm, though I can't promise it to the minute."),
        (15, "a2", "The text didn't go out because the mobile number on the booking was missing a digit. I've corrected it, and I'll definitely call you myself if anything changes overnight."),
        (60, "c", "Oh thank god. Thank you both, really."),
        (30, "a2", "You're welcome! Thanks for your patience while we sorted it out, and good luck with the move."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=True, over=False, cg=True,
                difficult=True, turnaround=True, did_it=False,
                sg=[], vic=[], enc=[], emo=[2],
                notes="Panic, a complaint about earlier handling ('called twice and nobody picks up') and a 2pm key deadline: difficult. Ravi's outlook in m07 is hedged ('normally', 'can slip', 'can't promise it to the minute'): expectation_set. 'I'll definitely call you myself' is a commitment within the agent's control, not an overpromise. Primary agent is Ravi (4 public messages vs Chloe's 2). Relief and thanks: turnaround. The few minutes of look-up happened within the normal back-and-forth (progress n/a)."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-015", lang="en", channel="chat",
    start="2026-02-26T20:30:00+00:00",
    people={"c": ("cu-oprice", "Owen Price"), "a1": ("ag-hannah", "Hannah"),
            "bot": ("bot-bolt", "Bolt (assistant)")},
    msgs=[
        (0, "bot", "Hi! I'm Bolt, Brightwater's assistant. What can I help with?"),
        (30, "c", "submit meter reading"),
        (2, "bot", "You can submit a reading in the app under Meter > Submit reading. Did that help?"),
        (40, "c", "no, it says 'reading rejected - outside expected range'. The reading is right, I checked twice"),
        (2, "bot", "Let me connect you to a member of our team."),
        (180, "a1", "Hi Owen, Hannah here. That message appears when a reading is much higher or lower than our estimate. Your estimate was set very high last quarter, so the real reading looks too low to the system. You can get round it like this:\n1. In the app go to Meter > Submit reading\n2. Enter the reading and tick 'I've checked this reading'\n3. Add a photo of the meter when asked\nThat sends it to us for manual acceptance."),
        (240, "c", "Ok done, went through this time and I've got the confirmation email with the reading on it"),
        (30, "a1", "You're all set then, the reading's been accepted."),
        (5, "bot", "Thanks for your patience! Please rate this chat 👍 👎"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=True,
                sg=[6], vic=[], enc=[], emo=[],
                notes="Bot before and after the agent. The customer resubmitted with the tick box and photo as guided and reports the confirmation email: customer_did_it. 'I checked twice' is a neutral statement, not frustration. The only closing thanks is the bot's ('Thanks for your patience!'), which never counts; the agent's closing m08 has none."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-016", lang="en", channel="chat",
    start="2026-05-08T12:40:16+01:00",
    people={"c": ("cu-amacleod", "Aileen MacLeod"), "a1": ("ag-pavel", "Pavel")},
    msgs=[
        (0, "c", "I've tried three times to change my crossing from the 14th to the 16th on your website and every time it errors out at payment. I've spent my whole lunch break on this. Honestly I give up. Just cancel the whole thing."),
        (120, "a1", "Hello Aileen, I am very sorry you lost your lunch break with this, it is really frustrating. Before cancel, I can make the change for you from here, no payment page needed. You want the 16th, same sailing 08:30 Oban-Craignure and same car?"),
        (180, "c", "yes. same everything."),
        (120, "a1", "It is done. Your booking NF-22918 is now on 16 May 08:30, and the £6 price difference I have waived. New confirmation is sent to your email."),
        (240, "c", "fine."),
        (30, "a1", "Thank you for your patience, and again sorry for the trouble with the website."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, cg=True,
                difficult=True, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[2, 6],
                notes="Exhausted resignation after three failed attempts ('Honestly I give up'): difficult. The agent changed the booking himself (no customer fix). The customer's last word is a bare 'fine.': no turnaround. Non-native agent; the closing turn thanks for patience."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-017", lang="en", channel="chat",
    start="2026-11-12T09:25:33+04:00",
    people={"c": ("cu-aalsayed", "Ahmed Al-Sayed"), "a1": ("ag-lucy", "Lucy")},
    msgs=[
        (0, "c", "Hello, I try to reset my password for booking portal but the email not coming. I press 'send' already but nothing in my inbox."),
        (60, "a1", "Hi Ahmed, that's annoying, sorry about that. Which email address do you use for the portal?"),
        (30, "c", "ahmed.sayed@outlook.com"),
        (90, "a1", "Thanks. I can see the reset emails were sent, so they're probably being filtered. Lots of our patients on Outlook find them in the 'Other' tab or in Junk. Could you check both of those folders for an email from no-reply@smileway.co?"),
        (120, "c", "I find it in Junk, there are 2. I use the last one and make new password, now I am logged in. Thanks a lot"),
        (25, "a1", "Great job, you've got it! Thanks for your time today, Ahmed."),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=True,
                difficult=False, turnaround=False, did_it=True,
                sg=[4], vic=[4], enc=[6], emo=[2],
                notes="Non-native customer, neutral tone with no frustration, anxiety or urgency: not difficult. He found the mail in Junk as guided, set a password and logged in: customer_did_it. 'Lots of our patients on Outlook find them in ... Junk' is vicarious. 'Thanks for your time today' counts as closing gratitude."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-018", lang="en", channel="email",
    start="2026-03-03T08:14:09-05:00",
    people={"c": ("cu-dkeane", "Dorothy Keane"), "a1": ("ag-mosei", "Michael Osei")},
    msgs=[
        (0, "c", T("""
            Dear Sir or Madam,

            My first pension payment was due on March 1st and it has not arrived in my account. I checked with my bank this morning and they have nothing. My rent of $1,150 is due on the 5th and I do not have other savings to cover it. I am really worried. My member number is HM-3390215.

            Could someone please look into this as soon as possible?

            Dorothy Keane
        """)),
        (5 * HOUR + 12 * MIN, "a1", T("""
            Dear Ms. Keane,

            Thank you for your email, and I'm very sorry for the worry this has caused.

            I've looked at your record. Your payment of $1,482.60 was sent on 1 March but was returned by your bank, because the account number we hold for you is missing its last digit. This was our error when your retirement forms were entered. I have corrected the account number from your original form and asked our payments team to reissue the payment. I will write again as soon as it has gone out.

            Kind regards,
            Michael Osei
            Member Services, Harbor Mutual Pension Fund

            > My first pension payment was due on March 1st and it has not arrived in my account.
            > My rent of $1,150 is due on the 5th
        """), {"tz": "-06:00"}),
        (23 * HOUR + 5 * MIN, "a1", T("""
            Dear Ms. Keane,

            The payment of $1,482.60 was reissued this morning to your corrected account. Payments usually arrive within 1-2 business days, although some banks take an extra day, so I can't promise it will be there by the 5th. If it hasn't arrived by then and your landlord needs something in writing, I can send you a letter confirming the payment is on its way.

            Thank you for your patience while we put this right.

            Kind regards,
            Michael Osei
        """), {"tz": "-06:00"}),
        (22 * HOUR + 40 * MIN, "c", T("""
            Dear Mr. Osei,

            The money came in this morning. Thank you so much for your help, what a relief. I can pay my rent today.

            Dorothy Keane

            > The payment of $1,482.60 was reissued this morning to your corrected account.
        """)),
        (3 * HOUR + 15 * MIN, "a1", T("""
            Dear Ms. Keane,

            I'm so glad to hear it arrived in time. Your future payments will go to the same account on the 1st of each month.

            Best wishes,
            Michael Osei

            > The money came in this morning.
        """), {"tz": "-06:00"}),
    ],
    labels=dict(bt=[], progress="concrete", exp=True, over=False, cg=False,
                difficult=True, turnaround=True, did_it=False,
                sg=[], vic=[], enc=[], emo=[2, 5],
                notes="Money anxiety with a rent deadline ('I am really worried'): difficult. Mixed offsets: customer -05:00, agent -06:00 (first_response_s uses absolute instants). m02 is a concrete interim update (what was found and done, result not yet delivered); m03 delivers the result with a hedged outlook. The thanks for patience is in m03, a day before the closing mail m05, which has none: closing_gratitude false. Company fix; relief and thanks: turnaround. The quoted rent line in m02 is not counted as backtracking."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-019", lang="en", channel="email",
    start="2026-06-02T19:30:44-07:00",
    people={"c": ("cu-bcole", "Brandon Cole"), "a1": ("ag-smills", "Sarah Mills")},
    msgs=[
        (0, "c", T("""
            Your delivery guys dropped off my sofa yesterday and the left arm is CRACKED through the frame. I paid $1,899 for this. I don't want a "discount", I don't want a repair guy, I WANT A FULL REFUND and you can come and take it back.

            Order OK-60231. Photos attached.
        """)),
        (20 * HOUR + 10 * MIN, "a1", T("""
            Hi Brandon,

            I'm very sorry the sofa arrived damaged, that's not what anyone should get after waiting weeks for a delivery.

            So, to confirm: you'd like the sofa collected and a full refund of $1,899, not a repair or a partial discount. I've sent this to our returns team for approval and will come back to you.

            Best,
            Sarah Mills
            Oakline Furniture Customer Care
        """)),
        (4 * DAY + 2 * HOUR, "c", T("""
            Hello?? It's been 4 days and nothing. The broken sofa is sitting in my living room. Is anyone actually dealing with this?

            > I've sent this to our returns team for approval and will come back to you.
        """)),
        (22 * HOUR + 30 * MIN, "a1", T("""
            Hi Brandon,

            The refund of $1,899 has been approved and issued to your Visa ending 4410 today. Refunds normally take 5-7 business days to appear, depending on your bank. Our collection team will call you to arrange a pickup time.

            Best,
            Sarah Mills

            > Is anyone actually dealing with this?
        """)),
    ],
    labels=dict(bt=[2], progress="none", exp=True, over=False, cg=False,
                difficult=True, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[2],
                notes="Anger in capitals, then a chaser ('Hello?? It's been 4 days'): difficult. m02 is a start-of-work notice (passed to returns); the customer chased and the next message was the result: progress none. Hedged refund timing: expectation_set. The customer never replied after the refund: no turnaround."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-020", lang="en", channel="email",
    start="2026-09-14T07:52:10-04:00",
    people={"c": ("cu-nduarte", "Nicole Duarte"), "a1": ("ag-jenna", "Jenna (vet nurse)")},
    msgs=[
        (0, "c", T("""
            Hi, Bella (my 9 year old lab) had bloods taken on Friday because she's been drinking way more water than usual since last week. Nobody has called me with the results. Is it something serious?? I haven't slept properly all weekend. Please can someone tell me anything.

            Nicole
        """)),
        (3 * HOUR + 5 * MIN, "a1", T("""
            Hi Nicole,

            I'm sorry you've had such a worrying weekend. So Bella had her bloods taken on Friday after drinking a lot more than usual, and you haven't heard anything since. Her results are with Dr. Patel for review at the moment, and she needs to go through them before we can share anything.

            Jenna
            Vet nurse, Maple Grove Animal Hospital
        """)),
        (4 * HOUR + 20 * MIN, "c", "Thank you. Any idea when? Sorry to push, I'm just really anxious."),
        (58 * MIN, "a1", "Hi Nicole, Dr. Patel is still going through them. Jenna"),
        (3 * HOUR + 10 * MIN, "a1", T("""
            Hi Nicole,

            Dr. Patel has reviewed Bella's results. Her kidney values are normal and her blood sugar is normal, so diabetes is unlikely. One liver enzyme is mildly raised. Dr. Patel doesn't think it's urgent, but she'd like to recheck it in 4 weeks. We can't say for sure what's behind it until then, though mild rises like this often settle without treatment. Please keep an eye on her drinking, and if she stops eating or seems unwell, call us straight away.

            If you reply with a day that suits, I'll book the recheck for you.

            Jenna
        """)),
        (50 * MIN, "c", "Oh thank goodness. Thank you so much Jenna, that's a huge weight off. Tuesdays are best for the recheck."),
        (11 * HOUR + 45 * MIN, "a1", "Hi Nicole, lovely to hear that's eased your mind. I've booked Bella in for Tuesday 13 October at 10:40 with Dr. Patel. Thanks for bearing with us while the results were reviewed. Jenna"),
    ],
    labels=dict(bt=[2], progress="vague", exp=True, over=False, cg=True,
                difficult=True, turnaround=True, did_it=False,
                sg=[], vic=[], enc=[], emo=[2, 7],
                notes="Health anxiety about a pet ('Is it something serious??', 'really anxious') and a chaser ('Any idea when?'): difficult. Both interim updates only name who is checking (Dr. Patel): progress vague. m05 gives a hedged outlook ('can't say for sure ... often settle'): expectation_set. Relief and thanks: turnaround. Closing m07 thanks for bearing with them: closing_gratitude."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-021", lang="en", channel="email",
    start="2026-04-21T21:15:02+01:00",
    people={"c": ("cu-gevans", "Gareth Evans"), "a1": ("ag-alowe", "Amanda Lowe")},
    msgs=[
        (0, "c", "Hello, how do I download Ellie's Term 2 report from ParentHub? I saw it mentioned in the newsletter but can't find it anywhere. Thanks, Gareth"),
        (11 * HOUR + 40 * MIN, "a1", T("""
            Dear Mr Evans,

            Reports sit under a different menu from the newsletters. Please:
            1. Log in to ParentHub and choose Ellie from the child list
            2. Open 'Documents' (not 'Messages')
            3. Open the 'Term 2' folder and click the download arrow next to 'Report'

            I've attached a screenshot of each step with the buttons circled.

            Kind regards,
            Amanda Lowe
            School Office, Riverside Primary
        """)),
        (5 * HOUR + 3 * MIN, "c", "Found it under Documents > Term 2, downloaded fine. Thanks. Gareth"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=True,
                sg=[2], vic=[2], enc=[], emo=[],
                notes="Neutral question. Step-by-step screenshots are a demonstration to follow (vicarious). The parent downloaded the report himself: customer_did_it. Single agent mail with no closing gratitude."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-022", lang="en", channel="email",
    start="2026-07-14T11:03:27+01:00",
    people={"c": ("cu-jwu", "Jasmine Wu"), "a1": ("ag-leo", "Leo")},
    msgs=[
        (0, "c", T("""
            Hi, replying on this old thread as it has my account details. Different question this time: I have two tickets for Halden Park on 22 August (order TK-88012) and my friend can't come, so I'd like to transfer one to my sister. Is that allowed?

            Jasmine

            > On 3 Sep 2025, Jasmine Wu wrote:
            > This is UNACCEPTABLE!!! I was charged for 4 tickets and only got 2. I want this fixed IMMEDIATELY or I will go to my bank.
        """)),
        (8 * HOUR + 12 * MIN, "a1", T("""
            Hi Jasmine,

            Yes, you can transfer one of them. Your sister will need a free Ticketora account, then:
            1. In the app, open My Tickets > Halden Park
            2. Tap 'Transfer', choose one ticket and enter your sister's email
            3. She accepts it from the email we send her

            Once she accepts, the ticket moves to her app and your QR code for that seat stops working.

            Best,
            Leo
            Ticketora Support

            > my friend can't come, so I'd like to transfer one to my sister. Is that allowed?
        """)),
        (1 * DAY + 1 * HOUR, "c", "Done, she accepted it and it's showing in her app. Thanks!"),
        (3 * HOUR + 20 * MIN, "a1", "Hi Jasmine, that's all done properly on your side. Thanks for your patience while we got back to you, and enjoy the show! Leo"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, cg=True,
                difficult=False, turnaround=False, did_it=True,
                sg=[2], vic=[], enc=[4], emo=[],
                notes="The only angry text is quoted earlier mail from 2025 ('> This is UNACCEPTABLE!!!'); quoted mail is not a signal, and the new text is neutral: not difficult. The customer transferred the ticket herself as guided and reports it in her sister's app: customer_did_it. Closing m04 thanks for patience."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-023", lang="en", channel="email",
    start="2026-06-05T10:20:18+01:00",
    people={"c": ("cu-creid", "Callum Reid"), "a1": ("ag-fiona", "Fiona")},
    msgs=[
        (0, "c", T("""
            You've charged me £250 for a scratch on the rear bumper of the Golf I hired on 3 June. That scratch was ALREADY THERE. I reported it in the app with photos BEFORE I drove off, exactly like you tell people to. This is a scam and if it isn't reversed I'm going to the ombudsman.

            Trip ZR-3391
        """)),
        (1 * DAY + 22 * HOUR, "a1", T("""
            Hi Callum,

            I'm sorry, I can see why this is infuriating when you did exactly what we ask. So you reported the rear bumper scratch through the app before starting your trip on 3 June, and were still charged £250 for it.

            I've pulled up the pre-trip report you submitted at 08:14 that morning, which does show a scratch on the rear bumper, and I've sent it to our damage review team with a request to reverse the charge. They normally decide within 2 working days. I can't promise it'll be sooner, but I'll chase them if it isn't.

            Fiona
            Zoomr Damage Team
        """)),
        (2 * DAY + 1 * HOUR, "a1", T("""
            Hi Callum,

            The damage team has confirmed the scratch was already there, and the £250 has been refunded to your card today. Card refunds usually take 3-5 working days to show. I've also added a note to the car's record so nobody else gets charged for it.

            Thank you for your patience while this was reviewed.

            Fiona
        """)),
        (5 * HOUR + 30 * MIN, "c", T("""
            Appreciate you sorting it properly, Fiona. Faith in Zoomr restored. Mostly.

            > the £250 has been refunded to your card today
        """)),
    ],
    labels=dict(bt=[2], progress="concrete", exp=True, over=False, cg=True,
                difficult=True, turnaround=True, did_it=False,
                sg=[], vic=[], enc=[], emo=[2],
                notes="Anger in capitals, 'This is a scam', threat of the ombudsman: difficult. m02 is a concrete interim update (report pulled, sent for reversal, with a hedged timeline). The company refunded. The customer's last message expresses appreciation and renewed trust; 'Mostly.' reads as a wry joke, not continued complaint, so turnaround is true. The closing turn (m03, the last agent message) thanks for patience."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-024", lang="en", channel="email",
    start="2026-10-14T09:40:51+02:00",
    people={"c": ("cu-imoreau", "Ines Moreau"), "a1": ("ag-tobias", "Tobias")},
    msgs=[
        (0, "c", "Hello, since monday the members of our team (company account Atelier Moreau) cannot book the meeting rooms, the button 'Book' is not there for them. Only I can book. Can you check please? Ines"),
        (6 * HOUR + 25 * MIN, "a1", T("""
            Hi Ines,

            Thanks for your message. So since Monday your team members on the Atelier Moreau account no longer see the 'Book' button for meeting rooms, but you still do?

            That matches a change we made last week: room booking is now a permission the account admin switches on for each member. You, or whoever manages the account, can do it like this:
            1. Go to Settings > Members
            2. Click a member's name > Permissions
            3. Turn on 'Meeting rooms'

            Repeat this for everyone who should be able to book rooms.

            Best regards,
            Tobias
            Hatch Coworking
        """)),
        (1 * DAY + 30 * MIN, "c", "Hello Tobias, our office manager did it for all 6 people this morning and they can book the rooms again. Thank you. Ines"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, cg=False,
                difficult=False, turnaround=False, did_it=True,
                sg=[2], vic=[], enc=[], emo=[],
                notes="Non-native customer, neutral: not difficult. Someone on the customer's side (their office manager) followed the agent's steps and the team can book again: customer_did_it. The agent's only mail opens with 'Thanks for your message' (opening thanks, not closing gratitude)."),
))

# ---------------------------------------------------------------------------
CONVS.append(dict(
    id="b5-025", lang="en", channel="email",
    start="2026-05-26T08:30:05+08:00",
    people={"c": ("cu-jlee", "Jonathan Lee"), "a1": ("ag-kavya", "Kavya"),
            "a2": ("ag-stefan", "Stefan (Billing)")},
    msgs=[
        (0, "c", T("""
            Hi, I bought the £15 'Roam Asia' 7-day pack on 14 May before flying to Singapore, and my bill today shows £187.40 of roaming data charges for 15-20 May. The pack was active, I have the confirmation text. Please remove these charges.

            Account 0772 118 904
            Jonathan Lee
        """)),
        (8 * HOUR + 5 * MIN, "a1", "Hi Jonathan, thanks for getting in touch. I've passed this to our billing team to investigate. Kavya", {"tz": "+01:00"}),
        (3 * DAY + 2 * HOUR, "c", T("""
            Following up on this. Any update?

            > I've passed this to our billing team to investigate.
        """)),
        (1 * DAY + 3 * HOUR, "a2", T("""
            Hi Jonathan, we're still looking into this and will update you as soon as possible.
            Stefan, Billing

            > Following up on this. Any update?
        """), {"tz": "+01:00"}),
        (4 * DAY + 1 * HOUR, "c", "Second follow-up. It's now been 8 days since I first wrote. I'd like a straight answer."),
        (1 * HOUR + 30 * MIN, "a2", T("""
            Hi Jonathan,

            Apologies for the slow progress on this. I've confirmed the Roam Asia pack was active from 14 May, but a provisioning error on our side meant it wasn't linked to your data allowance, so the data was charged at standard rates. I've raised a credit request for the full £187.40 and it's with the team lead for sign-off today.

            Stefan, Billing
        """), {"tz": "+01:00"}),
        (20 * HOUR, "a2", "Hi Jonathan, the credit of £187.40 has been approved. You'll definitely see it on your next bill. Stefan, Billing", {"tz": "+01:00"}),
        (2 * HOUR + 10 * MIN, "c", "OK."),
    ],
    labels=dict(bt=[], progress="mixed", exp=False, over=True, cg=False,
                difficult=True, turnaround=False, did_it=False,
                sg=[], vic=[], enc=[], emo=[6],
                notes="Two chasers ('Following up', 'Second follow-up ... I'd like a straight answer'): difficult. Updates: m04 vague, m06 concrete (what was confirmed and done) -> mixed; m02 is a start-of-work notice. 'You'll definitely see it on your next bill' is an unconditional guarantee (overpromise) and not an expectation. 'Apologies for the slow progress' addresses the waiting (emotional care). Customer in +08:00, agents in +01:00. Primary agent Stefan (3 vs 1). m06 'I've confirmed the Roam Asia pack was active' reports the agent's own finding, not a restatement to confirm understanding (no backtracking). Bare 'OK.': no turnaround."),
))
