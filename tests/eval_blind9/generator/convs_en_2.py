"""English conversations b9-022 .. b9-042 (hand-written; labels decided while writing)."""
from common import conv, agent, customer, SYSTEM

CONVS = []
A = CONVS.append

# ---------------------------------------------------------------- b9-022
A(conv(22, "en", "chat", "2026-03-23T10:00:05+01:00",
  {"c": customer("Anders Holm", "+01:00"), "a": agent("nadia")},
  [
    (0, "c", "Hi I purchased PixelForge annual 2 month ago but I dont use it. Can I have refund?"),
    ("1m10s", "a", "Hello, thank you for reaching out. You bought the annual plan about two months ago and haven't used it, and you are asking for a refund, correct?", "bt"),
    ("20s", "c", "yes"),
    ("45s", "a", "I'm sorry, but refunds are only possible within 30 days of purchase, so I can't refund this one."),
    ("15s", "a", "I can switch off the auto-renewal for you if you like."),
    ("50s", "c", "ok, too bad. please turn off"),
    ("30s", "a", "Done, auto-renewal is switched off."),
    ("20s", "c", "ok"),
    ("10s", "a", "Thank you for contacting PixelForge."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m02 restates the request -> backtracking. m04 'I'm sorry, but ... I can't refund' is an apology that only "
        "softens a refusal -> not emotional care. 'ok, too bad' is mild disappointment -> not difficult. Closing thanks "
        "only for contacting."))

# ---------------------------------------------------------------- b9-023
A(conv(23, "en", "chat", "2026-03-24T12:30:00+01:00",
  {"c": customer("Giulia Romano", "+01:00"), "a": agent("marco")},
  [
    (0, "c", "I not receive push notification from the app for payments since I change my phone"),
    ("55s", "a", "Hi, Marco here. Since you moved to the new phone, the payment notifications are not coming anymore, right?", "bt"),
    ("15s", "c", "right"),
    ("20s", "a", "Is the new phone an iPhone?"),
    ("10s", "c", "yes"),
    ("25s", "a", "Great. Please open the iPhone Settings > Notifications > Northbank and check that Allow Notifications is switched on.", "sg"),
    ("1m10s", "c", "it is on already"),
    ("30s", "a", "Okay, then please open the Northbank app, go to Profile > Notifications and switch 'Payment alerts' off and on again. In other words, the app will register your new phone again and send a test notification.", "sg"),
    ("1m25s", "c", "I did. the test notification come now!"),
    ("10s", "a", "Good job, that registered your new phone for the alerts.", "enc"),
    ("15s", "c", "ok thank you"),
    ("10s", "a", "Thank you for your time, have a nice day."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="'Great.' in m06 answers a yes/no question -> not encouragement; m10 'Good job, that registered your new "
        "phone' is tied to the customer's action -> encouragement. 'In other words' in m08 explains the agent's own "
        "instruction, not the customer's words -> not backtracking. The first step (m06) did not help, the second (m08) "
        "did; the customer fixed it -> customer_did_it. m04 asks for information only."))

# ---------------------------------------------------------------- b9-024
A(conv(24, "en", "chat", "2026-03-25T09:20:00+01:00",
  {"c": customer("Hanna Schulz", "+01:00"), "a": agent("sofia")},
  [
    (0, "c", "Tracking say delivered yesterday 14:02 but I was home and nothing come. I'm quite worried, there is medicine inside."),
    ("1m00s", "a", "Hello, I'm Sofia. I'm sorry, I know how worrying that is when it's medicine.", "bt emo"),
    ("15s", "a", "Just so I'm clear: the tracking shows delivered yesterday at 14:02, you were at home, and you didn't receive anything?", "bt"),
    ("20s", "c", "yes exactly"),
    ("15s", "a", "Let me check the driver's delivery record."),
    ("3m10s", "a", "Update: the GPS scan shows the driver was at Hauptstrasse 21, but your address is number 12. I'm now contacting the depot so the driver can collect it; I should hear back within 10 minutes."),
    ("8m50s", "a", "The depot confirmed the driver got the parcel back from the neighbour at number 21. It will be brought to you today between 17:00 and 19:00; the time can shift a bit depending on the route."),
    ("40s", "c", "oh thank you so much, I was really nervous"),
    ("20s", "a", "You're welcome, I'm glad it's found! Thank you for waiting while I checked with the depot.", "emo"),
  ],
  progress="concrete", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="m02 restates a specific detail (medicine inside) while acknowledging the worry -> backtracking + emotional care; "
        "m03 is the full restatement. m05 is a start notice; m06 says what was found and the next step with timing -> concrete interim update; m07 "
        "delivers the result with a window that 'can shift' -> expectation_set. 'quite worried' -> difficult; thanks "
        "at the end -> turnaround. m09 shares the relief and thanks for waiting -> emotional care + closing gratitude."))

# ---------------------------------------------------------------- b9-025
A(conv(25, "en", "chat", "2026-03-26T17:44:00-04:00",
  {"c": customer("Keisha Brown", "-04:00"), "a": agent("liam")},
  [
    (0, "c", "how to cancel. in app there is no button"),
    ("1m05s", "a", "Hi! You're looking to cancel your subscription, but the app doesn't show a cancel option?", "bt"),
    ("15s", "c", "yes"),
    ("40s", "a", "That's because you subscribed through the website. Could you try this: 1) log in at streamly.example/account, 2) click Membership, 3) click Cancel plan.", "sg"),
    ("2m30s", "c", "it give error 'something went wrong'"),
    ("30s", "a", "Sorry about that error. I can cancel it from my side, shall I go ahead?", "emo"),
    ("10s", "c", "yes please"),
    ("40s", "a", "Done, your plan is cancelled."),
    ("20s", "c", "ok"),
    ("10s", "a", "Thanks for contacting Streamly!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m04 short numbered sequence -> step guidance, but the customer's attempt failed and the agent cancelled -> "
        "customer_did_it false. m06 apologises for the error the customer hit -> emotional care. A single error "
        "report without frustration -> not difficult."))

# ---------------------------------------------------------------- b9-026
A(conv(26, "en", "chat", "2026-03-27T07:35:00+01:00",
  {"c": customer("Jan Novotný", "+01:00"), "a": agent("arjun")},
  [
    (0, "c", "Screen of reader is stay old page image after I turn page, like shadow"),
    ("1m15s", "a", "Hello, Arjun here. So the reader does not turn the page when you tap?", "bt"),
    ("30s", "c", "No it turn, but old page stay like shadow behind the text"),
    ("20s", "a", "Ah I see, the new page comes but you see a shadow of the previous page behind the text.", "bt"),
    ("15s", "a", "Please go to Settings > Display and turn on 'Full refresh every page'. It will clean the screen every time.", "sg"),
    ("10s", "a", "There is also a help article about the display settings: help.lumio.example/articles/display-refresh"),
    ("45s", "c", "ok I will try later, now I am in train. thank you"),
    ("15s", "a", "Sure, no problem. Thank you for your time and enjoy your ride."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="Non-native agent. m02 is a wrong restatement (customer corrects it) -> still backtracking; m04 the corrected restatement. The "
        "customer will try later, success is not shown -> customer_did_it false. m06 is only a link to a general help article "
        "-> not vicarious. Closing thanks for time -> true."))

# ---------------------------------------------------------------- b9-027
A(conv(27, "en", "chat", "2026-03-28T17:02:00+00:00",
  {"c": customer("Chloe Martin", "+00:00"), "a": agent("hannah")},
  [
    (0, "c", "I booked spin class Thursday 7pm and got confirmation but now app say I am not in list and class full!!! I booked it 1 week ago"),
    ("50s", "a", "Hi, Hannah here. That's really annoying after booking a week in advance, I'm sorry.", "bt emo"),
    ("15s", "a", "You got a confirmation for Thursday 7pm spin, but now the app says you're not on the list and the class is full?", "bt"),
    ("10s", "c", "yes"),
    ("15s", "a", "One moment, I'll check the booking log."),
    ("1m30s", "a", "I found it: your booking was removed by a sync error on Monday. I've added you back to the class manually, you are on the list now and the instructor is informed."),
    ("40s", "c", "ok. will this happen again? its second time"),
    ("45s", "a", "I can't promise it will never happen again, but the developers released a fix for this sync error yesterday, so it should be much less likely now."),
    ("30s", "c", "ok thanks Hannah"),
    ("10s", "a", "Thanks for your patience, see you at the studio!"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="'!!!' and 'its second time' -> frustration about repeated failure -> difficult; 'ok thanks Hannah' -> "
        "turnaround. m02 reflects the customer's detail (booked a week in advance) with an apology -> backtracking + emotional "
        "care; m03 restates the whole situation. m08 gives a hedged outlook on what the fix covers ('can't promise', 'should be much less likely') "
        "-> expectation_set; the negated promise is not an overpromise. 90-second look-up -> progress n/a."))

# ---------------------------------------------------------------- b9-028
A(conv(28, "en", "chat", "2026-03-30T11:10:00+02:00",
  {"c": customer("Tomás Herrera", "+02:00"), "a": agent("grace")},
  [
    (0, "c", "I send 2.000 EUR to my landlord on monday but he not receive. In app it say 'processing' still. I am afraid it is lost"),
    ("1m20s", "a", "Hello, I'm Grace. I understand you're worried, let me look into it.", "emo"),
    ("15s", "a", "Just to confirm, you sent 2,000 EUR to your landlord on Monday and the transfer still shows 'Processing' in the app?", "bt"),
    ("20s", "c", "yes"),
    ("1m00s", "a", "Transfer held by compliance check, ticket CMP-8812. Asked compliance for ETA.", "int"),
    ("3m30s", "a", "Thanks for waiting. The transfer is held for a standard compliance check. I've asked the compliance team for the status and expect their answer within about 15 minutes."),
    ("10m05s", "c", "any update?"),
    ("2m00s", "a", "Still waiting on their reply."),
    ("8m10s", "a", "Compliance has approved the transfer. The money is released now and usually arrives at your landlord's bank within 1 business day, in some cases 2."),
    ("40s", "c", "OK"),
  ],
  progress="mixed", expectation_set=True, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="m05 is an internal note (ignored). m06 says what was found and gives the next step with timing -> concrete; "
        "m08 'Still waiting on their reply' -> vague; so progress mixed. 'I am afraid it is lost' and the chase -> "
        "difficult; the bare 'OK' at the end is not a turnaround. m09 'usually ... 1 business day, in some cases 2' "
        "-> expectation_set. m02 acknowledges the worry -> emotional care. Closing turn m09 has no thanks."))

# ---------------------------------------------------------------- b9-029
A(conv(29, "en", "chat", "2026-03-31T15:20:00-04:00",
  {"c": customer("Emily Carter", "-04:00"), "a": agent("ana")},
  [
    (0, "c", "Hey, since the update this morning PixelForge crashes right after the splash screen. Windows 11. I've got a client deadline tonight so I really need this working."),
    ("1m00s", "a", "Hi, Ana here. Understood, you have a deadline tonight, let's get it working. The crash is happening right after the splash screen since today's update, on Windows 11, correct?", "bt"),
    ("12s", "c", "Correct."),
    ("50s", "a", "This is a known issue with the GPU plugin in 26.3. Please follow these steps:\n1. Hold Shift while starting PixelForge, it opens in Safe Mode.\n2. Go to Edit > Preferences > Performance.\n3. Untick 'Use GPU acceleration'.\n4. Restart PixelForge normally.", "sg"),
    ("10s", "a", "Here is a short screen recording of those four steps: pixelforge.example/kb/gpu-safe-mode.mp4", "vic"),
    ("3m20s", "c", "Safe mode worked, unticked it, restarted, it opens now. Phew."),
    ("15s", "a", "Brilliant, you followed that perfectly.", "enc"),
    ("20s", "a", "A patch for the GPU plugin is planned for next week, but the date can still move. Once it is out you can switch GPU acceleration back on."),
    ("30s", "c", "Great, thanks a lot, you saved my evening."),
    ("15s", "a", "Glad you can make your deadline! Thank you for your patience today.", "emo"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=True,
  notes="Deadline pressure -> difficult. m02 restates the deadline and the symptom ('Understood' alone would not count; "
        "here the customer's specifics follow) -> backtracking. Numbered sequence (m04) plus a screen recording (m05, "
        "vicarious). The customer applied the workaround and reports success -> customer_did_it. m08 'planned ... "
        "date can still move' -> expectation_set. 'let's get it working' is not a guarantee."))

# ---------------------------------------------------------------- b9-030
A(conv(30, "en", "chat", "2026-04-01T09:00:30+01:00",
  {"c": customer("Oliver Smith", "+01:00"), "s": SYSTEM, "a": agent("kevin")},
  [
    (0, "c", "Hi, missed delivery card in mailbox. can I get it again on Saturday?"),
    ("1m30s", "s", "Chat assigned to agent Kevin."),
    ("20s", "a", "Hello, this is Kevin. Do you have the card number from the note?"),
    ("30s", "c", "RD-88120"),
    ("25s", "a", "Thanks. Is the delivery address still the same?"),
    ("10s", "c", "yes"),
    ("15s", "a", "Great. I've booked a redelivery for this Saturday."),
    ("10s", "a", "Saturday deliveries usually arrive between 8:00 and 14:00."),
    ("25s", "c", "ok thank"),
    ("10s", "a", "Thank you for contacting QuickParcel, bye!"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="The system assignment message is excluded; first_response_s is measured to Kevin's first message. No "
        "restatement: m05 asks a new question only -> not backtracking. 'Great.' answers a yes/no -> not encouragement. "
        "m08 'usually arrive between 8:00 and 14:00' -> expectation_set."))

# ---------------------------------------------------------------- b9-031
A(conv(31, "en", "email", "2026-04-01T16:45:00+02:00",
  {"c": customer("Sara Lindqvist", "+02:00"), "a": agent("nadia")},
  [
    (0, "c", "Subject: Cannot assign licence to new employee\n\nHi,\nWe have 10 seats of PixelForge Team. We hired a new designer and when I try to assign a seat it says 'No seats available', but only 9 people are using it. Can you check?\n\nThanks,\nSara Lindqvist\nIT, Nordform AB"),
    ("16h20m", "a", "Hi Sara,\n\nThanks for the detailed description. If I read it correctly, you have 10 seats, 9 are in use, and assigning the 10th seat to your new designer fails with 'No seats available'.\n\nThis usually happens when a seat is still reserved by a pending invitation. Could you please:\n1. Open Admin Console > Users.\n2. Filter by 'Pending invitations'.\n3. Revoke any old invitation you don't need.\nThen try assigning the seat again and let me know how it goes.\n\nBest,\nNadia", "bt sg"),
    ("1h35m", "c", "Hi Nadia,\n\nThere was an old invitation from December for a person who never joined. Revoked it and the new designer has a seat now. Thanks for the quick help!\n\nSara\n\n> If I read it correctly, you have 10 seats, 9 are in use, and assigning the 10th seat to your new designer fails with 'No seats available'."),
    ("45m", "a", "Hi Sara,\n\nGreat work tracking down that old invitation, that was exactly the cause.\n\nThanks for your help in sorting it out, and have a good week.\nNadia\n\n> There was an old invitation from December for a person who never joined."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="m02 restates the seat counts and the error -> backtracking; numbered steps -> step guidance. The customer's "
        "quote of that restatement in m03 is customer text anyway. The IT admin revoked the invitation and it worked -> "
        "customer_did_it. m04 praises the customer's work (encouragement) and thanks for help sorting it out "
        "(cooperation) -> closing gratitude. The quote in m04 is ignored."))

# ---------------------------------------------------------------- b9-032
A(conv(32, "en", "email", "2026-04-02T10:05:00+01:00",
  {"c": customer("Hynek Novák", "+01:00"), "a": agent("elena")},
  [
    (0, "c", "Subject: Unfair fee\n\nI am customer since 12 years and now you charge me 5 EUR monthly account fee without to ask me. This is not acceptable. I want it back and stop it immediately.\n\nH. Novák"),
    ("1d2h15m", "a", "Dear Mr Novák,\n\nThank you for your message and I understand your concern.\n\nThe new account fee was announced by letter and in the app in December and applies to all Classic accounts from February. Unfortunately we are not able to refund it.\n\nThe fee does not apply to Classic Plus accounts with a monthly salary deposit, if that is an option for you.\n\nThank you for being a Northbank customer.\n\nKind regards,\nElena\nCustomer Relations", "emo"),
    ("3h40m", "c", "So you do nothing. I will close my account."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="Near-miss for backtracking: 'I understand your concern' is generic, no customer specifics restated -> not "
        "backtracking; it does acknowledge the customer's concern -> emotional care. The Classic Plus sentence is "
        "information, not a step to perform. 'Thank you for being a Northbank customer' thanks for choosing the bank "
        "-> closing_gratitude false. Angry ('not acceptable', 'immediately') -> difficult; ends unhappy."))

# ---------------------------------------------------------------- b9-033
A(conv(33, "en", "chat", "2026-04-03T19:25:00+02:00",
  {"c": customer("Agnieszka Kowalska", "+02:00"), "a": agent("priya")},
  [
    (0, "c", "Why I am charged 9.99? I didnt subscribe anything"),
    ("1m00s", "a", "Hello, I'm Priya. Are you referring to the 9.99 charge from March 3?", "bt"),
    ("20s", "c", "yes this"),
    ("40s", "a", "That is the Lumio Unlimited subscription. It started automatically after the 30-day free trial that was activated on February 1."),
    ("35s", "c", "Oh so the free trial become paid when I not cancel before 30 days?"),
    ("8s", "a", "Correct."),
    ("45s", "c", "I did not know. can I cancel and have money back? I not read any book since"),
    ("40s", "a", "Yes, since no books were borrowed in this period I can refund the 9.99 and cancel the subscription. Shall I do it?"),
    ("10s", "c", "yes please"),
    ("50s", "a", "Done. The refund is on its way; it normally takes 3 to 5 business days to appear on your card."),
    ("15s", "c", "thank you very much"),
    ("12s", "a", "You're welcome! Thanks for your patience while I checked the account."),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m02 'Are you referring to the 9.99 charge from March 3?' confirms which charge the customer means -> "
        "backtracking. m06 'Correct.' only confirms the customer's own restatement -> not backtracking. 'Why I am "
        "charged?' is neutral puzzlement -> not difficult. 'normally 3 to 5 business days' -> expectation_set."))

# ---------------------------------------------------------------- b9-034
A(conv(34, "en", "chat", "2026-04-04T22:15:00+01:00",
  {"c": customer("Priyanka Rao", "+01:00"), "a": agent("jess")},
  [
    (0, "c", "download button is grey, can not download for the flight tomorrow morning"),
    ("40s", "a", "Hi, Jess here! So the download button is greyed out, and you need the episodes for your flight tomorrow morning?", "bt"),
    ("10s", "c", "yes pls help fast"),
    ("30s", "a", "Let's get you sorted. I checked your account: your plan includes downloads, so it's a setting on the phone."),
    ("15s", "a", "Could you open Settings in the Streamly app and turn on 'Allow downloads on mobile data'? Let me know once that's done.", "sg"),
    ("1m10s", "c", "I turn it on but still grey"),
    ("20s", "a", "No worries, we have one more thing to try. Please sign out of the app and sign back in.", "emo sg"),
    ("2m05s", "c", "signed in again. now the button is white and downloading!!"),
    ("10s", "a", "That's it, nicely done! Enjoy your flight.", "enc"),
    ("20s", "c", "thanks a lot!"),
    ("10s", "a", "Thanks for working through it with me, safe travels!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=True,
  notes="Urgency ('help fast', flight tomorrow) -> difficult; thanks -> turnaround. The first step did not help, the "
        "second (sign out/in) did, done by the customer -> customer_did_it. 'No worries' reassures -> emotional care. "
        "Closing thanks for working through it (effort/cooperation) -> true. m04 reports the agent's own check, no "
        "step."))

# ---------------------------------------------------------------- b9-035
A(conv(35, "en", "chat", "2026-04-06T18:05:00+00:00",
  {"c": customer("Jamal Reed", "+00:00"), "a": agent("hannah")},
  [
    (0, "c", "Hello I want to upgrade to Premium but the app error when pay"),
    ("1m10s", "a", "Hi, Hannah here. So you tried to upgrade to Premium and the payment step shows an error?", "bt"),
    ("25s", "c", "yes error code P-204"),
    ("35s", "a", "Thank you. P-204 means the payment provider timed out, so the upgrade was not completed and you were not charged."),
    ("20s", "a", "I can't upgrade it from here, but I'll pass it to our billing colleague and I will definitely call you tomorrow morning with the result."),
    ("30s", "c", "ok thank you"),
    ("10s", "a", "Thank you for your patience!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="Near-miss for overpromise: 'I will definitely call you tomorrow' is a commitment fully within the agent's "
        "control -> not an overpromise; it only says when the agent will get in touch -> not expectation_set. No waiting "
        "inside the conversation -> progress n/a. Closing 'Thank you for your patience!' -> true."))

# ---------------------------------------------------------------- b9-036
A(conv(36, "en", "chat", "2026-04-07T08:40:00+03:00",
  {"c": customer("Elif Şahin", "+03:00"), "a": agent("yusuf")},
  [
    (0, "c", "where I can see my IBAN in app? I need give to employer"),
    ("45s", "a", "Hi, Yusuf here. You need your IBAN to give to your employer, let's find it in the app.", "bt"),
    ("10s", "a", "Tap on your main account on the home screen, then tap the small (i) icon next to the balance.", "sg"),
    ("55s", "c", "found it! there is IBAN and BIC"),
    ("10s", "a", "Great job finding it, that's all your employer needs.", "enc"),
    ("15s", "c", "thx"),
    ("8s", "a", "Have a nice day!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="m02 restates the customer's need (IBAN for the employer) in statement form -> backtracking. The customer "
        "found the IBAN following the step -> customer_did_it (task completed). 'Great job finding it' -> encouragement. "
        "Closing 'Have a nice day!' has no thanks."))

# ---------------------------------------------------------------- b9-037
A(conv(37, "en", "email", "2026-03-13T10:20:00+01:00",
  {"c": customer("Ingrid Solberg", "+01:00"), "a": agent("tomas_l")},
  [
    (0, "c", "Subject: Repair status RMA-40418\n\nHello, I sent my Lumio reader for repair 10 days ago (RMA-40418). I go on holiday on 22 March and really need it back before. Can you tell me the status?\n\nIngrid"),
    ("5h10m", "a", "Dear Ingrid,\n\nThank you for your email. I understand your reader was sent in for repair 10 days ago under RMA-40418 and you need it back before your holiday on 22 March.\n\nI have checked with our repair centre: the reader arrived on 9 March and the battery replacement is scheduled for this week. Repairs usually take 7 to 10 working days from arrival, so it should be shipped around 18-20 March, though I can't give an exact date yet.\n\nDon't worry, I guarantee you will have it back before your holiday.\n\nBest regards,\nTomás", "bt emo"),
    ("5d22h", "c", "Hello, any news? It is 19 March today."),
    ("3h30m", "a", "Dear Ingrid,\n\nThe repair was completed yesterday and your reader was shipped today with tracking QP77120934. Delivery normally takes 1-2 working days.\n\nThank you for your patience.\n\nBest regards,\nTomás"),
    ("2d1h", "c", "Received today, just in time. Thank you!"),
  ],
  progress="concrete", expectation_set=True, overpromise=True, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="m02 restates RMA, timing and deadline -> backtracking; gives a hedged outlook ('usually 7 to 10 working days', "
        "'can't give an exact date') -> expectation_set, AND 'I guarantee you will have it back before your holiday' "
        "-> overpromise (both can be true). 'Don't worry' reassures -> emotional care. m02 describes the state of the "
        "ongoing repair (arrived 9 March, scheduled this week) before the result in m04 -> concrete interim update "
        "(the customer chased later but had received an update) -> progress concrete. Urgency + chase -> difficult; "
        "'Thank you!' -> turnaround."))

# ---------------------------------------------------------------- b9-038
A(conv(38, "en", "chat", "2026-04-08T14:02:00+02:00",
  {"c": customer("Stefan Weber", "+02:00"), "a": agent("rahul")},
  [
    (0, "c", "NOTHING HELPED. I did reinstall 4 times like your colleague said. Licence still 'invalid'. I paid 300 euro for this"),
    ("2m05s", "a", "Hello, Rahul here. I'm very sorry that you had to reinstall four times and it is still showing the licence as invalid.", "bt emo"),
    ("20s", "a", "Sorry, could you tell me the first 4 characters of the licence key and the error code shown?"),
    ("50s", "c", "PF7Q, error L-31. ???"),
    ("45s", "a", "Thank you. Error L-31 means the key is registered to another company account, and this I cannot change from chat."),
    ("20s", "a", "I have escalated it to our licensing team with high priority, they will email you."),
    ("30s", "c", "So again waiting. Third time I contact you. Useless."),
    ("25s", "a", "I understand your frustration. Your ticket number is LIC-20931.", "emo"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="m02 restates the customer's specific situation (reinstalled four times, still invalid) while apologising -> "
        "backtracking and emotional care. m03 asks for information only; its 'Sorry,' only softens the question -> not "
        "emotional care. 'they will email you' is only next contact -> "
        "no expectation. Shouting, 'NOTHING HELPED', third contact -> difficult; ends 'Useless' -> no turnaround. "
        "The '???' in m04 is frustration, not a wait chase; no waiting period inside the chat -> progress n/a."))

# ---------------------------------------------------------------- b9-039
A(conv(39, "en", "chat", "2026-04-09T13:30:00+01:00",
  {"c": customer("Dimitra Papadopoulou", "+02:00"), "a": agent("sofia")},
  [
    (0, "c", "Package arrive but box is crash and the lamp inside is broken glass."),
    ("1m05s", "a", "Oh no, I'm sorry your lamp arrived broken.", "bt emo"),
    ("15s", "a", "So the box was crushed during delivery and the glass of the lamp is broken, correct?", "bt"),
    ("20s", "c", "yes correct"),
    ("20s", "a", "Could you please send a photo of the box and of the lamp here in the chat?"),
    ("2m10s", "c", "[photo: box.jpg] [photo: lamp.jpg]"),
    ("50s", "a", "Thank you. I've arranged a free replacement; it usually ships within 2 working days."),
    ("30s", "c", "ok good thank you"),
    ("15s", "a", "Thanks for sending the photos so quickly, that helped a lot. Have a nice day!"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="Customer (+02:00) and agent (+01:00) timestamps use different offsets. m02 'sorry your lamp arrived broken' "
        "restates the customer's situation in an apology -> backtracking + emotional care; m03 is the explicit check. m05 asks for information (photos) -> "
        "not step guidance. m09 thanks for the customer's cooperation (sending photos) in the closing turn -> closing "
        "gratitude; as message-level praise it is thanks for information -> not encouragement. 'usually ships within "
        "2 working days' -> expectation_set."))

# ---------------------------------------------------------------- b9-040
A(conv(40, "en", "chat", "2026-04-10T20:00:00-03:00",
  {"c": customer("Camila Souza", "-03:00"), "a": agent("liam")},
  [
    (0, "a", "Welcome to Streamly support! I'm Liam. What can I do for you?"),
    ("2m05s", "c", "I forget the PIN for kids profile and can not change the settings"),
    ("35s", "a", "Okay! You forgot the parental PIN, so you can't change the Kids profile settings, right?", "bt"),
    ("10s", "c", "yes"),
    ("30s", "a", "I've sent a PIN reset link to your account email. Could you open it and choose a new 4-digit PIN?", "sg"),
    ("2m20s", "c", "done, new PIN works"),
    ("10s", "a", "Perfect, well done.", "enc"),
    ("10s", "a", "Thank you for contacting Streamly, have a lovely day!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="m01 greeting before the customer wrote -> not the response; first_response_s measured m02 -> m03. The agent "
        "only sent the reset link; the customer set the new PIN themselves and it works -> customer_did_it. 'Perfect, "
        "well done.' -> encouragement. Closing thanks only for contacting."))

# ---------------------------------------------------------------- b9-041
A(conv(41, "en", "chat", "2026-04-11T06:02:00+01:00",
  {"c": customer("Ryan O'Neill", "+01:00"), "a": agent("dario")},
  [
    (0, "c", "My key card not open the door again. Third time this month. I am standing outside at 6am!!"),
    ("1m10s", "a", "Good morning, Dario here. I'm sorry you're stuck outside so early, let me fix it right now.", "bt emo"),
    ("10s", "a", "Your key card doesn't open the entrance door, and this is the third time this month, right?", "bt"),
    ("15s", "c", "yes. fix it properly this time"),
    ("1m15s", "a", "I see the card was deactivated again by the system after your payment date change. I've reactivated it. Please try the door now."),
    ("1m00s", "c", "it opens. but if next month again I cancel."),
    ("40s", "a", "Understood. I've added a note to your account so the team checks it before the next payment date. Have a good workout!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="m02 'stuck outside so early' reflects the customer's words (standing outside at 6am) -> backtracking + "
        "emotional care; m03 restates the problem. Repeated failure, '!!' -> difficult. The agent reactivated the card (company fix); trying the door is a "
        "follow-up -> not step guidance, customer_did_it false. The customer's last message is a success report plus a "
        "threat -> no turnaround. Closing m07 has no thanks."))

# ---------------------------------------------------------------- b9-042
A(conv(42, "en", "chat", "2026-04-12T17:30:00+08:00",
  {"c": customer("Nguyen Thi Lan", "+07:00"), "a": agent("femi")},
  [
    (0, "c", "How return ebook before time? I want borrow other but limit is full"),
    ("50s", "a", "Hi! So you'd like to return a borrowed book early, because your borrowing limit is full and you want a new one?", "bt"),
    ("15s", "c", "yes exactly"),
    ("20s", "a", "Do you use the Lumio app on the phone?"),
    ("8s", "c", "yes"),
    ("15s", "a", "Great. Long-press the book cover in your Library and choose 'Return early'.", "sg"),
    ("1m05s", "c", "it ask am I sure. I press yes. book is gone and now I can borrow new one"),
    ("10s", "a", "You got it, that's exactly right.", "enc"),
    ("20s", "c", "thank you"),
    ("10s", "a", "Thanks for your time today and happy reading!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="Customer messages in +07:00, agent messages in +01:00 -> mixed offsets. 'Great.' answers a yes/no (not encouragement); 'You got it, that's exactly right.' affirms the "
        "customer's action. The customer returned the book -> customer_did_it."))
