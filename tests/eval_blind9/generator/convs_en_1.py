"""English conversations b9-001 .. b9-021 (hand-written; labels decided while writing)."""
from common import conv, agent, customer, SYSTEM

CONVS = []
A = CONVS.append

# ---------------------------------------------------------------- b9-001
A(conv(1, "en", "chat", "2026-03-02T18:41:07+01:00",
  {"c": customer("Tomasz Wiśniewski", "+01:00"), "a": agent("priya")},
  [
    (0, "c", "Hello. The app is close itself when I am open the book. Yesterday was working fine."),
    ("38s", "a", "Hello, thank you for contacting Lumio Books, my name is Priya. So the app is closing when you open the book?", "bt"),
    ("25s", "c", "Yes. Every book, not only one."),
    ("31s", "a", "Thank you for confirming. Which device you are using, Android phone or iPhone?"),
    ("19s", "c", "Android, Samsung tablet"),
    ("44s", "a", "Okay. First please go to the Settings of the tablet, then Apps, and find Lumio Books there. Can you see it?", "sg"),
    ("52s", "c", "yes i see"),
    ("27s", "a", "Good. Now tap on Storage and press Clear cache (only cache, not Clear data, so your downloaded books are staying). Tell me when it is done.", "sg"),
    ("1m10s", "c", "Done it. cache is 0 now"),
    ("22s", "a", "You did that perfectly. Now please open the Lumio app again and try to open one book.", "enc sg"),
    ("48s", "c", "It open now!! thank you so much"),
    ("20s", "a", "So glad it is working now! If it happens again after some update, the same steps will help.", "emo"),
    ("18s", "a", "Thank you for your time and patience today, have a nice evening."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="m02 'So the app is closing when you open the book?' is a question-form restatement -> backtracking. "
        "m04 asks for information only (device) -> not step guidance. m06/m08/m10 are one step per message waiting "
        "for the result. 'Good.' in m08 is a bare acknowledgement, not encouragement; m10 'You did that perfectly' "
        "praises the customer's action. Customer cleared the cache and reports success -> customer_did_it. "
        "Closing turn m12+m13 (18 s apart) thanks for time and patience."))

# ---------------------------------------------------------------- b9-002
A(conv(2, "en", "chat", "2026-03-04T08:02:51+00:00",
  {"c": customer("Adaeze Nwosu", "+00:00"), "a": agent("marco")},
  [
    (0, "c", "Hi, I paid my electricity bill in the app and the money is gone two times from my account. I am very worried because the rent is due on friday."),
    ("1m05s", "a", "Hello and welcome to Northbank chat, my name is Marco. I understand your concern.", "emo"),
    ("20s", "c", "Can you help? it is 84.50 two times"),
    ("40s", "a", "You mentioned that the payment was taken twice, 84.50 each time, for the electricity bill. Are you referring to the payments from yesterday, March 3?", "bt"),
    ("15s", "c", "yes yesterday evening"),
    ("18s", "a", "Thank you. Let me check the transactions, one moment please."),
    ("2m05s", "a", "I checked it: the first payment is completed, the second one is only a pending authorisation, it was not sent to the biller. So it will be released back to your account automatically."),
    ("35s", "a", "Normally the pending amount disappears in 3 to 5 business days, sometimes little faster, but I cannot promise the exact day because it depends on the processing.", ""),
    ("50s", "c", "So before friday maybe not? I need that money for rent"),
    ("40s", "a", "I understand this is stressful with the rent coming. I can request an early release from our payments team. It is not guaranteed, but in many cases they do it within 24 hours.", "bt emo"),
    ("22s", "c", "ok please do it"),
    ("1m15s", "a", "Done, the request is submitted, reference NB-55821. When it is released you will see a notification in the app."),
    ("45s", "c", "Thank you Marco, I feel better now."),
    ("25s", "a", "You are welcome. Thank you for your patience while I checked everything. Have a good day."),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="m02 'I understand your concern' is a generic acknowledgement: NOT backtracking (no customer content restated), "
        "but it acknowledges the customer's worry -> emotional care. m04 'You mentioned that the payment was taken "
        "twice ... Are you referring to the payments from yesterday, March 3?' restates the customer's situation -> "
        "backtracking. m10 'stressful with the rent coming' reflects the customer's specific situation (rent due friday) -> "
        "backtracking as well as emotional care. The look-up took about 2 minutes inside the normal back-and-forth -> progress n/a. m08 "
        "('Normally 3 to 5 business days ... cannot promise') and m10 ('not guaranteed, but in many cases within 24 "
        "hours') are hedged outlooks -> expectation_set; 'I cannot promise' is a negated promise, not an overpromise. "
        "Customer was 'very worried' -> difficult; ends 'I feel better now' with thanks -> turnaround."))

# ---------------------------------------------------------------- b9-003
A(conv(3, "en", "chat", "2026-03-05T21:13:40-06:00",
  {"c": customer("Luis Ortega", "-06:00"), "a": agent("jess")},
  [
    (0, "c", "hello, the video stop every 10 sec and loading circle, on TV app"),
    ("55s", "a", "Hi Luis, Jess from Streamly here. Do other apps like YouTube play fine on the same TV?"),
    ("40s", "c", "yes youtube ok"),
    ("14s", "a", "Great. Is your TV connected with a cable or over wifi?"),
    ("1m02s", "c", "wifi. LG tv"),
    ("2m30s", "c", "wait I restart the router and now it is fine. sorry"),
    ("21s", "a", "Oh, good to hear it is playing normally now! And no need to say sorry at all.", "emo"),
    ("16s", "a", "If the buffering comes back, just open a new chat and we will look at it together. Thank you for contacting Streamly and enjoy your show."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="Near-miss for encouragement: m04 'Great.' only acknowledges the yes/no answer. The customer restarted the "
        "router on their own initiative before the agent gave any step -> customer_did_it false (LABELING requires "
        "following the agent's guidance). m07 shares the relief and reassures -> emotional care. Closing m07+m08 "
        "thanks only for contacting -> closing_gratitude false. No restatement anywhere (only new questions)."))

# ---------------------------------------------------------------- b9-004
A(conv(4, "en", "chat", "2026-03-06T12:20:00+01:00",
  {"c": customer("Daniel Krüger", "+01:00"), "a": agent("dario")},
  [
    (0, "c", "I want stop my membership because I move to other city next month."),
    ("47s", "a", "Hi Daniel, thanks for reaching out to FitZone. If I understand correctly you want to cancel the membership because you are moving, correct?", "bt"),
    ("20s", "c", "Yes correct"),
    ("58s", "a", "Okay. Your contract has 30 days notice, so if we cancel today the last payment will be taken on April 1 and your access ends on April 30. The April 1 payment cannot be refunded, this is part of the notice period."),
    ("1m10s", "c", "ok so cancel please"),
    ("40s", "a", "Done, the cancellation is confirmed. The confirmation email should arrive in the next few minutes."),
    ("2m15s", "c", "received thanks"),
    ("12s", "a", "Thank you for choosing FitZone, and good luck with the move!"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m02 'If I understand correctly you want to cancel the membership ..., correct?' -> backtracking. m04 tells the "
        "customer what the outcome will and won't cover (last payment April 1, access until April 30, April 1 not "
        "refundable) based on the contract, and m06 gives a hedged timing ('should arrive in the next few minutes') -> "
        "expectation_set. The contract terms have a basis, so they are not an overpromise. Closing 'Thank you for choosing FitZone' "
        "-> closing_gratitude false. The agent did the cancellation -> customer_did_it false."))

# ---------------------------------------------------------------- b9-005
A(conv(5, "en", "chat", "2026-03-07T10:05:12+00:00",
  {"c": customer("Gary Holt", "+00:00"), "a": agent("kevin")},
  [
    (0, "c", "WHERE IS MY PACKAGE. THIRD TIME I WRITE YOU THIS WEEK"),
    ("1m40s", "a", "Hello, this is Kevin. I am sorry for the trouble with your delivery. Can you please share the tracking number?", "emo"),
    ("30s", "c", "QP99812034 as I told the other 2 agents"),
    ("25s", "a", "Thank you, let me check."),
    ("6m10s", "c", "???"),
    ("1m05s", "c", "hello??"),
    ("2m20s", "a", "Sorry for the wait. The parcel is in our Leeds depot, it was missorted on Tuesday. It will definitely be delivered tomorrow.", "emo"),
    ("40s", "c", "That is what you said last time. I dont believe it."),
    ("50s", "a", "I understand. I have marked it as priority for tomorrow's first route."),
    ("35s", "c", "whatever. if not tomorrow I want refund"),
    ("30s", "a", "Thank you for contacting QuickParcel."),
  ],
  progress="none", expectation_set=False, overpromise=True, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="Shouting + third contact -> difficult. After 'let me check' (start notice) the customer chased twice ('???', "
        "'hello??') and got no interim update before the result -> progress none. 'It will definitely be delivered "
        "tomorrow' is an unconditional guarantee without basis -> overpromise; there is no hedged outlook -> "
        "expectation_set false. 'Sorry for the wait' addresses the waiting -> emotional care; 'I understand.' (m09) "
        "is a bare acknowledgement. Closing only thanks for contacting. Customer ends unhappy."))

# ---------------------------------------------------------------- b9-006
A(conv(6, "en", "chat", "2026-03-09T09:31:00+09:00",
  {"c": customer("Kenji Watanabe", "+09:00"), "a": agent("ana")},
  [
    (0, "c", "Hello I buy PixelForge licence yesterday but program still say trial version 3 days left"),
    ("1m12s", "a", "Hi, welcome to PixelForge support, I'm Ana. As I understand you purchased the licence yesterday but the program still shows the trial with 3 days left, is it right?", "bt"),
    ("28s", "c", "yes right. I get the key in email"),
    ("45s", "a", "Perfect, thank you. This happens when the program is still logged in with the trial account. Many customers fixed this simply by signing out and signing in again with the email they used for the purchase.", "vic"),
    ("20s", "a", "Could you click on your profile icon at the top right corner and choose Sign out? Tell me when you see the login window.", "sg"),
    ("1m30s", "c", "I can not find profile icon"),
    ("25s", "a", "No problem, take your time. It is a small circle with your initials, next to the bell icon.", "emo"),
    ("1m05s", "c", "ok found it, it was hide behind other window. Sign out done"),
    ("15s", "a", "Great job finding it! Now please sign in with the same email you used for the purchase.", "enc sg"),
    ("1m20s", "c", "signed in. Now it says PixelForge Studio Pro - licensed!!"),
    ("18s", "a", "That means the licence is now active on your computer. Is there anything else I can help you with?"),
    ("30s", "c", "no thats all, thank you Ana"),
    ("14s", "a", "Thank you for your cooperation today, Kenji. Have a great day!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="'As I understand you purchased ... is it right?' -> backtracking. m04 'Perfect, thank you' is thanks for "
        "information (not encouragement) but the message says many customers fixed it this way -> vicarious. m07 "
        "'take your time' reassures -> emotional care; it only clarifies where the icon of the m05 step is, so it is "
        "not counted as a new step. m09 'Great job finding it!' praises the customer's action -> encouragement. "
        "'I can not find profile icon' is neutral puzzlement, not difficulty."))

# ---------------------------------------------------------------- b9-007
A(conv(7, "en", "email", "2026-03-09T09:12:44-04:00",
  {"c": customer("Lucía Fernández", "-04:00"), "a": agent("owen")},
  [
    (0, "c", "Subject: charged after cancel\n\nHello,\nI cancel my Streamly subscription on 2 February but on 2 March you charged me again 12.99. Please return the money.\nRegards,\nLucía Fernández"),
    ("6h28m", "a", "Dear Lucía,\n\nThank you for your email. I understand you cancelled your Streamly plan on 2 February and were still charged 12.99 on 2 March. I'm sorry for the trouble this has caused.\n\nI have asked our billing team to check the cancellation record and will write to you again by Wednesday.\n\nKind regards,\nOwen\nStreamly Support", "bt emo"),
    ("1d19h25m", "a", "Dear Lucía,\n\nA short update: billing confirmed that your cancellation request was received on 2 February, but it was saved with an end date of 2 April by mistake. They are now correcting the record and preparing the refund, and I expect to have their confirmation tomorrow.\n\nKind regards,\nOwen"),
    ("21h55m", "c", "Any news? I still not see the money.\n\n> A short update: billing confirmed that your cancellation request was received on 2 February, but it was saved with an end date of 2 April by mistake."),
    ("2h20m", "a", "Dear Lucía,\n\nThe refund of 12.99 was issued today to your card ending 4471. Banks usually show it within 5-7 business days, but it can take a bit longer depending on your bank. Your subscription is now fully closed and you will not be charged again.\n\nThank you for your patience while we sorted this out.\n\nKind regards,\nOwen\n\n> Any news? I still not see the money."),
    ("40m", "c", "Ok thank you, I will wait."),
  ],
  progress="concrete", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="m02 restates the dates and amount -> backtracking; it is also the start-of-work notice ('will write again by "
        "Wednesday' is only next contact). m03 says what billing found and what is being done, with timing -> "
        "concrete interim update. Customer chased ('Any news?') -> difficult. m05 'usually within 5-7 business days, "
        "can take longer' -> expectation_set. 'you will not be charged again' is within the company's control (account "
        "closed), not an overpromise. Quoted lines in m04/m05 ignored."))

# ---------------------------------------------------------------- b9-008
A(conv(8, "en", "chat", "2026-03-10T19:02:10+01:00",
  {"c": customer("Ngozi Okafor", "+01:00"), "a": agent("femi")},
  [
    (0, "c", "Good day. My Lumio e-reader is not charging anymore, light not on when I connect cable"),
    ("50s", "a", "Good day, and thank you for reaching out. So when you plug in the cable, the charging light does not come on at all?", "bt"),
    ("35s", "c", "Yes not at all. I try 2 cables"),
    ("1m00s", "a", "Please try this:\n1. Connect the reader to a wall adapter, not to the computer.\n2. Hold the power button for 40 seconds, even if the screen stays black.\n3. Release it and wait 1 minute.\nLet me know if the light turns on.", "sg"),
    ("3m40s", "c", "I do all steps. nothing happen. still dead"),
    ("45s", "a", "Okay, since the reset did not change anything, this looks like a hardware fault. Your reader is still under warranty, so I will arrange a replacement for you."),
    ("30s", "c", "how long it takes? I read every evening"),
    ("40s", "a", "Usually the replacement ships within 2 business days and delivery takes 2-4 days after that, depending on your area. The tracking number will come by email."),
    ("25s", "c", "ok. fine"),
    ("15s", "a", "Thanks for your time today, Mrs. Okafor. Take care."),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m02 question-form restatement -> backtracking. m04 is a short numbered sequence to follow -> step guidance; "
        "the customer's attempt did not fix it -> customer_did_it false (replacement by the company). m08 'Usually "
        "... depending on your area' -> expectation_set. 'I read every evening' is a mild remark, not urgency. "
        "'Thanks for your time today' counts as closing gratitude."))

# ---------------------------------------------------------------- b9-009
A(conv(9, "en", "chat", "2026-03-11T15:48:03+02:00",
  {"c": customer("Petra Horvat", "+02:00"), "a": agent("marco")},
  [
    (0, "c", "URGENT, I put wrong PIN 3 times and now app say account locked. I need to pay supplier before 5 pm today!!"),
    ("42s", "a", "Hello, Marco here from Northbank. I understand it is urgent with the 5 pm payment. So after three wrong PIN entries the app shows that the account is locked, yes?", "bt emo"),
    ("10s", "c", "yes yes"),
    ("20s", "a", "For security I need to verify you first. Please confirm your date of birth and the last 4 digits of your card."),
    ("30s", "c", "14.06.1988, 2290"),
    ("55s", "a", "Thank you, verified. I have unlocked your account now and sent you an SMS to set a new PIN."),
    ("2m45s", "c", "ok I set new PIN and I am in. Payment sent. you saved me, thanks"),
    ("20s", "a", "Happy to hear the payment went through in time!", "emo"),
    ("12s", "a", "Thank you for your cooperation with the verification. Have a good afternoon."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="Deadline pressure ('URGENT', 'before 5 pm') -> difficult; ends with thanks -> turnaround. The agent unlocked "
        "the account; the customer only set a new PIN and logged in (follow-up) -> customer_did_it false. m04 asks for "
        "information only -> not step guidance. Closing thanks for cooperation -> true."))

# ---------------------------------------------------------------- b9-010
A(conv(10, "en", "chat", "2026-03-12T11:15:30+02:00",
  {"c": customer("Olena Bondarenko", "+02:00"), "a": agent("rahul")},
  [
    (0, "c", "Hi, I buy new laptop and want move my SafeNet VPN licence there, old laptop is broken"),
    ("1m20s", "a", "Hi, thanks for contacting SafeNet, this is Rahul. You would like to add the licence to a second laptop in addition to the old one, right?", "bt"),
    ("25s", "c", "no, not in addition. old one is broken, I want only the new"),
    ("20s", "a", "Sorry, my mistake. So you want to move the licence from the broken laptop to the new one.", "bt"),
    ("10s", "c", "exactly"),
    ("40s", "a", "You can do it from your account page. First go to account.safenet.example and log in. Tell me when you are on the Devices page.", "sg"),
    ("1m50s", "c", "ok I see 2 devices, DESKTOP-OLD and also my phone"),
    ("15s", "a", "You are doing great. Next to DESKTOP-OLD please click Remove.", "enc sg"),
    ("30s", "c", "removed"),
    ("12s", "a", "Now install SafeNet on the new laptop and sign in with the same email.", "sg"),
    ("4m05s", "c", "done it says active 2 of 2 devices, works"),
    ("15s", "a", "Great, that's exactly how it should look.", "enc"),
    ("20s", "c", "thanks!"),
    ("10s", "a", "Thank you for contacting SafeNet, have a nice day."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="m02 is a wrong restatement (adds the licence instead of moving it), corrected by the customer; it still counts "
        "as backtracking, as does the corrected m04. Three steps one at a time (m06, m08, m10); the customer removed the "
        "old device and activated the new one -> customer_did_it. m08 'You are doing great' and m12 'that's exactly how "
        "it should look' affirm the customer's action -> encouragement. Closing thanks only for contacting."))

# ---------------------------------------------------------------- b9-011
A(conv(11, "en", "chat", "2026-03-13T20:22:18+01:00",
  {"c": customer("Mehmet Yılmaz", "+01:00"), "a": agent("sofia")},
  [
    (0, "c", "Hi. I got wrong food. I order chicken bowl but in bag is vegan wrap. order 4471-2290"),
    ("1m15s", "a", "Hello! Thanks, I found order 4471-2290."),
    ("20s", "a", "I'm really sorry about the mix-up, that is disappointing when you are waiting for your dinner.", "emo"),
    ("35s", "a", "I can offer a full refund of the chicken bowl (11.90) or a voucher of 15.00 for your next order. Which do you prefer?"),
    ("40s", "c", "refund please"),
    ("45s", "a", "Done. The refund of 11.90 is sent to your card; usually it appears in 3-5 business days, depending on your bank."),
    ("30s", "c", "ok thx"),
    ("15s", "a", "Thank you for your patience, and sorry again for the wrong order. Enjoy the rest of your evening!", "emo"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="Near-miss: m02 only echoes the order number while reporting the look-up; it does not restate the problem "
        "(wrong item) -> not backtracking. m03 apologises for the trouble -> emotional care; m08 'sorry again for the "
        "wrong order' also apologises for the trouble. 'usually ... 3-5 business days, depending on your bank' -> "
        "expectation. A factual wrong-item report without strong words -> not difficult."))

# ---------------------------------------------------------------- b9-012
A(conv(12, "en", "chat", "2026-03-14T16:05:00+01:00",
  {"c": customer("Lukas Brandt", "+01:00"), "a": agent("priya")},
  [
    (0, "c", "My notes in book do not synchronise to the phone from the reader since update of last week."),
    ("1m05s", "a", "Hello, I'm Priya. You are saying the notes you make on the e-reader are not appearing on your phone since last week's update?", "bt"),
    ("30s", "c", "Yes this is correct. Also the highlights."),
    ("25s", "a", "Thank you. Let me check this with our technical team, one moment please."),
    ("4m10s", "a", "I am still checking this, thank you for waiting."),
    ("5m20s", "c", "Any news? I have to go soon"),
    ("40s", "a", "Still looking into it, just one more minute please."),
    ("3m05s", "a", "Thank you for waiting. Our technical team confirmed it is a known problem in version 5.2: the notes are saved on the reader but not uploaded. Your notes are not lost.", "emo"),
    ("30s", "a", "The developers are working on it, but there is no fix date yet, so I can't say exactly when it will be corrected. We will contact you by email once the fix is released."),
    ("1m00s", "c", "ok but very annoying. I use notes for my study"),
    ("35s", "a", "I understand, it is really annoying when you rely on the notes for your study. I'm sorry for the trouble.", "bt emo"),
    ("20s", "c", "ok bye"),
  ],
  progress="vague", expectation_set=True, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="m04 is the start notice; m05 ('still checking') and m07 ('Still looking into it') say nothing about what was "
        "checked or found -> progress vague. Customer chased ('Any news? I have to go soon') -> difficult. m09 'no fix "
        "date yet, so I can't say exactly when' marks the timing as uncertain -> expectation_set; 'we will contact "
        "you' alone would not count. m08 'Your notes are not lost' reassures -> emotional care. m11 reflects the customer's "
        "specific situation (relying on the notes for study) -> backtracking + emotional care. 'Thank you for "
        "waiting' is mid-conversation; the closing turn (m11) has no thanks. Customer leaves annoyed -> no "
        "turnaround."))

# ---------------------------------------------------------------- b9-013
A(conv(13, "en", "chat", "2026-03-16T07:58:40+00:00",
  {"c": customer("Aylin Demir", "+00:00"), "a": agent("hannah")},
  [
    (0, "a", "Hi there, welcome to FitZone chat! How can I help you today?"),
    ("35s", "c", "hi, I broke my ankle and cannot train for maybe 2 months. Do I must pay?"),
    ("50s", "a", "Oh no, I'm sorry to hear about your ankle, I hope you recover quickly.", "emo"),
    ("15s", "a", "So you'd like to pause your membership for about two months while it heals?", "bt"),
    ("25s", "c", "yes if possible"),
    ("40s", "a", "Yes, we can freeze it for up to 3 months with a doctor's note, and during the freeze there are no monthly fees."),
    ("20s", "a", "Please upload the note in the app: Profile > Membership > Freeze request.", "sg"),
    ("3m10s", "c", "uploaded now"),
    ("50s", "a", "Thank you, I can see it. I've approved the freeze from today until May 31."),
    ("30s", "c", "great thank you very much"),
    ("15s", "a", "Thanks for reaching out to FitZone, and take care!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m01 is a greeting sent before the customer wrote -> not a response; first_response_s is measured to m03. "
        "m03 'sorry to hear about your ankle' only names the topic -> emotional care, not backtracking. m04 paraphrases "
        "'cannot train for 2 months' as pausing for two months -> backtracking. m06 answers the product question (freeze "
        "rules) directly; it is not an outlook on when/what the outcome will be -> expectation_set false. m07 asks the customer "
        "to upload the note -> step guidance, but the freeze itself was approved by the agent -> customer_did_it false. "
        "The injury is not a complaint, anxiety or urgency about the support problem -> not difficult. Closing thanks "
        "only for reaching out."))

# ---------------------------------------------------------------- b9-014
A(conv(14, "en", "chat", "2026-03-16T20:40:00-05:00",
  {"c": customer("Brian Cole", "-05:00"), "a1": agent("jess"), "a2": agent("tomas_s")},
  [
    (0, "c", "Your app keep saying 'this TV is not part of your household'. I live here!! I tried everything, nothing helped. reinstall, logout, nothing."),
    ("1m30s", "a1", "Hi, I'm Jess. I'm sorry you're going through this, that sounds really frustrating.", "emo"),
    ("25s", "a1", "I'm transferring you now to our account specialist, who can reset the household location."),
    ("2m10s", "a2", "Hello, Tomás here. Just to be sure: it is the TV in your own home, and the message appears every time you open the app?", "bt"),
    ("30s", "c", "YES. every time. for 3 days"),
    ("1m45s", "a2", "Okay, I have reset your household location on our side."),
    ("2m20s", "c", "ok it works now. but 3 days I pay for nothing and nobody answer my emails."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="Two agents with two public messages each -> tie; Jess wrote first -> primary_agent_id is Jess. m03 only "
        "transfers to another team -> not step guidance. m04 restates the situation as a question -> backtracking. "
        "The company reset the household -> customer_did_it false; m06 states the action taken, no outlook. The customer's last message is a complaint, no "
        "reply from the agent -> no turnaround, closing turn (m06) has no thanks. The 2-minute transfer is normal "
        "back-and-forth -> progress n/a."))

# ---------------------------------------------------------------- b9-015
A(conv(15, "en", "email", "2026-03-17T14:02:00+01:00",
  {"c": customer("Klaus Meyer", "+01:00"), "a": agent("nadia")},
  [
    (0, "c", "Subject: Invoice need VAT number\n\nDear support,\nOn the invoice INV-2026-0442 our company VAT number is missing. Please can you add DE811234567 and send again the invoice. If possible until end of month.\n\nBest regards\nKlaus Meyer\nMeyer Druck GmbH"),
    ("20h35m", "a", "Dear Mr. Meyer,\n\nThank you for contacting PixelForge.\n\nI have added the VAT number DE811234567 to invoice INV-2026-0442, and the corrected invoice is attached to this email.\n\nIf you need anything else, simply reply to this message. Thank you for choosing PixelForge.\n\nBest regards,\nNadia\nBilling Team"),
    ("1h10m", "c", "Thank you, received.\n\n> I have added the VAT number DE811234567 to invoice INV-2026-0442"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="Single-reply email answered directly -> progress n/a. m02 repeats the VAT and invoice numbers only while "
        "reporting the completed action (like a generic 'done') -> not backtracking. 'If possible until end of month' "
        "is a routine preferred date -> not difficult. Opening and closing thanks only for contacting / choosing -> "
        "closing_gratitude false."))

# ---------------------------------------------------------------- b9-016
A(conv(16, "en", "chat", "2026-03-18T18:30:00-07:00",
  {"c": customer("Hyejin Park", "-07:00"), "a": agent("liam_e")},
  [
    (0, "c", "Hello, my new speaker not connect to wifi. The light is orange blinking always"),
    ("40s", "a", "Hi! Sorry to hear the setup is giving you trouble. Let's sort it out together.", "emo"),
    ("12s", "a", "So the light keeps blinking orange and the speaker never joins your wifi, right?", "bt"),
    ("20s", "c", "yes"),
    ("25s", "a", "First, can you hold the mute and volume-down buttons together for 10 seconds, until the light turns blue?", "sg"),
    ("50s", "c", "ok blue now"),
    ("15s", "a", "Nice work. Now open the Echoz app on your phone and tap the + at the top.", "enc sg"),
    ("1m20s", "c", "I tap + but it ask for 'Device type' and I dont know which"),
    ("20s", "a", "Choose 'Speaker' and then 'Echoz Mini'. You're almost there!", "enc sg"),
    ("10s", "a", "Here is a 40-second video showing these exact screens, if it helps to follow along: echoz.example/v/mini-setup", "vic"),
    ("2m40s", "c", "I watch video and did same. now it say Connected, light white"),
    ("12s", "a", "You did it! The white light means it's online.", "enc"),
    ("25s", "c", "thank you very much for help"),
    ("15s", "a", "My pleasure, and thanks for your patience going through the steps with me!"),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="Steps one at a time (m05, m07, m09). 'Nice work', 'You're almost there!', 'You did it!' are tied to the "
        "customer's actions -> encouragement. m10 is a demonstration video of the same screens -> vicarious (not a "
        "generic help article). Customer connected it -> customer_did_it. Closing thanks for patience -> true."))

# ---------------------------------------------------------------- b9-017
A(conv(17, "en", "chat", "2026-03-19T21:47:15+00:00",
  {"c": customer("Sophie Laurent", "+00:00"), "a": agent("grace")},
  [
    (0, "c", "I am in Portugal and my card is decline in restaurant. I have no other money. what I do??"),
    ("35s", "a", "Hello, I'm Grace. Don't worry, I'm here to help.", "emo"),
    ("15s", "a", "You are travelling in Portugal and your card was declined at a restaurant, is that right?", "bt"),
    ("10s", "c", "yes right now, they waiting"),
    ("1m20s", "a", "I see our fraud system blocked it because of the foreign transaction. I have removed the block now."),
    ("10s", "a", "Please try the payment again, I guarantee it will work this time."),
    ("1m30s", "c", "it worked. thank god. thank you"),
    ("15s", "a", "I'm so relieved for you! Enjoy your dinner.", "emo"),
  ],
  progress="n/a", expectation_set=False, overpromise=True, closing_gratitude=False,
  difficult=True, turnaround=True, customer_did_it=False,
  notes="Anxiety and urgency ('no other money', 'they waiting') -> difficult; thanks at the end -> turnaround. 'I "
        "guarantee it will work' -> overpromise. The agent removed the block (the real fix); retrying the payment is "
        "only a follow-up -> m06 not step guidance, customer_did_it false. Closing turn m08 has no thanks."))

# ---------------------------------------------------------------- b9-018
A(conv(18, "en", "chat", "2026-03-20T08:12:00+01:00",
  {"c": customer("Marie Dubois", "+01:00"), "a": agent("kevin")},
  [
    (0, "c", "Hello I want change adress for delivery tomorrow, I will be at office not at home"),
    ("1m25s", "a", "Hello, Kevin here. If I got it right, you want the parcel for tomorrow to go to your office instead of your home address?", "bt"),
    ("30s", "c", "Yes. Office is Lindenstrasse 12, 3rd floor, Bern"),
    ("20s", "a", "Thank you. May I have the tracking number please?"),
    ("25s", "c", "QP55102983"),
    ("1m05s", "a", "Thanks. The address is updated to Lindenstrasse 12, 3rd floor, Bern. Delivery is still planned for tomorrow between 9 and 13, the time window can change a little on the day."),
    ("20s", "c", "perfect thanks"),
    ("10s", "a", "Thanks for your time, have a nice day!"),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m02 'If I got it right, you want ...?' -> backtracking. m06 repeats the address only as confirmation of the "
        "completed change (not counted) and gives a delivery window marked as possibly shifting -> expectation_set. "
        "'Thanks for your time' -> closing gratitude."))

# ---------------------------------------------------------------- b9-019
A(conv(19, "en", "chat", "2026-03-21T13:05:50+02:00",
  {"c": customer("Ioana Popescu", "+02:00"), "a": agent("femi")},
  [
    (0, "c", "I bought book 'The Salt Road' one hour before, payment is gone but in library it not appear."),
    ("45s", "a", "Hello! Thank you for the details. The Salt Road was purchased an hour ago and the payment went through, but it is not showing in your library yet. Did I get that right?", "bt"),
    ("15s", "c", "yes"),
    ("50s", "a", "I can see the purchase on your account, so only the device has not synced yet. Could you go to the Library screen and swipe down from the top to refresh? Let me know what happens.", "sg"),
    ("40s", "c", "I swipe, it show spinning and now book is there!"),
    ("10s", "a", "Well done, that's exactly what was needed.", "enc"),
    ("15s", "a", "The Salt Road is one of our most popular titles this month, happy reading! And thank you for contacting Lumio Books."),
  ],
  progress="n/a", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="Statement + 'Did I get that right?' -> backtracking. The customer's own refresh made the book appear -> "
        "customer_did_it. 'Well done' -> encouragement; m07 praises the book (product), not the customer -> not encouragement. Closing turn m06+m07 thanks only for contacting."))

# ---------------------------------------------------------------- b9-020
A(conv(20, "en", "email", "2026-03-02T19:40:00+00:00",
  {"c": customer("Mark Evans", "+00:00"), "a": agent("chris")},
  [
    (0, "c", "Subject: Double fee\n\nHello, this month FitZone took 2 times the fee 39.90 from my account. Please refund one.\nMark"),
    ("3d1h20m", "c", "Subject: RE: Double fee\n\nHello?? I wrote 3 days ago and no answer. Please refund.\n\n> Hello, this month FitZone took 2 times the fee 39.90 from my account. Please refund one."),
    ("18h05m", "a", "Dear Mark,\n\nThank you for your message. Our billing team will review it.\n\nFitZone Members Team"),
    ("4d2h", "c", "It is now 8 days. This is ridiculous. Where is my money?"),
    ("22h30m", "a", "Dear Mark,\n\nApologies for the long wait. We have refunded 39.90 to your account today.\n\nKind regards,\nChris\nFitZone Members Team", "emo"),
    ("3h15m", "c", "Finally. I will think if I stay with FitZone."),
  ],
  progress="none", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="Customer chased twice before any useful reply -> difficult. m03 is only a start-of-work notice; after it the "
        "customer chased again and the next agent mail delivered the result -> progress none. m05 'Apologies for the "
        "long wait' addresses the waiting -> emotional care. m03 does not restate the customer's problem. Customer "
        "ends unhappy ('Finally. I will think if I stay') -> no turnaround."))

# ---------------------------------------------------------------- b9-021
A(conv(21, "en", "chat", "2026-03-22T22:10:00-05:00",
  {"c": customer("Rosa Jiménez", "-05:00"), "a": agent("jess")},
  [
    (0, "c", "subtitle are late 2 seconds on every episode of 'Harbor Lights'. other show fine"),
    ("48s", "a", "Hi, Jess here. So it's only Harbor Lights where the subtitles come about two seconds late, and other shows are fine?", "bt"),
    ("18s", "c", "correct"),
    ("40s", "a", "Thanks. We had a few reports about this show this week. Other viewers fixed it by choosing 'English [CC]' instead of 'English' in the subtitle menu, the CC track has the correct timing.", "vic"),
    ("10s", "a", "Could you open the subtitle menu during playback and pick English [CC]?", "sg"),
    ("1m05s", "c", "ok I changed, now it is on time"),
    ("10s", "a", "Excellent, you found it quickly!", "enc"),
    ("20s", "c", "thanks"),
    ("25s", "a", "The normal English track will be corrected by our content team, but I don't have a date for that yet."),
    ("10s", "a", "Thanks for your patience and have a good evening."),
  ],
  progress="n/a", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=True,
  notes="m04 other viewers fixed it this way -> vicarious. m05 one step -> step guidance; the customer switched the "
        "track and it worked -> customer_did_it. m07 praises the customer's action. m09 says the permanent correction "
        "has no date yet (uncertain timing marked) -> expectation_set. Closing turn m09+m10 thanks for patience."))
