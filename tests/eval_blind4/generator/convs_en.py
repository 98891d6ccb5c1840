# -*- coding: utf-8 -*-
"""English conversations of eval_blind4 (hand-written, blind to any tool)."""

F, T = False, True


def L(progress, exp, over, grat, diff, turn, did):
    return dict(progress=progress, expectation_set=exp, overpromise=over,
                closing_gratitude=grat, difficult=diff, turnaround=turn, customer_did_it=did)


CONVS = []

# ---------------------------------------------------------------- b4-001
CONVS.append(dict(
    id="b4-001", lang="en", channel="chat", start="2026-01-14T19:22:05-06:00",
    people={"sys": ("system", "System", "-06:00"),
            "cu": ("cu-dkowalski", "Dana Kowalski", "-06:00"),
            "ag": ("ag-mreyes", "Marco Reyes", "+08:00")},
    msgs=[
        ("0", "sys", "Conversation started from the Trailmark app (Android)."),
        ("4s", "cu", "YOUR APP KEEPS LOGGING ME OUT. I log in, it spins, and I'm right back at the login screen. THIS IS THE THIRD TIME I'M CONTACTING YOU ABOUT THIS."),
        ("38s", "ag", "Hi Dana, Marco here. I'm really sorry you've had to reach out three times for the same thing, that shouldn't happen.", "ec"),
        ("20s", "ag", "Just so I have it right: you enter your email and password, the app spins for a second, and then it drops you back on the login screen without any error message. Is that what's happening?", "bt"),
        ("25s", "cu", "yes. every single time. since the update on monday"),
        ("31s", "ag", "Thanks. Let's try something different from what you were told before. First, could you go to your phone's Settings > Apps > Trailmark > Storage and tap Clear cache (not Clear data)? Tell me when that's done.", "sg"),
        ("1m40s", "cu", "done"),
        ("16s", "ag", "Perfect, that's the right one. Now open Trailmark and, before logging in, tap the three dots at the top right > Sign-in options > Use password instead of Google. Then log in as usual.", "en sg"),
        ("1m12s", "cu", "ok that did it, I'm in and it's staying on the home screen"),
        ("19s", "ag", "So glad you're in! For what it's worth, Monday's update switched some accounts to Google sign-in by default, and that's what kept bouncing you back.", "ec"),
        ("48s", "cu", "thanks. and sorry for yelling earlier, I was at the end of my rope"),
        ("27s", "ag", "No apology needed at all, three attempts would wear anyone out. Thanks for bearing with me through the steps, Dana. Enjoy your workout!", "ec"),
    ],
    labels=L("n/a", F, F, T, T, T, T),
    notes="ALL CAPS + 'third time' = difficult. Customer cleared cache and switched sign-in method herself following m06/m08 and reports 'that did it' -> customer_did_it. Last customer turn thanks and apologises -> turnaround. m08 'Perfect, that's the right one' affirms her action (encouragement). m12 'No apology needed' is reassurance (emotional care) and 'Thanks for bearing with me through the steps' thanks her effort in the closing turn.",
))

# ---------------------------------------------------------------- b4-002
CONVS.append(dict(
    id="b4-002", lang="en", channel="chat", start="2026-04-07T08:41:10-04:00",
    people={"cu": ("cu-tmoore", "Tamsin Moore", "-04:00"),
            "ag": ("ag-jgreer", "Jasmine Greer", "-04:00")},
    msgs=[
        ("0", "cu", "Hi, I was charged twice for my plan this month and I really need that money back. Rent comes out Friday and I'm cutting it close."),
        ("52s", "ag", "Hi Tamsin, I'm sorry, an unexpected charge right before rent is stressful. Let me take a look at your account.", "ec"),
        ("41s", "ag", "Just to check: is it the two $17.99 charges from April 2, both on the card ending 4471?", "bt"),
        ("35s", "cu", "yes those two"),
        ("1m50s", "ag", "Thanks for confirming. The second one was a duplicate caused by a payment retry on our end. I've refunded it just now, and you'll get a confirmation email in a few minutes."),
        ("15s", "cu", "can you guarantee it'll be back before Friday?"),
        ("40s", "ag", "I can't promise that, unfortunately. Refunds usually land back on the card within 3-5 business days, though some banks are quicker. If you call your bank with the refund reference CNL-58812, they can sometimes release it sooner."),
        ("45s", "cu", "ok thank you so much, that's honestly a relief. I'll call them"),
        ("20s", "ag", "You're welcome! Thanks for hanging in there while I sorted this out, and good luck with the bank."),
    ],
    labels=L("n/a", T, F, T, T, T, F),
    notes="Money/rent deadline = anxiety and urgency -> difficult. Refund done by the company -> customer_did_it false (calling the bank is not shown and is not the fix). m07: negated promise + 'usually 3-5 business days' -> expectation_set, no overpromise ('guarantee' is the customer's word). The 1m50s look-up sits inside normal back-and-forth -> progress n/a. Closing 'Thanks for hanging in there' thanks patience.",
))

# ---------------------------------------------------------------- b4-003
CONVS.append(dict(
    id="b4-003", lang="en", channel="chat", start="2026-02-10T10:03:00-05:00",
    people={"ag": ("ag-lpark", "Lucy Park", "-05:00"),
            "cu": ("cu-bhughes", "Ben Hughes", "-05:00")},
    msgs=[
        ("0", "ag", "Hi there! Anything I can help you with today?"),
        ("3m10s", "cu", "how do i export my transactions to csv"),
        ("40s", "ag", "Sure! In Ledgerly on the web:\n1. Go to Transactions\n2. Set the date range at the top\n3. Click Export (top right) and choose CSV\nThe file downloads straight away.", "sg"),
        ("1m30s", "cu", "got it, works"),
        ("14s", "ag", "Thank you for contacting Ledgerly, have a good one!"),
    ],
    labels=L("n/a", F, F, F, F, F, T),
    notes="Proactive greeting m01 comes before the customer wrote: not a response, so first_response_s is measured to m03 (40 s). Brief but not difficult. Customer ran the three steps himself and reports 'works' -> customer_did_it. Closing thanks only for contacting -> no closing_gratitude.",
))

# ---------------------------------------------------------------- b4-004
CONVS.append(dict(
    id="b4-004", lang="en", channel="email", start="2026-03-09T17:20:00-07:00",
    people={"cu": ("cu-obarlow", "Owen Barlow", "-07:00"),
            "ag": ("ag-pnair", "Priya Nair", "-04:00")},
    msgs=[
        ("0", "cu", "Hello,\n\nMy order #KT-20417 (the Nordvik desk lamp) arrived today with the base cracked in two. Photos attached. I'd like a replacement please, not a refund.\n\nThanks,\nOwen Barlow"),
        ("15h12m", "ag", "Hi Owen,\n\nThank you for your email and the photos. I'm sorry the lamp arrived damaged. I've passed your order to our warehouse team to arrange a replacement and will get back to you once I hear from them.\n\nBest regards,\nPriya\nKettle & Thread Customer Care", "ec"),
        ("2d3h", "cu", "Hi Priya,\n\nJust checking in, any update on the replacement?\n\nOwen\n\n> I've passed your order to our warehouse team to arrange a replacement and will get back to you once I hear from them."),
        ("1d6h", "cu", "Still waiting. It's been four days since the lamp arrived broken and nobody has told me anything. Is a replacement actually coming or not??"),
        ("14h", "ag", "Hi Owen,\n\nA replacement Nordvik lamp shipped this morning with UPS, tracking number 1Z 88F 402 03 5519 2201. You don't need to send the damaged one back.\n\nApologies for the silence while the warehouse sorted it out, and thank you for your patience.\n\nBest regards,\nPriya", "ec"),
        ("3h", "cu", "ok"),
    ],
    labels=L("none", F, F, T, T, F, F),
    notes="Two chasers ('any update', 'Still waiting ... ??') -> difficult. m02 is only a start-of-work notice plus 'will get back to you' (when the agent will next write, not an expectation); no interim update reached the customer before the result m05 -> progress none. Final bare 'ok' -> no turnaround. Company shipped the replacement -> customer_did_it false. m05 apology addresses the waiting (emotional care) and the closing turn thanks for patience. 'I'm sorry the lamp arrived damaged' is an apology that mentions the situation in passing, not a restatement to confirm understanding -> no backtracking.",
))

# ---------------------------------------------------------------- b4-005
CONVS.append(dict(
    id="b4-005", lang="en", channel="chat", start="2026-06-22T23:48:00-04:00",
    people={"bot": ("bot-pixie", "Pixie (virtual assistant)", "-04:00"),
            "sys": ("system", "System", "-04:00"),
            "cu": ("cu-rvance", "Riley Vance", "-04:00"),
            "ag": ("ag-kmori", "Kenji Mori", "-07:00")},
    msgs=[
        ("0", "bot", "Hi! I'm Pixie, Pixelkit's virtual assistant. What can I help you with?"),
        ("12s", "cu", "Where is dark mode on the web app"),
        ("3s", "bot", "Here's an article that might help: 'Changing your theme on iPhone and Android'. Did this answer your question?"),
        ("21s", "cu", "Oh great, another chatbot that can't read. Wonderful. Get me a human."),
        ("4s", "sys", "Transferring you to an agent. Estimated wait: 3 minutes."),
        ("2m40s", "ag", "Hi, this is Kenji from Pixelkit. Sorry about the runaround with the bot.", "ec"),
        ("15s", "ag", "To make sure I'm answering the right thing: you're looking for a dark theme in the browser version, not the phone app?", "bt"),
        ("25s", "cu", "Yes. The thing every other app has had since 2019. Shocking, I know."),
        ("42s", "ag", "Right now dark mode only exists in the iOS and Android apps. The web version doesn't have it yet."),
        ("20s", "ag", "It's on the product team's list, but there's no release date and honestly I can't promise it will ship this year. I've added your vote to the request so they can see the demand."),
        ("35s", "cu", "Figures. Cool. Guess I'll keep burning my eyes out at midnight then."),
        ("30s", "ag", "I get that it's frustrating, and I'm sorry I don't have better news for you tonight. Thank you for contacting Pixelkit.", "ec"),
    ],
    labels=L("n/a", T, F, F, T, F, F),
    notes="Sarcasm about the bot and the product ('can't read', 'Shocking, I know') = frustration -> difficult; last word 'Figures.' is still unhappy -> no turnaround. m10 gives an outlook on when (no date, 'can't promise ... this year') marked as uncertain -> expectation_set. First response counts from m02 (first customer message) to Kenji's m06; bot and system excluded. m12 acknowledges frustration (emotional care), but its only thanks is for contacting -> no closing_gratitude. Hard call: m12 is an apology for bad news, counted as care because it opens with 'I get that it's frustrating'.",
))

# ---------------------------------------------------------------- b4-006
CONVS.append(dict(
    id="b4-006", lang="en", channel="chat", start="2026-05-18T12:10:00+01:00",
    people={"cu": ("cu-aokafor", "Adaeze Okafor", "+01:00"),
            "ag": ("ag-swhite", "Sophie White", "+01:00")},
    msgs=[
        ("0", "cu", "Hello. I'd like to cancel my Pro subscription so that it does not renew on June 1. I'm not interested in a discount or a pause, thank you."),
        ("1m05s", "ag", "Hi Ms Okafor, I can help with that."),
        ("20s", "ag", "If I understand correctly, you want Pro to stay active until May 31 and then stop, with no further charges after that. Correct?", "bt"),
        ("30s", "cu", "Correct."),
        ("50s", "ag", "Done. Your subscription is set to end on May 31 and it won't renew on June 1. A confirmation email is on its way to the address on file."),
        ("25s", "cu", "Received it. Thank you."),
        ("15s", "ag", "Thank you for your time today, Ms Okafor. Take care."),
    ],
    labels=L("n/a", F, F, T, F, F, F),
    notes="Polite but firm ('not interested in a discount') is not difficult. The cancellation was done by the agent -> customer_did_it false. m05 reports a completed action within the company's control: neither an expectation nor an overpromise. 'Thank you for your time today' counts as closing gratitude.",
))

# ---------------------------------------------------------------- b4-007
CONVS.append(dict(
    id="b4-007", lang="en", channel="chat", start="2026-07-02T21:15:00-07:00",
    people={"cu": ("cu-lgrant", "Lauren Grant", "-07:00"),
            "ag": ("ag-asaleh", "Amir Saleh", "-07:00")},
    msgs=[
        ("0", "cu", "hi, I fly out tomorrow at 6am and my boarding pass won't show up in the app. it just says 'No upcoming trips'. I'm freaking out a bit, I have no printer here"),
        ("1m20s", "ag", "Hi Lauren, I'm Amir. Don't worry, there's still plenty of time before your flight. Let's sort this out together.", "ec"),
        ("20s", "ag", "So the app opens fine, but the Trips tab shows 'No upcoming trips' instead of tomorrow's flight, right?", "bt"),
        ("25s", "cu", "yes exactly"),
        ("32s", "ag", "A handful of travelers hit this after last night's app update, and signing out and back in brought their trips right back. Could you tap Profile > Sign out, then sign back in and open Trips?", "vc sg"),
        ("2m", "cu", "ok signed back in. still says no upcoming trips"),
        ("25s", "ag", "Thanks for trying that. One more thing: on the Trips screen, tap 'Find a trip' and enter your confirmation code and last name. You're nearly there.", "sg en"),
        ("1m30s", "cu", "IT'S THERE NOW!! boarding pass and everything"),
        ("15s", "ag", "Yay, so glad it's showing! Your seat 14C is on it too.", "ec"),
        ("30s", "cu", "thank you thank you. you saved my morning"),
        ("20s", "ag", "Happy to help! Thanks for your patience going through the steps with me. Safe travels, Lauren!"),
    ],
    labels=L("n/a", F, F, T, T, T, T),
    notes="Anxiety + deadline (flight at 6am, 'freaking out') -> difficult. First step failed but the second step, done by the customer, brought the pass back -> customer_did_it. Caps in m08 are joy, not anger. m05 = other travelers succeeded with sign-out (vicarious). 'You're nearly there' encourages the next step. Closing turn m11 thanks for patience.",
))

# ---------------------------------------------------------------- b4-008
CONVS.append(dict(
    id="b4-008", lang="en", channel="chat", start="2026-08-19T18:30:00-05:00",
    people={"cu": ("cu-gfischer", "Greg Fischer", "-05:00"),
            "ag": ("ag-mtorres", "Mia Torres", "-05:00")},
    msgs=[
        ("0", "cu", "Hi, the PrintPal app can't find my printer anymore. It worked yesterday. Model is LX-340."),
        ("1m", "ag", "Hi Greg, thanks for the details. Is your phone on the same Wi-Fi network as the printer? And is the printer's Wi-Fi light solid or blinking?"),
        ("2m10s", "cu", "Actually never mind, I just realized I had my work VPN on. Turned it off and the printer popped right up. Sorry!"),
        ("20s", "ag", "No need to be sorry, good catch on the VPN! Glad it's showing up again.", "en ec"),
        ("15s", "ag", "VPNs often hide devices on the home network, which is why it vanished."),
        ("20s", "cu", "Makes sense. Thanks!"),
        ("10s", "ag", "Anytime. Have a nice evening!"),
    ],
    labels=L("n/a", F, F, F, F, F, F),
    notes="The customer found and fixed the cause (VPN) on his own before the agent gave any step; m02 only asks for information. Fixed by the customer but NOT following the agent's guidance -> customer_did_it false. m04 'good catch on the VPN' affirms his action (encouragement) and 'Glad it's showing up again' shares the relief (emotional care). No thanks in the closing turn.",
))

# ---------------------------------------------------------------- b4-009
CONVS.append(dict(
    id="b4-009", lang="en", channel="email", start="2026-09-14T10:05:00-03:00",
    people={"cu": ("cu-rnunes", "Rafael Nunes", "-03:00"),
            "ag": ("ag-lhoffmann", "Lena Hoffmann", "+02:00")},
    msgs=[
        ("0", "cu", "Hello,\n\nI am buy the license of 3 PC for the Vectora Studio on last week. In first PC it is work fine, but when I am put the key in second PC and third PC it say me \"license key is invalid\". Please can you help me for this problem.\n\nThanks in advance\nRafael Nunes"),
        ("20h", "ag", "Dear Rafael,\n\nThank you for contacting Vectora support.\n\nIf I understand correctly, the key activates on your first PC, but on the second and third PC you get the message \"license key is invalid\". Is that correct? Could you also send me the order number from your purchase email?\n\nKind regards,\nLena Hoffmann\nVectora Support", "bt"),
        ("5h", "cu", "Hello Lena,\n\nYes, is correct. The order number is VS-448120.\n\nRafael\n\n> If I understand correctly, the key activates on your first PC, but on the second and third PC you get the message \"license key is invalid\". Is that correct?"),
        ("20h", "ag", "Dear Rafael,\n\nThank you for the order number. I checked it, and the key was generated as a 1-seat license by mistake instead of 3 seats. I have corrected this on our side, and the same key now allows 3 activations.\n\nI apologise for the trouble this caused, and thank you for bearing with us while we corrected the license.\n\nKind regards,\nLena", "ec"),
        ("4h", "cu", "Hello Lena,\n\nNow it is working in all PC. Thank you very much for the kind help!\n\nRafael"),
    ],
    labels=L("n/a", F, F, T, F, F, F),
    notes="Machine-translation-style customer English, neutral in tone -> not difficult (so no turnaround despite the thanks). The company corrected the seat count; the customer entering the key again is only a follow-up -> customer_did_it false. No step was asked of the customer. Closing turn m04 thanks for bearing with us (patience). Email reply gaps (hours) are normal and no update was called for -> progress n/a.",
))

# ---------------------------------------------------------------- b4-010
CONVS.append(dict(
    id="b4-010", lang="en", channel="chat", start="2026-01-27T09:12:00+00:00",
    people={"cu": ("cu-sricci", "Sofia Ricci", "+00:00"),
            "ag": ("ag-dokoro", "Daniel Okoro", "+00:00")},
    msgs=[
        ("0", "cu", "My notes haven't synced between my laptop and phone for a week. I've tried everything: reinstalling, logging out, restarting both devices. Nothing helped. I'm losing work here."),
        ("1m30s", "ag", "Hi Sofia, I'm sorry you've been stuck with this, let's get to the bottom of it.", "ec"),
        ("25s", "ag", "You mentioned you've already reinstalled and logged out on both devices. Are the notes you wrote on the phone still there on the phone, just missing on the laptop?", "bt"),
        ("40s", "cu", "Yes they're still on the phone. Laptop just shows old stuff."),
        ("35s", "ag", "OK. Could you try this on the laptop: Settings > Account > Sync, switch on 'Sync over metered connections', then click Sync now? Let me know what the status line under the button says.", "sg"),
        ("2m", "cu", "Did it. It says 'Sync failed (code 409)'. Same as always."),
        ("30s", "ag", "Thank you, that code helps. Let me check your account on our side."),
        ("4m", "ag", "I found the cause: your account's sync token expired on our server, so your devices keep getting rejected. I've asked our engineering team to reset it. That usually takes about 15 minutes, though it can run a bit longer when they're busy."),
        ("9m", "cu", "any news?"),
        ("6m", "ag", "Yes, engineering has reset the token on our side, and your laptop should now be pulling down the notes from your phone."),
        ("1m", "cu", "ok, it's syncing now. a week of my time wasted though."),
        ("20s", "ag", "Glad it's moving again, and I'm sorry about the lost week. Thanks for your patience and for running that test for me, Sofia.", "ec"),
    ],
    labels=L("concrete", T, F, T, T, F, F),
    notes="'Tried everything ... nothing helped', 'losing work', chaser 'any news?' -> difficult. The customer's own step (m05) failed; the company reset the token -> customer_did_it false. m08 is an interim update with what was found and done -> progress concrete (m07 is only a start-of-work notice, m10 delivers the result). m08 'usually about 15 minutes ... can run longer' -> expectation_set. Last customer word is a success report plus a complaint -> no turnaround.",
))

# ---------------------------------------------------------------- b4-011
CONVS.append(dict(
    id="b4-011", lang="en", channel="chat", start="2026-10-03T19:40:00-04:00",
    people={"cu": ("cu-mjohnson", "Marcus Johnson", "-04:00"),
            "ag": ("ag-tnguyen", "Trang Nguyen", "-04:00")},
    msgs=[
        ("0", "cu", "Half my order is missing AGAIN. No garlic bread, no coleslaw. If this isn't sorted today I'm leaving 1-star reviews on every app store I can find."),
        ("45s", "ag", "Hi Marcus, I'm sorry. Getting an incomplete order is frustrating, and more so when it's happened before.", "ec"),
        ("15s", "ag", "So from order #D-77310 from Mama Rosa's, the garlic bread and the coleslaw didn't arrive, and the rest of the food did?", "bt"),
        ("20s", "cu", "yes. that's literally what I said"),
        ("50s", "ag", "Thanks. I've refunded both items, $11.48 in total, to your Visa. It usually shows up within 3-5 business days depending on your bank."),
        ("15s", "ag", "I've also flagged the restaurant for missing items, so it definitely won't happen again."),
        ("40s", "cu", "ok. appreciate it. sorry for snapping, I was hangry"),
        ("20s", "ag", "Ha, totally understandable. Enjoy the rest of your dinner, Marcus!", "ec"),
    ],
    labels=L("n/a", T, T, F, T, T, F),
    notes="'AGAIN' + threat of 1-star reviews -> difficult. Customer ends with 'appreciate it' and an apology -> turnaround. Refund by the company -> customer_did_it false. m05 'usually ... depending on your bank' -> expectation_set; m06 'it definitely won't happen again' is an unconditional guarantee without basis -> overpromise. m08 acknowledges his feeling ('totally understandable') but has no thanks -> no closing_gratitude.",
))

# ---------------------------------------------------------------- b4-012
CONVS.append(dict(
    id="b4-012", lang="en", channel="chat", start="2026-11-02T07:55:00-08:00",
    people={"cu": ("cu-kbell", "Kyle Bell", "-08:00"),
            "ag": ("ag-rsantos", "Rowena Santos", "+08:00")},
    msgs=[
        ("0", "cu", "pw reset email not coming"),
        ("50s", "ag", "Hello, sometimes our mail is going in spam. Can you please check in your spam or junk folder for a mail from no-reply@fernbank.io?", "sg"),
        ("1m15s", "cu", "found it, was in spam"),
        ("1m50s", "cu", "reset done, I'm in. thx"),
        ("20s", "ag", "Glad you're in! Thanks for checking that so quickly. Have a good day.", "ec"),
    ],
    labels=L("n/a", F, F, T, F, F, T),
    notes="Terse but calm -> not difficult. Agent (slightly non-native English) asks the customer to look in the spam folder: a concrete step he performs himself; he finds the mail and resets the password -> customer_did_it. 'Thanks for checking that so quickly' thanks his effort in the closing turn.",
))

# ---------------------------------------------------------------- b4-013
CONVS.append(dict(
    id="b4-013", lang="en", channel="email", start="2026-04-15T08:30:00+02:00",
    people={"cu": ("cu-kvogel", "Katrin Vogel", "+02:00"),
            "ag": ("ag-cwalsh", "Conor Walsh", "+01:00")},
    msgs=[
        ("0", "cu", "Hello,\n\nThis is my third email about the same problem. Your invoices still show our old VAT number (DE 281 554 907) even though I updated it in the account settings in January. Honestly, I've given up expecting this to be fixed, but our accountant needs correct invoices for Q1.\n\nRegards,\nKatrin Vogel\nVogel Design GmbH"),
        ("1d2h", "ag", "Dear Katrin,\n\nI'm sorry you've had to write three times about this. That shouldn't have happened.\n\nFrom your email, the account settings already show the new VAT number, but the invoices are still being generated with DE 281 554 907. I checked, and you're right: the billing profile kept the old number after your update. I have corrected the billing profile and reissued your January, February and March invoices with the new VAT number. They are attached and also available under Billing > Invoices.\n\nThank you for sticking with this, and again, apologies that it took three emails.\n\nBest regards,\nConor Walsh\nInvoicely Billing Team", "bt ec"),
    ],
    labels=L("n/a", F, F, T, T, F, F),
    notes="Third email + 'given up expecting this to be fixed' (exhausted resignation) -> difficult. No customer reply -> no turnaround. Company corrected and reissued the invoices -> customer_did_it false. Single agent reply: the whole message is the closing turn and it ends with 'Thank you for sticking with this' (patience) -> closing_gratitude. Earlier emails are not part of this record; within it the agent answered in one reply -> progress n/a.",
))

# ---------------------------------------------------------------- b4-014
CONVS.append(dict(
    id="b4-014", lang="en", channel="chat", start="2026-03-17T09:05:00-04:00",
    people={"cu": ("cu-jellis", "Jordan Ellis", "-04:00"),
            "ag": ("ag-aiyer", "Ananya Iyer", "+05:30")},
    msgs=[
        ("0", "cu", "None of our 40 people can log in to Orbitask, everyone gets 'Something went wrong'. We have a client demo in an hour. Please, this is urgent."),
        ("1m05s", "ag", "Hi Jordan, I understand how stressful this is with a demo coming up. Let me check right away.", "ec"),
        ("3m", "ag", "We're seeing a login problem affecting several workspaces in the US region, including yours. Our engineers are working on it now."),
        ("6m", "cu", "any ETA? we're 50 minutes out"),
        ("2m", "ag", "The team is still working on it. I'll update you as soon as I hear more."),
        ("7m", "cu", "This is not good enough. I need to know whether to move the demo."),
        ("3m", "ag", "I completely understand why you need to know. Latest: the engineers traced it to this morning's release and are rolling it back now. Logins usually come back within 10-15 minutes of a rollback, but I can't promise the exact time.", "ec"),
        ("11m", "ag", "The rollback is complete and logins are working again for your workspace."),
        ("1m30s", "cu", "We're back in. Thanks for keeping us posted, really. I can stop refreshing the status page like a maniac now."),
        ("30s", "ag", "Ha! So glad you're back in time for the demo. Thank you for your patience this morning, and good luck with the client.", "ec"),
    ],
    labels=L("mixed", T, F, T, T, T, F),
    notes="Work stopped for 40 people + demo in an hour + chasers -> difficult. Interim updates: m03 (what was found: US-region login problem) concrete, m05 ('still working on it') vague, m07 (rollback in progress + timing) concrete -> mixed. m07 'usually 10-15 minutes ... can't promise' -> expectation_set. Fixed by the company -> customer_did_it false. Customer thanks and jokes -> turnaround. Agent in +05:30, customer in -04:00.",
))

# ---------------------------------------------------------------- b4-015
CONVS.append(dict(
    id="b4-015", lang="en", channel="chat", start="2026-02-24T14:00:00-06:00",
    people={"cu": ("cu-akim", "Alex Kim", "-06:00"),
            "ag": ("ag-ebrown", "Ethan Brown", "-06:00")},
    msgs=[
        ("0", "cu", "Hi, I want to turn on two-factor authentication for my SecureBox account. How do I do that?"),
        ("1m", "ag", "Hi Alex! Happy to walk you through it. Do you have an authenticator app on your phone, like Google Authenticator or Authy?"),
        ("30s", "cu", "Yes, Authy."),
        ("25s", "ag", "Great, then it only takes a couple of minutes:\n1. In SecureBox, go to Settings > Security\n2. Click 'Enable 2FA'\n3. Scan the QR code with Authy\n4. Type the 6-digit code from Authy into SecureBox and click Verify", "sg"),
        ("30s", "ag", "Here's a 40-second screen recording of those four steps in case it helps: securebox.io/help/videos/2fa-walkthrough.mp4", "vc"),
        ("2m40s", "cu", "Done, it accepted the code and now shows 2FA: On."),
        ("15s", "ag", "Perfect, that's exactly right. Your account is protected now.", "en"),
        ("30s", "cu", "Thanks!"),
        ("10s", "ag", "Thank you for contacting SecureBox. Have a great day!"),
    ],
    labels=L("n/a", F, F, F, F, F, T),
    notes="Routine how-to, not difficult. 'Great' in m04 only answers the yes/no question (not encouragement); m07 affirms what he did (encouragement). The screen recording of the steps is a demonstration (vicarious). Customer completed the setup himself -> customer_did_it. Closing thanks only for contacting -> no closing_gratitude.",
))

# ---------------------------------------------------------------- b4-016
CONVS.append(dict(
    id="b4-016", lang="en", channel="chat", start="2026-05-12T11:20:00+01:00",
    people={"cu": ("cu-bharper", "Bea Harper", "+01:00"),
            "ag": ("ag-lcosta", "Luis Costa", "+01:00")},
    msgs=[
        ("0", "cu", "Where is my order? #GL-55023. It was supposed to be here Friday."),
        ("2m", "ag", "Hi Bea, let me check that for you."),
        ("6m", "cu", "???"),
        ("5m", "cu", "hello?? anyone there"),
        ("3m", "ag", "Sorry for keeping you waiting, Bea. Your order was held at our Leeds depot because of a label error and went out again this morning. From there it usually takes 1-2 working days, so most likely Thursday, but I can't guarantee the exact day.", "ec"),
        ("40s", "cu", "Ok, thank you."),
    ],
    labels=L("none", T, F, F, T, T, F),
    notes="Chasing with '???' and 'hello?? anyone there' -> difficult. m02 is a start-of-work notice; nothing reached her until the answer m05 -> progress none. Her last message after the answer is 'Ok, thank you.' - LABELING.md counts thanks (only a bare OK is excluded) -> turnaround true. Hard call: the thanks is brief, but it is thanks. 'usually 1-2 working days ... can't guarantee' -> expectation_set. m05 apology addresses the wait (emotional care). No thanks in closing turn.",
))

# ---------------------------------------------------------------- b4-017
CONVS.append(dict(
    id="b4-017", lang="en", channel="chat", start="2026-09-29T20:10:00-05:00",
    people={"cu": ("cu-npatel", "Nikhil Patel", "-05:00"),
            "ag": ("ag-rkumar", "Rahul Kumar", "+05:30")},
    msgs=[
        ("0", "cu", "Hey, your app freezes every time I try to pay. Just sits there with the spinner. iPhone 13."),
        ("55s", "ag", "Hello Mr. Patel, good day. So the app freezes when you open checkout and tap on Pay, is it?", "bt"),
        ("20s", "cu", "yeah, right after I tap Pay"),
        ("40s", "ag", "Noted sir. May I know which app version you are having? You can see it in Profile > About."),
        ("1m", "cu", "5.1.0"),
        ("30s", "ag", "Thank you. This issue was there in 5.1.0 and it is fixed in 5.2 which we released yesterday. Kindly update the app from App Store and try the payment again, then revert me.", "sg"),
        ("3m", "cu", "Updated, payment went through. Thanks!"),
        ("25s", "ag", "Happy to know it is working fine now sir.", "ec"),
        ("10s", "ag", "Thank you for your cooperation. Have a nice day ahead!"),
    ],
    labels=L("n/a", F, F, T, F, F, F),
    notes="Non-native agent English ('is it?', 'revert me'). m02 is a restatement question (backtracking). The real fix is the company's patch (5.2); the customer only installed the update the company published -> customer_did_it false per LABELING.md, although m06 asks him to do it (step guidance). m08+m09 are one closing turn (10 s apart) and thank for cooperation -> closing_gratitude. Not difficult.",
))

# ---------------------------------------------------------------- b4-018
CONVS.append(dict(
    id="b4-018", lang="en", channel="chat", start="2026-05-14T16:02:00-07:00",
    people={"cu": ("cu-dwalker", "Denise Walker", "-07:00"),
            "ag": ("ag-hcole", "Harry Cole", "-07:00")},
    msgs=[
        ("0", "cu", "This is the second time in a month a package from you has been marked 'delivered' and it's nowhere. Order 4410-XK. I want to know what you're going to do about it."),
        ("1m10s", "ag", "Hi Denise, I'm so sorry. That's really frustrating, especially twice in a month.", "ec"),
        ("20s", "ag", "Just to confirm, tracking shows it delivered on May 12 at 2:14 pm, but nothing arrived at your door or at the front desk?", "bt"),
        ("35s", "cu", "Correct. I checked with the front desk and the neighbours. Nothing."),
        ("1m", "ag", "Thank you for checking. I've opened a claim with the carrier and sent a replacement by express shipping at no cost. I guarantee it will be at your door by Friday."),
        ("40s", "cu", "Fine. But if it happens a third time I'm done ordering from you."),
        ("25s", "ag", "Understood. The tracking number for the replacement will come by email within the hour."),
    ],
    labels=L("n/a", F, T, F, T, F, F),
    notes="'Second time' complaint -> difficult. 'I guarantee it will be at your door by Friday' depends on a carrier -> overpromise; there is no hedged outlook, so expectation_set false (an unconditional guarantee does not count). The tracking-number promise in m07 is within the agent's control. Last customer word is still unhappy ('I'm done ordering from you') -> no turnaround. Replacement by the company -> customer_did_it false.",
))

# ---------------------------------------------------------------- b4-019
CONVS.append(dict(
    id="b4-019", lang="en", channel="email", start="2026-04-02T09:15:00+01:00",
    people={"cu": ("cu-ehartley", "Emily Hartley", "+01:00"),
            "ag": ("ag-tbaker", "Tom Baker", "+01:00")},
    msgs=[
        ("0", "cu", "Hi,\n\nPlease reissue invoice INV-2026-0342 (March) with our company name, Hartley & Moss Ltd, and address, 14 Canal Street, Manchester M1 3HE, instead of my personal name. Our finance team can't process it otherwise.\n\nThanks,\nEmily Hartley"),
        ("6h", "ag", "Hi Emily,\n\nAs I understand, you'd like the March invoice INV-2026-0342 reissued to Hartley & Moss Ltd at 14 Canal Street, Manchester M1 3HE, in place of your personal name. I've done this and attached the corrected invoice. I've also updated the billing details on your account so future invoices carry the company name.\n\nThanks again for contacting Northwind Billing.\n\nKind regards,\nTom\nNorthwind Billing", "bt"),
        ("3h", "cu", "Received, thank you."),
    ],
    labels=L("n/a", F, F, F, F, F, F),
    notes="Firm request with a factual consequence ('can't process it otherwise') is not difficult. 'As I understand, you'd like ...' restates her request -> backtracking. Agent did the task -> customer_did_it false. Closing thanks only for contacting -> no closing_gratitude.",
))

# ---------------------------------------------------------------- b4-020
CONVS.append(dict(
    id="b4-020", lang="en", channel="email", start="2026-09-08T15:30:00-04:00",
    people={"cu": ("cu-mflynn", "Margaret Flynn", "-04:00"),
            "ag": ("ag-dchen", "David Chen", "-04:00")},
    msgs=[
        ("0", "cu", "Hello,\n\nI cancelled my membership in August and I still got charged $64.00 on September 3. I'm on a fixed income and this really hurts. I'm worried you'll keep charging me every month. Please help.\n\nMargaret Flynn"),
        ("4h", "ag", "Dear Margaret,\n\nI'm very sorry for the worry this has caused you.\n\nAre you referring to the $64.00 charge on September 3 to your Mastercard? I can see your cancellation request from August 28. Because it arrived after the August 27 cutoff, the system billed one more month, which should not have happened once you had asked to cancel.\n\nYour membership is now fully cancelled, so no further charges will be taken. I've issued a refund for the unused part of September, $55.47. As the club was open to you for the first days of the month, this is a partial refund; it usually takes 5-7 business days to appear on your statement, sometimes a little longer depending on your bank.\n\nKind regards,\nDavid Chen\nFitLoop Member Services", "ec bt"),
        ("1d", "cu", "Dear David,\n\nThank you, that's a weight off my mind. I appreciate you explaining it so clearly.\n\nMargaret\n\n> Your membership is now fully cancelled, so no further charges will be taken."),
        ("15h", "ag", "Dear Margaret,\n\nYou're very welcome. Thank you for being so patient with us, and please write again if anything looks wrong on your next statement.\n\nKind regards,\nDavid"),
    ],
    labels=L("n/a", T, F, T, T, T, F),
    notes="Worry about money ('really hurts', 'I'm worried') -> difficult; relief and thanks at the end -> turnaround. 'Are you referring to the $64.00 charge on September 3' restates her content -> backtracking. 'partial refund ... usually 5-7 business days ... sometimes longer' -> expectation_set. 'no further charges will be taken' is a completed cancellation within the company's control, not an overpromise. Refund by the company -> customer_did_it false.",
))

# ---------------------------------------------------------------- b4-021
CONVS.append(dict(
    id="b4-021", lang="en", channel="email", start="2026-06-09T07:45:00-06:00",
    people={"cu": ("cu-cmoreno", "Chris Moreno", "-06:00"),
            "ag": ("ag-nbrooks", "Nadia Brooks", "-06:00")},
    msgs=[
        ("0", "cu", "Hi,\n\nI work from home and for three days my Wi-Fi has been dropping every 10-15 minutes. I've tried everything I can think of: restarting the router, unplugging it for an hour, moving it to the hallway. Nothing helped. I have calls all day and I can't keep apologising to clients for freezing. Please help.\n\nChris Moreno\nAccount 55-10982"),
        ("5h", "ag", "Hi Chris,\n\nI'm sorry, that sounds really stressful when you rely on the connection for work.\n\nThe line itself looks healthy on our side (no outages, no errors logged), so the drops are most likely Wi-Fi interference. Several customers in apartment buildings fixed exactly this by moving the router to a less crowded channel. Could you try these steps when you have 10 minutes:\n\n1. On a computer connected to the Wi-Fi, open 192.168.0.1 and log in with the password on the router's sticker\n2. Go to Wireless > 5 GHz\n3. Change Channel from Auto to 36\n4. Click Save and wait for the router to restart (about 2 minutes)\n\nIf the drops continue after that, reply here and we'll book a technician.\n\nBest,\nNadia Brooks\nClearpath Fiber Support", "ec vc sg"),
        ("1d4h", "cu", "Hi Nadia,\n\nDid exactly what you said and changed it to channel 36. It's been rock solid all day, not a single drop, and I got through six calls. Thank you, you've been a great help.\n\nChris"),
        ("2h", "ag", "Hi Chris,\n\nThat's brilliant news! And nicely done getting into the router settings, that's the part most people find fiddly. Thanks for trying the steps so quickly.\n\nBest,\nNadia", "ec en"),
    ],
    labels=L("n/a", F, F, T, T, T, T),
    notes="'Tried everything ... Nothing helped' + work calls -> difficult. Customer changed the channel himself following the numbered steps and reports it solid all day -> customer_did_it; 'you've been a great help' -> turnaround. 'Several customers in apartment buildings fixed exactly this' -> vicarious. m04 praises his own action (encouragement) and shares the good news (emotional care); 'Thanks for trying the steps so quickly' thanks his effort in the closing turn. 'reply here and we'll book a technician' is not an outlook.",
))

# ---------------------------------------------------------------- b4-022
CONVS.append(dict(
    id="b4-022", lang="en", channel="chat", start="2026-11-10T20:30:00-05:00",
    people={"cu": ("cu-rmenon", "Ravi Menon", "-05:00"),
            "ag": ("ag-kfoster", "Kayla Foster", "-05:00")},
    msgs=[
        ("0", "cu", "Your app is crashing in my Samsung TV each time I am opening it. I am paying for this. Fix it or I am cancelling."),
        ("1m", "ag", "Hi Ravi, I'm sorry about the crashing, I know it's annoying when you just want to sit down and watch something.", "ec"),
        ("20s", "ag", "Does it crash right on the launch screen, or after you pick a profile?"),
        ("30s", "cu", "right after the logo"),
        ("30s", "ag", "Thanks. Let's clear the app's data on the TV: press Home, go to Settings > Support > Device Care > Manage Storage, select Flickbox and choose Clear data. Then open Flickbox again and sign in.", "sg"),
        ("3m", "cu", "works."),
        ("10s", "cu", "still cancelling at the end of the month though. this is the 3rd app bug this year"),
        ("30s", "ag", "I understand, and I'm sorry the bugs have worn your patience thin. Your plan stays active until the 30th either way. Thanks for contacting Flickbox.", "ec"),
    ],
    labels=L("n/a", F, F, F, T, F, T),
    notes="Threat to cancel -> difficult. Customer cleared the app data himself following m05 and reports 'works.' -> customer_did_it. His last messages keep the threat and complain -> no turnaround (success report without change of tone). Machine-translation-like customer English. m03 only asks for information. Closing thanks only for contacting -> no closing_gratitude.",
))

# ---------------------------------------------------------------- b4-023
CONVS.append(dict(
    id="b4-023", lang="en", channel="email", start="2026-02-02T11:20:00+01:00",
    people={"cu": ("cu-jmarchand", "Julien Marchand", "+01:00"),
            "ag": ("ag-sortiz", "Sam Ortiz", "-08:00")},
    msgs=[
        ("0", "cu", "Hello,\n\nSince the last update, exporting a sheet to .xls produces a file our accounting software (ComptaPro 2019) rejects with \"format not recognised\". Export to .xlsx works. Is this a known problem?\n\nBest regards,\nJulien Marchand"),
        ("10h", "ag", "Hi Julien,\n\nThanks for the detailed report. I've passed it to our product team to check and will get back to you.\n\nBest,\nSam\nTabulo Support"),
        ("1d", "cu", "Hello Sam,\n\nAny news on this? We close the month on Friday.\n\nJulien\n\n> I've passed it to our product team to check and will get back to you."),
        ("20h", "ag", "Hi Julien,\n\nWe're still looking into it with the product team. I'll let you know as soon as I hear more.\n\nBest,\nSam"),
        ("1d2h", "cu", "Hello Sam,\n\nIs there any update? We close on Friday and I still have nothing to tell our accountant.\n\nJulien"),
        ("5h", "ag", "Hi Julien,\n\nThe product team confirmed that the last update changed the .xls export to a newer variant of the format, which older programs such as ComptaPro 2019 can't read. A correction is planned, but there's no fix date yet; we'll contact you once it is corrected. There is also a possibility that the corrected export still won't be compatible with the 2019 version, so I'd rather be upfront about that.\n\nIn the meantime, you could export the sheet as .csv (File > Export > CSV) and import that file into ComptaPro.\n\nThanks for your patience with this one.\n\nBest,\nSam", "sg"),
        ("8h", "cu", "Hello Sam,\n\nUnderstood. Thank you for being upfront about it, we'll go the CSV route for now.\n\nJulien"),
    ],
    labels=L("vague", T, F, T, T, T, F),
    notes="Two chasers with a month-end deadline -> difficult. Interim update m04 is vague ('still looking into it'); m02 is a start-of-work notice and m06 delivers the answer -> progress vague. m06: no fix date + 'possibility that it still won't be compatible' -> expectation_set. The problem was answered (no fix yet) and his last word thanks -> turnaround. The CSV workaround is step guidance, but success is not shown -> customer_did_it false. Closing turn thanks for patience. Agent -08:00, customer +01:00.",
))

# ---------------------------------------------------------------- b4-024
CONVS.append(dict(
    id="b4-024", lang="en", channel="chat", start="2026-07-21T13:00:00+10:00",
    people={"cu": ("cu-nhaddad", "Noor Haddad", "+10:00"),
            "ag": ("ag-jmiller", "Jack Miller", "+10:00")},
    msgs=[
        ("0", "cu", "Hmm, my 15% code isn't showing in the cart. Not sure why?"),
        ("40s", "ag", "Hi Noor! Codes don't show in the cart, they go in on the payment step. Could you click Checkout, then on the Payment page type the code into the 'Promo code' box and hit Apply?", "sg"),
        ("1m20s", "cu", "oh there it is, -15%. thanks!"),
        ("15s", "ag", "That's it, you've applied it correctly! Enjoy your new boots.", "en"),
    ],
    labels=L("n/a", F, F, F, F, F, T),
    notes="Neutral puzzlement ('Not sure why?') is not difficult. Customer entered the code herself following m02 and sees the discount -> customer_did_it. m04 affirms her action (encouragement). No thanks from the agent in the closing turn.",
))

# ---------------------------------------------------------------- b4-025
CONVS.append(dict(
    id="b4-025", lang="en", channel="chat", start="2026-08-04T14:10:00-04:00",
    people={"sys": ("system", "System", "-04:00"),
            "cu": ("cu-pdurand", "Paul Durand", "-04:00"),
            "ag1": ("ag-hlee", "Hannah Lee", "-04:00"),
            "ag2": ("ag-tlambert", "Theo Lambert", "-04:00")},
    msgs=[
        ("0", "sys", "Chat started."),
        ("5s", "cu", "My account is locked AGAIN. This is ridiculous, I've reset my password twice this week and it keeps locking me out."),
        ("1m30s", "ag1", "Hi Paul, I'm sorry you're locked out again.", "ec"),
        ("20s", "ag1", "Account locks are handled by our security team, so I'm bringing in my colleague Theo, who can unlock it directly."),
        ("5s", "sys", "Theo Lambert joined the chat."),
        ("40s", "ag2", "Lock triggered by 14 failed logins from an old IMAP client. Clearing the lock and revoking that app password.", "internal"),
        ("1m", "ag2", "Hi Paul, Theo here. The lock was caused by an old email app on one of your devices trying your previous password over and over. I've unlocked your account and removed that old app's access."),
        ("2m", "cu", "I'm in."),
        ("20s", "ag2", "Have a good afternoon, Paul."),
    ],
    labels=L("n/a", F, F, F, T, F, F),
    notes="'AGAIN', 'ridiculous' -> difficult. Theo unlocked the account; the customer only logged in afterwards -> customer_did_it false. 'I'm in.' is a success report alone -> no turnaround. Public agent messages: Hannah 2, Theo 2 (his internal note does not count) -> tie, Hannah wrote first -> primary_agent_id ag-hlee. m04 hands over to a colleague (not step guidance).",
))

# ---------------------------------------------------------------- b4-051
CONVS.append(dict(
    id="b4-051", lang="en", channel="email", start="2026-10-13T10:00:00-07:00",
    people={"cu": ("cu-gliu", "Grace Liu", "-07:00"),
            "ag": ("ag-mrivera", "Miguel Rivera", "-05:00")},
    msgs=[
        ("0", "cu", "Hi there,\n\nCould you tell me how to add a second user to our account? Our new bookkeeper, Priya, needs access to the reports.\n\nThanks,\nGrace Liu"),
        ("3h", "ag", "Hi Grace,\n\nSure, as the account owner you can add her yourself:\n\n1. Sign in and go to Settings > Team\n2. Click 'Invite member' and enter Priya's email address\n3. Choose the role 'Reports only' and click Send invite\n\nPriya will get an email with a link to set her password. There's more detail in our help article on team roles: help.tallybook.com/team-roles\n\nThanks for reaching out, and let me know if anything's unclear.\n\nBest,\nMiguel\nTallybook Support", "sg"),
        ("1d1h", "cu", "Hi Miguel,\n\nWorked like a charm. Priya has accepted the invite and can see the reports. Thanks!\n\nGrace"),
    ],
    labels=L("n/a", F, F, F, F, F, T),
    notes="Routine how-to. Grace sent the invite herself following the numbered steps and reports it worked -> customer_did_it. The help-article link alone is not vicarious. 'Thanks for reaching out' thanks for the contact only -> no closing_gratitude.",
))

# ---------------------------------------------------------------- b4-053
CONVS.append(dict(
    id="b4-053", lang="en", channel="chat", start="2026-06-30T22:05:00-05:00",
    people={"bot": ("bot-vaultly", "Vaultly Assistant", "-05:00"),
            "sys": ("system", "System", "-05:00"),
            "cu": ("cu-sjames", "Shanice James", "-05:00"),
            "ag": ("ag-bwright", "Brandon Wright", "-05:00")},
    msgs=[
        ("0", "bot", "Hi! I'm the Vaultly assistant. Ask me anything about your account."),
        ("30s", "cu", "I was charged a $35 overdraft fee but my balance never went below zero. I want it reversed."),
        ("3s", "bot", "I can help with fees! Overdraft fees are charged when your balance falls below $0. Would you like to speak to an agent?"),
        ("10s", "cu", "yes"),
        ("3s", "sys", "You're in the queue. An agent will be with you shortly."),
        ("12m", "ag", "OD fee reversal request, needs billing approval. Moved to queue B.", "internal"),
        ("8m", "cu", "hello? still waiting"),
        ("25m", "cu", "Is anyone going to answer me? It's been 45 minutes."),
        ("30m", "sys", "This chat has been closed due to inactivity."),
    ],
    labels=L("none", F, F, F, T, F, F),
    notes="No agent ever replied publicly (only an internal note): first_response_s and primary_agent_id are null; the customer waited and chased with no update -> progress none (like ho-036); chasing -> difficult; no turnaround. Bot messages never count.",
))
