# English conversations (even numbers). Written blind from LABELING.md.
from common import C, M, T, agents

agents(ag_rivera="Dana Rivera", ag_osei="Kwame Osei", ag_lind="Erik Lind", ag_patel="Priya Patel",
       ag_walsh="Ciaran Walsh", ag_chen="Mei Chen", ag_howard="Jay Howard", ag_brooks="Sam Brooks",
       ag_meyer="Lena Meyer", ag_diaz="Luis Diaz", ag_nguyen="Linh Nguyen", ag_hughes="Owen Hughes",
       ag_foster="Sam Foster", ag_greene="Jordan Greene", ag_clarke="Peter Clarke", ag_ward="Ellis Ward",
       ag_tan="Wei Ling Tan", ag_kowalski="Anna Kowalski", ag_bello="Femi Bello", ag_romero="Ana Romero",
       ag_petrov="Nadia Petrov", ag_schulz="Jonas Schulz", ag_okoro="Tunde Okoro")

# ---------------------------------------------------------------- b7-002
C("b7-002", "en", "chat", "2026-09-08", "-05:00", customer_name="Margaret", msgs=[
    M("14:03:10", "cu-5520", "Hello. My hearing aids stopped working with my phone since yesterday. I cant hear phone calls anymore, my daughter set it up and she is away. I am quite worried, I have a doctor calling me this afternoon."),
    M("14:04:02", "ag-rivera", "Hi Margaret, this is Dana from SoundPal support. I'm sorry you're dealing with this, especially with an important call coming up. We'll sort it out together, no rush.", tags="emo"),
    M("14:04:30", "ag-rivera", "So your hearing aids used to connect to your phone, and since yesterday calls don't come through to them anymore, is that right? Is it an iPhone or an Android phone?", tags="bt"),
    M("14:06:15", "cu-5520", "yes thats right. iphone"),
    M("14:07:01", "ag-rivera", "Thank you. Let's start with one small step: on your iPhone, open Settings, then Accessibility, then Hearing Devices. Could you tell me what you see under 'My Devices'?", tags="step"),
    M("14:10:44", "cu-5520", "it says Left and Right SoundPal but grey, Not Connected"),
    M("14:11:20", "ag-rivera", "Perfect, you found exactly the right screen. Next, please open and close the battery door on both hearing aids, then watch that screen for a minute.", tags="enc step"),
    M("14:14:02", "cu-5520", "ok i did the battery doors. now it says connected!! and the little light blinked green"),
    M("14:14:40", "ag-rivera", "Wonderful, you did it! To check, could you call your voicemail and listen for the sound in your hearing aids?", tags="enc step"),
    M("14:17:30", "cu-5520", "I called my voicemail and the sound came in my ears again. Oh thank you so much, I was so nervous about missing the doctor. You have been very kind."),
    M("14:18:05", "ag-rivera", "I'm so glad it's working again! If it ever drops, opening and closing the battery doors is the first thing to try.", tags="emo"),
    M("14:18:30", "ag-rivera", "Thank you for your patience and for walking through each step with me today. Good luck with your call!"),
], progress="n/a", exp=False, over=False, closing=True, frs=52, primary="ag-rivera",
  difficult=True, turnaround=True, did=True,
  notes="'quite worried' + doctor calling this afternoon = anxiety/urgency -> difficult. Customer re-paired by opening/closing the battery doors and confirmed sound via voicemail -> customer_did_it; thanks and relief at the end -> turnaround. Closing turn m11+m12 thanks for patience.")

# ---------------------------------------------------------------- b7-004
C("b7-004", "en", "email", "2026-10-05", "+01:00", customer_name="Tom Beckett", msgs=[
    M("08:47:00", "cu-2290", """
        Subject: Claim HL-7731 - photos STILL won't upload

        This is the third time I'm writing about this. Every time I try to attach the photos of the water damage in the app it spins and then says 'Upload failed, try again later'. I've tried on wifi, on 4G, restarted the phone. Your last reply told me to reinstall the app, which I did, and nothing changed. The loss adjuster needs these by Friday.

        Tom Beckett"""),
    M("10:02:00", "ag-osei", """
        Hi Tom,

        I'm really sorry you've had to write three times. I understand how frustrating this is, with the adjuster's deadline on Friday.

        To make sure I have this right: the photos for claim HL-7731 fail with 'Upload failed, try again later' on both wifi and mobile data, and reinstalling the app didn't help.
        Could you tell me which phone model you're using, and whether the photos were taken with the phone's own camera?

        Kwame
        Hearthline Insurance""", tags="emo bt"),
    M("10:20:00", "cu-2290", "iPhone 15, yes taken with the camera. Seriously, please just fix it."),
    M("16:45:00", "ag-osei", """
        Hi Tom,

        An update: our app team has reproduced the failure. iPhone photos saved in HEIC format are being rejected by the claims server because of a file-type setting that was changed last week. It's on our side, not your phone.
        A fix is scheduled for Thursday morning. These dates usually hold, but I can't promise the exact hour. I've also let the loss adjuster know the delay is our fault.

        Kwame"""),
    M("d2 18:02:00", "cu-2290", "Any news? It's Wednesday evening."),
    M("d3 09:30:00", "ag-osei", """
        Hi Tom,

        The fix went live at 08:50 this morning, and I've checked on our side that HEIC photos now go through. The photos can be attached to the claim in the app whenever you're ready.

        Kwame"""),
    M("d3 09:58:00", "cu-2290", "Uploaded. Took three weeks but fine."),
], progress="concrete", exp=True, over=False, closing=False, frs=4500, primary="ag-osei",
  difficult=True, turnaround=False, did=False,
  notes="Repeated contact + complaint about earlier handling + deadline = difficult. One interim update (m04) says what was found and when the fix is due -> concrete; hedged date -> expectation_set. The company fixed the server; re-uploading is a follow-up -> customer_did_it false. Last message is grudging, no thanks -> no turnaround.")

# ---------------------------------------------------------------- b7-006
C("b7-006", "en", "chat", "2026-09-19", "+02:00", msgs=[
    M("07:55:12", "cu-7001", "descale light keeps blinking orange even after descaling. help"),
    M("07:58:40", "ag-lind", "Good morning! Sorry about that. So you've already run the descaling programme, and the orange descale light keeps blinking afterwards?", tags="emo bt"),
    M("07:59:30", "cu-7001", "yes"),
    M("08:00:15", "ag-lind", """
        Thanks. On the Duo the light needs a manual reset after descaling. Please try this:
        1. Switch the machine on and wait until it has heated up
        2. Press and hold the 2-cup and steam buttons together for 5 seconds
        3. Release when the light flashes white three times
        There's also a help article here: https://help.brewmaster.example/duo-descale""", tags="step"),
    M("08:01:02", "cu-7001", "ok"),
    M("08:03:30", "ag-lind", "Let me know how it goes!"),
], progress="n/a", exp=False, over=False, closing=False, frs=208, primary="ag-lind",
  difficult=False, turnaround=False, did=False,
  notes="Customer only answers 'ok'; success never shown -> customer_did_it false. Terse but not frustrated. The help-article link alone is not vicarious.")

# ---------------------------------------------------------------- b7-008
C("b7-008", "en", "chat", "2026-11-02", "+00:00", msgs=[
    M("12:10:00", "cu-3350", "hi, app shows no available slots for dr lin but my friend booked one for thursday this morning"),
    M("12:10:02", "bot-careslot", "Thanks for your message! I'm CareBot. Have you tried pulling down to refresh the calendar?"),
    M("12:10:40", "cu-3350", "yes. human pls"),
    M("12:10:42", "bot-careslot", "Connecting you to an agent..."),
    M("12:13:55", "ag-patel", "Hi, Priya here. So the calendar shows no free slots for Dr Lin, even though your friend managed to book one for Thursday this morning. Got it.", tags="bt"),
    M("12:14:20", "ag-patel", "Could you open Profile > About and tell me the app version shown at the bottom?", tags="step"),
    M("12:15:30", "cu-3350", "4.2.0"),
    M("12:16:05", "ag-patel", "Thanks! Slots for Dr Lin's new clinic room were added in version 4.3, so older versions show the calendar as empty. Could you update CareSlot from the App Store and open the calendar again?", tags="step"),
    M("12:21:48", "cu-3350", "updated, now i can see the slots for dr lin 👍 booked thu 9:40. thx"),
    M("12:22:30", "ag-patel", "Glad you got the Thursday slot! Have a good day.", tags="emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=235, primary="ag-patel",
  difficult=False, turnaround=False, did=True,
  notes="Bot messages excluded from first_response_s (agent at 12:13:55). Customer updated the app themselves and booked -> customer_did_it. 'human pls' is not frustration. Agent closing has no thanks.")

# ---------------------------------------------------------------- b7-010
C("b7-010", "en", "email", "2026-10-29", "+00:00", customer_name="Sandra Okafor", msgs=[
    M("09:15:00", "cu-4460", """
        Hello,

        Our October pay run in PayNest is showing tax code 1257L as emergency (W1/M1) for all 40 employees, so everyone's tax is wrong. Nothing changed on our end.
        We have to submit payroll tomorrow morning by 10am or people won't be paid on time. Please treat this as urgent.

        Sandra Okafor
        Finance Manager, Greenway Nurseries"""),
    M("09:48:00", "ag-walsh", """
        Hi Sandra,

        I'm sorry for the stress this is causing so close to your deadline. Let me look into it with our payroll engineers and I'll get back to you.

        Ciaran
        PayNest Support""", tags="emo"),
    M("13:05:00", "ag-walsh", """
        Hi Sandra,

        We are still looking into this and will update you as soon as we can.

        Ciaran"""),
    M("16:30:00", "cu-4460", "Any update? I need to know today whether we can run payroll tomorrow."),
    M("17:10:00", "ag-walsh", """
        Hi Sandra,

        Our engineers found that Tuesday's tax-table update wrongly flagged some codes as W1/M1. They have corrected the tables on our side and recalculated your October pay run, so the codes now show as cumulative again.

        Ciaran"""),
    M("17:42:00", "cu-4460", "Just checked. Codes are back to 1257L cumulative and the figures match last month. Thank you so much, you saved our payday!"),
    M("17:55:00", "ag-walsh", """
        Hi Sandra,

        Great to hear the figures are right again. Thank you for your patience today while we fixed this.

        Ciaran""", tags="emo"),
], progress="vague", exp=False, over=False, closing=True, frs=1980, primary="ag-walsh",
  difficult=True, turnaround=True, did=False,
  notes="Urgent + deadline + chase = difficult. m02 is a start-of-work notice; the only interim update (m03) has no content -> vague. Company corrected and recalculated; customer only checked -> did false. Thanks at the end -> turnaround; agent closing thanks for patience.")

# ---------------------------------------------------------------- b7-012
C("b7-012", "en", "chat", "2026-10-16", "-07:00", msgs=[
    M("17:30:00", "cu-8123", "HELP my tickets for tonight arent in the app!! show starts at 8 and the order says confirmed. im freaking out"),
    M("17:30:45", "ag-chen", "Hi, I'm Mei from GigPass. I'm sorry, that sounds stressful. I'm bringing in our ticketing specialist right now.", tags="emo"),
    M("17:31:30", "ag-howard", "Hi, Jay here from the ticketing team. Your order is confirmed but tonight's tickets don't appear in the app. Could you share the order number?", tags="bt"),
    M("17:32:10", "cu-8123", "GP-55821-X"),
    M("17:34:30", "ag-howard", "Thanks. The transfer from the venue's system failed on our side, so the tickets never reached your account. I've re-issued both tickets to your account just now."),
    M("17:34:50", "ag-howard", "You'll definitely get in tonight, no problem at all.", tags="emo"),
    M("17:35:40", "cu-8123", "they show now!! omg thank you so much 😭🙏"),
    M("17:36:00", "ag-howard", "Enjoy the show! 🎶"),
], progress="n/a", exp=False, over=True, closing=False, frs=45, primary="ag-howard",
  difficult=True, turnaround=True, did=False,
  notes="Urgency/anxiety (tonight, freaking out) -> difficult; thanks at the end -> turnaround. Company re-issued the tickets -> did false. 'definitely get in' = overpromise. ag-howard has 4 public messages vs ag-chen 1, although ag-chen answered first.")

# ---------------------------------------------------------------- b7-014
C("b7-014", "en", "chat", "2026-09-30", "+05:30", msgs=[
    M("21:05:00", "cu-6602", "hello my streak of 212 days is gone to 0 today, but i did lesson yesterday night at 11.50pm. please can you restore"),
    M("15:36:30", "ag-brooks", "Hi! So your 212-day streak went back to 0 even though you finished a lesson at 11:50pm last night. Let me take a look.", tags="bt", tz="+00:00"),
    M("15:38:10", "ag-brooks", "The lesson was completed at 23:50 your time, but it synced to our servers after midnight, so the streak broke. I've restored your 212-day streak.", tz="+00:00"),
    M("21:09:05", "cu-6602", "yay its back 213 now?? no 212. thanks!!"),
    M("15:39:40", "ag-brooks", "It'll turn 213 when you do today's lesson 😊 Happy learning!", tz="+00:00"),
], progress="n/a", exp=False, over=False, closing=False, frs=90, primary="ag-brooks",
  difficult=False, turnaround=False, did=False,
  notes="Mixed offsets: customer +05:30, agent +00:00 (21:05+05:30 = 15:35Z -> 90 s). Company restored the streak -> did false. Not difficult.")

# ---------------------------------------------------------------- b7-016
C("b7-016", "en", "email", "2026-11-12", "+01:00", customer_name="Joost de Wit", msgs=[
    M("08:05:00", "cu-1919", """
        Hello,

        I have called two times already and still the locker at Station Oost says 'invalid code' when I type my pickup code 448 201. The parcel is medicine for my father, I need it today. Nobody calls me back as promised. This is really not ok.

        Regards,
        Joost de Wit"""),
    M("08:40:00", "ag-meyer", """
        Dear Joost,

        I'm very sorry for the trouble and for the missed call-backs. I understand this is urgent.

        The code was cancelled by mistake when the courier re-scanned the parcel. I have generated a new pickup code for you: 730 884. It is valid until tomorrow 20:00 at the same locker (Station Oost, compartment 14).

        Kind regards,
        Lena Meyer, BoxHub Support""", tags="emo"),
    M("12:31:00", "cu-1919", "It opened with the new code. Got it."),
], progress="n/a", exp=False, over=False, closing=False, frs=2100, primary="ag-meyer",
  difficult=True, turnaround=False, did=False,
  notes="Repeated calls, complaint about handling, urgency -> difficult. Company issued a new code; collecting with it is a follow-up -> did false. Success report without thanks -> no turnaround. No closing thanks.")

# ---------------------------------------------------------------- b7-018
C("b7-018", "en", "chat", "2026-10-03", "-04:00", msgs=[
    M("11:20:00", "cu-3381", "voice guidance stopped talking. map works fine, music works, just no turn-by-turn voice"),
    M("11:23:40", "cu-3381", "nvm, found it myself. there's a separate 'guidance volume' slider in the sound menu, it was at 0. works now"),
    M("11:25:30", "ag-diaz", "Good catch! Yes, the guidance volume slider is separate from the media volume, so it's easy to miss. Glad it's working again. Anything else I can help with?", tags="enc emo"),
    M("11:26:10", "cu-3381", "no thats all"),
    M("11:26:40", "ag-diaz", "Thanks for your patience, drive safe!"),
], progress="n/a", exp=False, over=False, closing=True, frs=330, primary="ag-diaz",
  difficult=False, turnaround=False, did=False,
  notes="Customer fixed it on their own before the agent said anything -> not 'following the agent's guidance' -> customer_did_it false. First response measured from the first customer message (330 s). Closing thanks for patience.")

# ---------------------------------------------------------------- b7-020
C("b7-020", "en", "chat", "2026-11-09", "+11:00", msgs=[
    M("15:10:00", "cu-7788", "Hi, I'm the Year 9 coordinator at Hillcrest. None of the 30 tablets in room B4 can join the school wifi since this morning. We have an online maths exam on them tomorrow at 9am, I really need them working today."),
    M("15:11:00", "ag-nguyen", "Hi, I'm Linh from EduSlate support. I understand the pressure with the exam tomorrow. Let's get this fixed today.", tags="emo"),
    M("15:11:30", "ag-nguyen", "Just to confirm: all 30 tablets in room B4 stopped joining the wifi this morning, and other devices in the school are fine?", tags="bt"),
    M("15:12:40", "cu-7788", "yes, teacher laptops are fine. only the tablets. do you have admin access to fix it from your side?"),
    M("15:14:00", "ag-nguyen", """
        I don't have access to your school's console, but you or your IT admin can do it in a few minutes. The school's wifi certificate was renewed last night, so the tablets need the updated wifi profile:
        1. Log in to the EduSlate Admin Console
        2. Go to Profiles > Wi-Fi > 'Hillcrest-Student'
        3. Click 'Re-push to devices' and select the group 'Room B4'
        The tablets need to be switched on and within range. I've attached a 40-second screen recording of these exact steps so you can follow along.""", tags="step vic"),
    M("15:20:10", "cu-7788", "ok I'm in the console (our IT guy is off today). pushed it. 12 of 30 show online now"),
    M("15:20:50", "ag-nguyen", "That's exactly right, the re-push is working. The rest usually come online within 5-10 minutes as they wake up; any that are switched off will update once they're turned on.", tags="enc"),
    M("15:31:30", "cu-7788", "28/30 online. the other 2 were switched off, turned them on and now all green 🙌 Thank you so much, you've saved tomorrow!"),
    M("15:32:05", "ag-nguyen", "Brilliant, so glad everything's ready for the exam! Thanks for working through the console steps with me. Good luck to your students tomorrow.", tags="emo"),
], progress="n/a", exp=True, over=False, closing=True, frs=60, primary="ag-nguyen",
  difficult=True, turnaround=True, did=True,
  notes="Exam tomorrow, 'really need them working today' = urgency -> difficult. The coordinator (customer side) re-pushed the profile following the steps; all tablets online -> customer_did_it; thanks -> turnaround. Screen recording of the steps -> vicarious. 'usually within 5-10 minutes' -> expectation_set. Closing thanks for working through the steps.")

# ---------------------------------------------------------------- b7-022
C("b7-022", "en", "email", "2026-11-04", "+00:00", customer_name="Priya Shah", msgs=[
    M("16:20:00", "cu-6161", """
        Hi,

        When I try to submit my VAT return for Jul-Sep in TaxBridge I get 'HMRC authorisation expired (code AUTH-09)'. The deadline is 7 November and I'm getting worried I'll be fined. What do I do?

        Priya Shah
        Shah Interiors"""),
    M("d1 08:55:00", "ag-hughes", """
        Hi Priya,

        I understand the worry with the deadline coming up, and you still have a few days before it.

        AUTH-09 means the link between TaxBridge and your HMRC account has expired (it has to be renewed every 18 months). Please:
        1. Go to Settings > Connections > HMRC
        2. Click 'Disconnect', then 'Connect to HMRC'
        3. Sign in with your Government Gateway ID and approve access
        4. Go back to the return and click Submit again

        Best,
        Owen
        TaxBridge Support""", tags="emo step"),
    M("d1 12:10:00", "cu-6161", "That worked, submission receipt ref 8812-XT received."),
    M("d1 12:30:00", "ag-hughes", """
        Hi Priya,

        Well done for getting it reconnected and submitted ahead of the deadline.

        Owen""", tags="enc"),
], progress="n/a", exp=False, over=False, closing=False, frs=59700, primary="ag-hughes",
  difficult=True, turnaround=False, did=True,
  notes="Worried about a deadline/fine -> difficult. Customer reconnected and submitted following the steps ('That worked') -> customer_did_it. Success report only, no thanks or relief -> no turnaround. Agent praises the customer's action (encouragement) but does not thank -> no closing_gratitude.")

# ---------------------------------------------------------------- b7-024
C("b7-024", "en", "chat", "2026-09-21", "-05:00", msgs=[
    M("18:40:00", "cu-1448", "my keypad code stopped working after the app updated. the master code works, but the guest codes I made for my dog walker don't."),
    M("18:42:10", "ag-foster", "Hi, this is Sam at Latchly. Let me check with our engineering team."),
    M("19:05:00", "cu-1448", "hello?"),
    M("19:20:30", "cu-1448", "??? still there? walker comes at 7am tomorrow"),
    M("19:31:00", "ag-foster", "Sorry for the long wait. Engineering confirmed a bug in keypad firmware 2.4 that rejects guest codes, and they've just released firmware 2.4.1 with the fix. Please open the app > Devices > Front Door > Firmware > Update, and keep your phone near the lock until it finishes.", tags="emo step"),
    M("19:40:12", "cu-1448", "updated. guest code works now"),
    M("19:41:00", "ag-foster", "Good to hear it's working. Have a good evening.", tags="emo"),
], progress="none", exp=False, over=False, closing=False, frs=130, primary="ag-foster",
  difficult=True, turnaround=False, did=False,
  notes="Customer chased twice with a deadline and got no interim update before the result -> progress none, difficult. The company published the fixed firmware; the customer only installed it (the guide's 'installing a driver the company published') -> customer_did_it false. 'updated. guest code works now' has no thanks -> no turnaround. m05 still asks for a concrete step -> step_guidance at message level.")

# ---------------------------------------------------------------- b7-026
C("b7-026", "en", "chat", "2026-10-08", "-06:00", msgs=[
    M("09:02:00", "cu-9090", "Your app charged me a $25 no-show fee for an appointment that YOUR app cancelled. I got a cancellation text on Monday. This is ridiculous, I want my money back."),
    M("09:03:15", "ag-greene", "Hi, I'm Jordan from MedSlot. I'm sorry about this charge, I can see why you're upset.", tags="emo"),
    M("09:03:40", "ag-greene", "You got a cancellation text on Monday, but you were still charged the $25 no-show fee for that appointment, is that right? What was the date of the appointment?", tags="bt"),
    M("09:04:30", "cu-9090", "oct 6. yes."),
    M("09:07:00", "ag-greene", "Thank you. The clinic cancelled the Oct 6 appointment, but the fee was applied automatically by mistake. I've refunded the $25 to your card. Refunds normally show up within 3-5 business days, depending on your bank."),
    M("09:07:40", "cu-9090", "fine."),
    M("09:08:10", "ag-greene", "Thanks for choosing MedSlot."),
], progress="n/a", exp=True, over=False, closing=False, frs=75, primary="ag-greene",
  difficult=True, turnaround=False, did=False,
  notes="Anger ('ridiculous', caps) -> difficult. Company refunded -> did false. 'fine.' is not thanks/relief -> no turnaround. 'Thanks for choosing' thanks only for choosing the company -> no closing_gratitude. Hedged refund timing -> expectation_set.")

# ---------------------------------------------------------------- b7-028
C("b7-028", "en", "email", "2026-10-12", "+01:00", customer_name="Ruth Adams", msgs=[
    M("19:30:00", "cu-2727", """
        Hello,

        I'm moving out of 14 Elm Road on 15 October. Could you arrange a final meter reading and close my account?

        Thanks,
        Ruth Adams"""),
    M("d1 08:10:00", "ag-clarke", """
        Dear Ruth,

        Thank you for letting us know. I've booked a final meter reading for 14 Elm Road on 15 October and set your account to close on that date. Your final bill will be sent to the email address we have on file.

        Kind regards,
        Peter Clarke
        Northern Water & Power""", tz="+00:00"),
    M("d1 09:45:00", "cu-2727", "Thanks!"),
], progress="n/a", exp=False, over=False, closing=False, frs=49200, primary="ag-clarke",
  difficult=False, turnaround=False, did=False,
  notes="Routine request done by the agent; no fix by the customer. Agent reply is in +00:00 (08:10Z = 09:10+01:00). The agent names the details while reporting the completed action, not to confirm understanding -> no backtracking. 'Thank you for letting us know' thanks for the contact -> no closing_gratitude.")

# ---------------------------------------------------------------- b7-030
C("b7-030", "en", "chat", "2026-11-18", "+00:00", msgs=[
    M("17:45:00", "cu-5151", "Locker won't open. App says 'connecting...' forever. I've been standing here in the rain for 20 minutes, this is a joke"),
    M("17:45:50", "ag-ward", "Hi, I'm Ellis. I'm really sorry you've been stuck out in the rain. Let's get your parcel out.", tags="emo"),
    M("17:46:10", "ag-ward", "Could you turn Bluetooth off and on on your phone, then tap 'Open' again?", tags="step"),
    M("17:47:30", "cu-5151", "did that. still connecting. come on"),
    M("17:48:00", "ag-ward", "Thanks for trying that. Which locker are you at, and what's the parcel number?"),
    M("17:48:40", "cu-5151", "Asda Leeds Road, BX-77120"),
    M("17:50:05", "ag-ward", "I've opened compartment 9 for you remotely. It should be unlocked now."),
    M("17:50:40", "cu-5151", "got it. thanks"),
    M("17:51:00", "ag-ward", "Sorry again for the wait in the rain. Have a good evening.", tags="emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=50, primary="ag-ward",
  difficult=True, turnaround=True, did=False,
  notes="Frustration ('this is a joke', 'come on') -> difficult. The customer's step did not work; the agent opened the locker remotely -> customer_did_it false. 'got it. thanks' -> turnaround (thanks). Agent's closing apologises, no thanks -> no closing_gratitude.")

# ---------------------------------------------------------------- b7-032
C("b7-032", "en", "chat", "2026-10-26", "-07:00", msgs=[
    M("10:00:00", "cu-8484", "hi, my audiologist said she'd send new settings because everything is too quiet at work. nothing has changed in the app yet"),
    M("10:01:10", "ag-rivera", "Hi! Dana here. So your audiologist was going to send new settings because things are too quiet at work, but nothing has arrived in the app yet. Let me check.", tags="bt"),
    M("10:04:30", "ag-rivera", "Found them: the settings were saved but stuck in 'pending' on our side. I've pushed them to your app now. You'll see a banner 'New program available'. Please tap Accept and keep the hearing aids in your ears until the lights stop blinking.", tags="step"),
    M("10:06:00", "cu-8484", "accepted. louder now, perfect, I can hear the kettle from the other room lol"),
    M("10:06:40", "ag-rivera", "Glad the new settings came through. Thank you for your patience while I tracked them down.", tags="emo"),
], progress="n/a", exp=False, over=False, closing=True, frs=70, primary="ag-rivera",
  difficult=False, turnaround=False, did=False,
  notes="The company released the stuck settings; tapping Accept is only a follow-up -> customer_did_it false (decoy). Short look-up within the chat -> progress n/a. Closing thanks for patience.")

# ---------------------------------------------------------------- b7-034
C("b7-034", "en", "chat", "2026-09-17", "+08:00", msgs=[
    M("09:30:00", "cu-3939", "I cannot login the app. SMS code never come. I tried already 10 times since morning!! I need to submit my claim today, very frustrating"),
    M("09:31:00", "ag-tan", "Hello, this is Wei Ling from ShieldPlus. I'm sorry for the frustration, I know it's urgent for your claim.", tags="emo"),
    M("09:31:20", "ag-tan", "May I have your registered mobile number so I can check the account?"),
    M("09:31:50", "cu-3939", "+65 9123 4567"),
    M("09:34:00", "ag-tan", "Thank you. After several code requests the account was locked for security, so the SMS stopped being sent. I have unlocked it now. Please request a new code one time.", tags="step"),
    M("09:35:10", "cu-3939", "in. ok"),
    M("09:35:30", "ag-tan", "Good. If anything else comes up with the claim, just message us here."),
], progress="n/a", exp=False, over=False, closing=False, frs=60, primary="ag-tan",
  difficult=True, turnaround=False, did=False,
  notes="Repeated failures + 'very frustrating' + today -> difficult. Agent unlocked the account; logging in afterwards is the guide's follow-up example -> customer_did_it false. 'in. ok' -> no turnaround. m05 still asks the customer to perform a concrete step (request a new code) -> step_guidance at message level, although the real fix was the company's.")

# ---------------------------------------------------------------- b7-036
C("b7-036", "en", "email", "2026-10-19", "+02:00", customer_name="Markus Vogel", msgs=[
    M("07:40:00", "cu-4747", """
        Hello,

        in my box this month are decaf capsules but I ordered Intenso. Please send correct one. Order 55-2098.

        Greetings,
        Markus Vogel"""),
    M("10:15:00", "ag-kowalski", """
        Hi Markus,

        Thank you for your message. You received decaf capsules in your October box instead of the Intenso you ordered (order 55-2098). Sorry about the mix-up.

        I've sent a replacement box of Intenso by express today. It will definitely arrive tomorrow. You can keep the decaf box.

        Thank you for your patience,
        Anna
        CapsuleClub""", tags="bt emo"),
    M("11:02:00", "cu-4747", "Thanks for sorting it so quickly!"),
], progress="n/a", exp=False, over=True, closing=True, frs=9300, primary="ag-kowalski",
  difficult=False, turnaround=False, did=False,
  notes="Calm request; company sends a replacement -> did false. 'will definitely arrive tomorrow' depends on the courier -> overpromise. The single reply is also the closing turn and ends with 'Thank you for your patience' -> closing_gratitude (the opening 'Thank you for your message' alone would not count).")

# ---------------------------------------------------------------- b7-038
C("b7-038", "en", "chat", "2026-09-12", "+01:00", msgs=[
    M("14:05:00", "cu-2323", "how much is it to upgrade from block C to the VIP lounge for sunday?"),
    M("14:06:20", "ag-bello", "Hi! The VIP lounge upgrade for Sunday's match is £45 per ticket. It's available in the app under My Tickets > Upgrade."),
    M("14:07:00", "cu-2323", "ok"),
    M("14:07:30", "ag-bello", "Thanks for choosing StadiumGo, enjoy the match!"),
], progress="n/a", exp=False, over=False, closing=False, frs=80, primary="ag-bello",
  difficult=False, turnaround=False, did=False,
  notes="Direct price answer, nothing to fix. 'Thanks for choosing' does not count as closing_gratitude.")

# ---------------------------------------------------------------- b7-040
C("b7-040", "en", "chat", "2026-11-15", "-03:00", msgs=[
    M("20:00:00", "cu-7272", "Hi, I have family plan and the invite link for my sister gives 'link invalid'. she tried 2 times"),
    M("20:01:30", "ag-brooks", "Hi! So the family plan invite link shows 'link invalid' when your sister opens it. Thanks for the details.", tags="bt"),
    M("20:01:50", "ag-brooks", "Could you ask her to open the link on her phone (not a laptop) while she's logged in to Lingo Leap with her own account?", tags="step"),
    M("20:06:40", "cu-7272", "she tried on phone, same error 😕"),
    M("20:08:00", "ag-brooks", "What email does she use for Lingo Leap?"),
    M("20:08:30", "cu-7272", "ana.souza@example.com"),
    M("20:10:15", "ag-brooks", "Thanks for your patience while I sorted this out. I've added her to your family plan manually from our side, so she should see Premium the next time she opens the app."),
    M("20:12:00", "cu-7272", "she's in! thanks"),
    M("20:12:30", "ag-brooks", "Awesome, enjoy learning together!"),
], progress="n/a", exp=False, over=False, closing=False, frs=90, primary="ag-brooks",
  difficult=False, turnaround=False, did=False,
  notes="The customer's step failed; the agent added the sister manually -> customer_did_it false. The thanks for patience is in m07, which is not in the closing turn (a customer message follows) -> closing_gratitude false.")

# ---------------------------------------------------------------- b7-042
C("b7-042", "en", "chat", "2026-09-26", "+10:00", msgs=[
    M("12:15:00", "cu-8080", "The app won't show my pickup code, just a blank grey box. Second time this week this happens, honestly getting sick of it"),
    M("12:16:30", "ag-nguyen", "Hi, Linh here. Sorry this has happened again, that's annoying, I get it.", tags="emo"),
    M("12:16:50", "ag-nguyen", "So the pickup code area is just a blank grey box, and it's the second time this week? Could you log out of the app, log back in and open the parcel again?", tags="bt step"),
    M("12:19:30", "cu-8080", "ok that worked, got my code"),
    M("12:21:40", "cu-8080", "wait now it says 'code expired' when I type it at the locker. seriously??"),
    M("12:23:00", "ag-nguyen", "I'm sorry, that's really frustrating. I've reported this to our locker team so they can issue a new code. They'll contact you by SMS.", tags="emo"),
    M("12:23:40", "cu-8080", "ugh. whatever."),
], progress="n/a", exp=False, over=False, closing=False, frs=90, primary="ag-nguyen",
  difficult=True, turnaround=False, did=False,
  notes="Repeat failure + 'getting sick of it' -> difficult. The customer's step worked, then the code failed again -> customer_did_it false. Ends unhappy -> no turnaround. 'They'll contact you by SMS' only says who will get in touch -> not expectation_set.")

# ---------------------------------------------------------------- b7-044
C("b7-044", "en", "email", "2026-11-03", "-05:00", customer_name="Derek Hall", msgs=[
    M("09:10:00", "cu-3131", """
        Hi PayNest team,

        One of our new hires, Maria Lopez, says she can't see her October payslip in the employee portal. She only sees an empty page with 'No documents'. I'm the HR admin. What should I do on my side?

        Thanks,
        Derek Hall, HR - Blue Pine Logistics"""),
    M("07:05:00", "ag-romero", """
        Hi Derek,

        Thanks for getting in touch. So Maria, a new hire, sees 'No documents' instead of her October payslip in the employee portal. That usually means her portal invitation was never accepted, so the payslip isn't linked to her login.

        You can fix this from your admin account:
        1. Go to People > Maria Lopez > Portal access
        2. Click 'Resend invitation'
        3. Ask Maria to open the new email and set her password from that link (not the old one)

        Best,
        Ana Romero
        PayNest Support""", tags="bt step", tz="-08:00"),
    M("14:20:00", "cu-3131", "Hi Ana, re-sent the invite and Maria confirms she can see her October payslip now. Thanks! Derek"),
    M("11:40:00", "ag-romero", "Hi Derek, glad Maria has access now. Thanks for taking care of it so quickly on your side. Ana", tags="emo", tz="-08:00"),
], progress="n/a", exp=False, over=False, closing=True, frs=3300, primary="ag-romero",
  difficult=False, turnaround=False, did=True,
  notes="Mixed offsets (agent -08:00): 07:05-08:00 = 10:05-05:00 -> 3300 s. The HR admin (customer side) re-sent the invite following the steps and reports success -> customer_did_it. Closing thanks for the customer's effort.")

# ---------------------------------------------------------------- b7-046
C("b7-046", "en", "chat", "2026-10-11", "+02:00", msgs=[
    M("16:20:00", "cu-6464", "my account got suspended and I was charged €40 'damage fee'. I didn't damage anything. what is this"),
    M("16:20:02", "bot-ridely", "I'm RideBot 🤖. Damage fees are charged when a bike is reported damaged after your ride. Would you like to talk to an agent?"),
    M("16:20:30", "cu-6464", "yes"),
    M("16:20:32", "bot-ridely", "You're in the queue. An agent will join shortly."),
    M("16:35:00", "ag-schulz", "Checking dock photos for bike 2291, looks undamaged. Need fleet team to confirm before refund + unsuspend.", internal=True),
    M("16:50:00", "cu-6464", "hello? anyone?"),
    M("17:20:00", "cu-6464", "still waiting. I need the bike to get to work tomorrow, please unlock my account"),
    M("17:20:02", "bot-ridely", "Thanks for your patience! An agent will be with you soon."),
], progress="none", exp=False, over=False, closing=False, frs=None, primary=None,
  difficult=True, turnaround=False, did=False,
  notes="No public agent message at all (only an internal note and bot messages) -> first_response_s and primary_agent_id null, progress none (customer waited and chased). Chasing + need for tomorrow -> difficult. Bot thanks never count.")

# ---------------------------------------------------------------- b7-048
C("b7-048", "en", "chat", "2026-09-15", "+02:00", msgs=[
    M("10:02:00", "cu-9191", "URGENT our shop website is down, shows 'Error 503'. We're losing sales every minute, this is our busiest week"),
    M("10:02:40", "ag-petrov", "Hi, Nadia from SiteForge. I'm sorry, I know every minute counts for your shop. Let me check right away.", tags="emo"),
    M("10:03:10", "ag-petrov", "Your shop site has been showing Error 503 since this morning, is that right? Could you confirm the domain?", tags="bt"),
    M("10:03:50", "cu-9191", "not since morning, since like 20 min ago. lunaceramics.shop"),
    M("10:09:00", "ag-petrov", "Update: I've checked, and it's not just your site. The database server for our EU-2 region failed at 09:41 and about 200 shops are affected. Our engineers are moving the sites to a backup server now. It usually takes around 30 minutes, but I can't promise the exact time."),
    M("10:25:00", "cu-9191", "any update??"),
    M("10:26:00", "ag-petrov", "Yes: about half of the EU-2 sites are already back on the backup server. Yours is in the next batch, expected within 15 minutes, though it may run a little over."),
    M("10:38:30", "ag-petrov", "Your site is back online. lunaceramics.shop is loading normally on our side. Could you check it from your end?"),
    M("10:40:00", "cu-9191", "it's back. orders coming through again. thank you guys, really appreciate the updates"),
    M("10:40:40", "ag-petrov", "So glad you're back up! Thanks a lot for your patience during the outage.", tags="emo"),
], progress="concrete", exp=True, over=False, closing=True, frs=40, primary="ag-petrov",
  difficult=True, turnaround=True, did=False,
  notes="URGENT + losing sales + chase -> difficult. m03 restates the customer's situation wrongly ('since this morning'), corrected by the customer: still backtracking. Interim updates m05 and m07 are concrete with hedged timing -> progress concrete, expectation_set. Company restored the site -> did false. Thanks at the end -> turnaround.")

# ---------------------------------------------------------------- b7-050
C("b7-050", "en", "chat", "2026-11-25", "+00:00", msgs=[
    M("13:30:00", "cu-2525", "Power's been out on Birch Lane since 1pm. Any idea when it's back? I work from home and have a client call at 3"),
    M("13:32:00", "ag-clarke", "Hi, Peter here. Let me check what's happening on Birch Lane."),
    M("13:50:00", "cu-2525", "hello? still nothing here"),
    M("14:10:00", "cu-2525", "any news?? call in 50 min"),
    M("14:22:00", "ag-clarke", "Sorry for keeping you waiting. A cable fault at the Birch Lane substation has been repaired, and power was restored to the street at 14:18. Could you check your lights?", tags="emo"),
    M("14:23:00", "cu-2525", "lights are on. phew, thanks Peter, made it in time for my call"),
    M("14:23:30", "ag-clarke", "Great to hear, good luck with the call!", tags="emo"),
], progress="none", exp=False, over=False, closing=False, frs=120, primary="ag-clarke",
  difficult=True, turnaround=True, did=False,
  notes="Chasing twice with a 3pm deadline -> difficult; m02 is only a start-of-work notice and nothing came until the result -> progress none. Utility repaired the fault -> did false. 'phew, thanks' -> turnaround. No closing thanks.")

# ---------------------------------------------------------------- b7-052
C("b7-052", "en", "chat", "2026-11-27", "+00:00", msgs=[
    M("20:40:00", "cu-4343", "my photo book preview has the pages all jumbled, page 3 shows up at the end etc. uploaded in the right order i swear"),
    M("20:42:10", "ag-okoro", "Hi! Tunde here. So you uploaded the pages in order, but the preview shows them jumbled, like page 3 at the end?", tags="bt"),
    M("20:42:40", "ag-okoro", """
        The preview sorts by the date each photo was taken by default. Try this:
        1. Tap 'Arrange' at the top
        2. Choose 'Sort by: Upload order'
        3. Tap 'Apply' and check the preview again""", tags="step"),
    M("20:45:15", "cu-4343", "boom, works. pages in order now"),
    M("20:45:50", "ag-okoro", "Nice one, you've got it sorted! Your book's ready to order whenever you are.", tags="enc"),
], progress="n/a", exp=False, over=False, closing=False, frs=130, primary="ag-okoro",
  difficult=False, turnaround=False, did=True,
  notes="Customer changed the sort order themselves; 'boom, works' -> customer_did_it. 'Nice one, you've got it sorted!' affirms the customer's action -> encouragement. No closing thanks.")

agents(ag_vos="Sanne Vos", ag_mensah="Kofi Mensah")

# ---------------------------------------------------------------- b7-054
C("b7-054", "en", "chat", "2026-10-06", "+02:00", msgs=[
    M("08:31:00", "cu-5454", "qr scan not working again, 3rd bike I try. I'm late for work already, come on"),
    M("08:31:40", "ag-vos", "Hi, Sanne here. Sorry, that's the last thing you need when you're running late.", tags="emo"),
    M("08:32:00", "ag-vos", "So the scanner isn't reading the QR code on any of the three bikes you tried? There's a faster way for now: tap 'Unlock', then 'Enter bike number', and type the 6-digit number printed under the QR sticker.", tags="bt step"),
    M("08:33:10", "cu-5454", "typed 482 119. it unlocked."),
    M("08:33:30", "ag-vos", "Glad you're moving! Ride safe.", tags="emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=40, primary="ag-vos",
  difficult=True, turnaround=False, did=True,
  notes="'again', late for work, 'come on' -> difficult. Customer typed the bike number as guided and the bike unlocked -> customer_did_it (the task was completed by the customer, even though the scanner itself was not repaired). Success report without thanks -> no turnaround.")

# ---------------------------------------------------------------- b7-056
C("b7-056", "en", "email", "2026-09-29", "-04:00", customer_name="Holly Grant", msgs=[
    M("10:40:00", "cu-6767", """
        Hi there,

        I'm trying to publish a new blog post on our bakery site but the Publish button is greyed out. Save Draft works fine. Not sure what I'm missing?

        Cheers,
        Holly Grant
        Grant's Bakehouse"""),
    M("13:05:00", "ag-mensah", """
        Hi Holly,

        Thanks for reaching out. So Save Draft works, but the Publish button stays greyed out on your new post.

        Since our September update, a post can't be published until its featured image has alt text (it's an accessibility requirement). To add it:
        1. Open the post and click the featured image
        2. In the right-hand panel, fill in 'Alt text' with a short description of the photo
        3. Click 'Update image', and check the Publish button again

        Quite a few bakery and café sites ran into this after the update, and adding the alt text sorted it for them.

        Best,
        Kofi
        PageLoom Support""", tags="bt step vic"),
    M("15:20:00", "cu-6767", "Hi Kofi, added the alt text ('sourdough loaves on the counter' 😄) and the button turned blue, post is live! Many thanks for the clear instructions. Holly"),
    M("16:02:00", "ag-mensah", "Hi Holly, great alt text! Glad the post is live. Thanks for your patience while we sorted it out. Kofi", tags="enc emo"),
], progress="n/a", exp=False, over=False, closing=True, frs=8700, primary="ag-mensah",
  difficult=False, turnaround=False, did=True,
  notes="Neutral question. Customer added the alt text following the steps; 'button turned blue, post is live' -> customer_did_it. Other sites' success -> vicarious. Praise of the customer's alt text -> encouragement; closing thanks for patience.")
