"""English conversations b10-001 .. b10-027 and b10-055 .. b10-056 (hand-written)."""
from model import conv

# ---------------------------------------------------------------- b10-001
conv(
    id="b10-001", channel="chat", lang="en", start="2026-01-12T19:03:11-06:00",
    people={"c": ("customer", "c-b10-001", "Trent Hollis"),
            "a": ("agent", "agt-nkowalski", "Nina Kowalski")},
    msgs=[
        ("+0", "c", "thermostat says offline in the app. been like that since yesterday"),
        ("+52", "a", "Hi Trent, Nina here. So the thermostat itself is powered on, but the app has "
                     "shown it as offline since yesterday — is that right? Did anything change with "
                     "your Wi-Fi around then, like a new router or password?"),
        ("+1m10s", "c", "new router yeah"),
        ("+35", "a", "That explains it — it's still looking for the old network. Let's point it at the "
                     "new one. On the thermostat, press and hold the dial for about 10 seconds until "
                     "the screen shows 'Setup'. Tell me when you see it."),
        ("+1m40s", "c", "ok setup"),
        ("+20", "a", "Perfect, that's the right screen. Now in the app go to Devices > Hallway > Wi-Fi > "
                     "Change network, and pick your new network name."),
        ("+2m30s", "c", "picked it, typed pw"),
        ("+40", "c", "icon is green now"),
        ("+25", "a", "You did it — that green icon means it's reconnected. Thanks for working through "
                     "that with me, Trent."),
        ("+30", "c", "cool"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=52,
                primary="agt-nkowalski", difficult=False, turnaround=False, did=True,
                step=[4, 6], vic=[], enc=[6, 9], emo=[],
                notes="Terse customer; success is only implied by what they now see ('icon is green "
                      "now') after two customer messages in a row -> customer_did_it. m09 'Thanks for "
                      "working through that with me' thanks for effort -> closing_gratitude. m06 'Perfect, "
                      "that's the right screen' affirms the customer's action."),
)

# ---------------------------------------------------------------- b10-002
conv(
    id="b10-002", channel="chat", lang="en", start="2026-02-17T18:22:40+01:00",
    people={"c": ("customer", "c-b10-002", "Oleksandr Bondar"),
            "a": ("agent", "agt-kvandermeer", "Kim van der Meer")},
    msgs=[
        ("+0", "c", "Hello. I want send claim for dentist bill but the portal say 'Upload failed' when "
                    "I put the document."),
        ("+1m5s", "a", "Hello Oleksandr, thanks for reaching out. Just to make sure I follow: you're "
                       "submitting a dental claim, and the error appears at the step where you attach "
                       "the bill — is that right? What kind of file is it, a photo from your phone or a PDF?"),
        ("+1m30s", "c", "Yes right. It is photo from phone, is very big maybe, 14 MB"),
        ("+40", "a", "That's the reason — the portal accepts files up to 5 MB. Here's an easy way around it:\n"
                     "1. Open the photo on your phone and tap Share.\n"
                     "2. Choose 'Print', then pinch outwards on the preview — this turns it into a PDF.\n"
                     "3. Save that PDF and attach it to the claim instead.\n"
                     "The PDF comes out much smaller than the photo."),
        ("+4m20s", "c", "I make like you say. The pdf is 600 KB."),
        ("+1m15s", "c", "Now the upload is success and the claim have number CLM-88213. Thank you very "
                        "much for help"),
        ("+30", "a", "Wonderful — you've got it submitted, and CLM-88213 is your reference. Claims like "
                     "this are normally reviewed within 10 business days, though it can take longer if "
                     "the dentist's office needs to confirm anything."),
        ("+20", "a", "Thank you for your patience with the upload, and have a good evening."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=True, frs=65,
                primary="agt-kvandermeer", difficult=False, turnaround=False, did=True,
                step=[4], vic=[], enc=[7], emo=[],
                notes="Broken / machine-translated English success report ('Now the upload is success') "
                      "after the customer converted the photo as instructed -> customer_did_it. m07 gives a "
                      "review-time outlook with 'normally' and 'can take longer' -> expectation_set. "
                      "Closing turn m07+m08 (20 s apart) thanks for patience."),
)

# ---------------------------------------------------------------- b10-003
conv(
    id="b10-003", channel="chat", lang="en", start="2026-03-03T07:41:02-05:00",
    people={"c": ("customer", "c-b10-003", "Rachel Ortiz"),
            "a": ("agent", "agt-dprice", "Devon Price")},
    msgs=[
        ("+0", "a", "Hi there! 👋 Welcome to ClassLink Parent support. What can I help with today?"),
        ("+2m", "c", "Hi, I added my daughter Mia in the app last week but I still can't see her grades, "
                     "only the calendar"),
        ("+48", "a", "Thanks Rachel. So Mia shows up in your app, but the Grades tab stays empty while the "
                     "calendar works — let me take a look at how her profile is connected."),
        ("+1m50s", "a", "Found it: Mia's record at Lincoln Middle was linked to your account as 'guardian – "
                        "calendar only', which is how the school's import set it up. I've changed the link "
                        "to full guardian access on our side."),
        ("+15", "a", "Could you log out and back in so the app picks up the change?"),
        ("+1m20s", "c", "ok logged out and back in, I see Mia's grades now"),
        ("+25", "a", "Great to hear it's showing now. Thanks for your patience while I sorted out the "
                     "link, Rachel!"),
        ("+20", "c", "thanks!"),
    ],
    labels=dict(bt=[3], progress="n/a", exp=False, over=False, closing=True, frs=48,
                primary="agt-dprice", difficult=False, turnaround=False, did=False,
                step=[5], vic=[], enc=[], emo=[7],
                notes="DECOY for customer_did_it: the agent changed the guardian link on the back end (the "
                      "real fix); the customer only logged out and in (a follow-up) -> false. m05 still "
                      "asks the customer to perform a concrete step, so it is step guidance. m01 is a "
                      "greeting before the customer wrote, so first_response_s counts from m02 to m03 (48 s)."),
)

# ---------------------------------------------------------------- b10-004
conv(
    id="b10-004", channel="email", lang="en", start="2026-02-09T21:40:00-07:00",
    people={"c": ("customer", "c-b10-004", "Karin Lindqvist"),
            "s": ("system", "sys-aerlink", "AerLink Customer Care"),
            "a": ("agent", "agt-pnatarajan", "Priya Natarajan")},
    msgs=[
        ("+0", "c", "Subject: Duplicate seat charge - THIRD request\n\n"
                    "This is the third time I'm writing about this. You charged my card TWICE for seat "
                    "selection on booking QZ7PLM (2 x $38, Feb 2). Your chatbot told me it would 'be "
                    "reviewed' and nothing happened. I want the duplicate charge refunded, not another "
                    "canned reply.\n\nKarin Lindqvist"),
        ("+1m@+00:00", "s", "We've received your message. Reference: CS-550182. A member of our team will "
                            "reply as soon as possible."),
        ("+13h@+00:00", "a", "Dear Ms. Lindqvist,\n\n"
                             "I'm sorry you've had to write three times about this — that shouldn't have "
                             "happened, and I understand why you're fed up. You were charged $38 twice on "
                             "February 2 for the seat on booking QZ7PLM, and the earlier promise of a review "
                             "went nowhere. I can see both charges, for the same seat (14C), so the second one "
                             "is clearly a duplicate.\n\n"
                             "I've sent both transaction references to our payments team to have the second "
                             "one reversed, and I'll follow this personally until it's done.\n\n"
                             "Kind regards,\nPriya Natarajan\nCustomer Relations"),
        ("+1d@-07:00", "c", "It's been a day. Any update? Both charges are still on my statement."),
        ("+3h@+00:00", "a", "Hello again Ms. Lindqvist,\n\n"
                            "Update: payments has confirmed the second charge (auth code 55821) as a "
                            "duplicate and approved the reversal this morning. The refund itself goes out in "
                            "tonight's batch, and I'll send you the refund reference once it's generated.\n\n"
                            "Refunds to cards usually show up within 5–10 business days, depending on your "
                            "bank, so I can't give you an exact date.\n\nPriya"),
        ("+1d@+00:00", "a", "Ms. Lindqvist,\n\n"
                            "The refund of $38.00 was issued last night, reference RF-20914. Thank you for "
                            "bearing with us while this was put right.\n\nPriya"),
        ("+4d@-07:00", "c", "Saw the $38 come back this morning. Thank you, Priya — appreciate you actually "
                            "following through."),
    ],
    labels=dict(bt=[3], progress="concrete", exp=True, over=False, closing=True, frs=46860,
                primary="agt-pnatarajan", difficult=True, turnaround=True, did=False,
                step=[], vic=[], enc=[], emo=[3],
                notes="Angry opening (third request, complaint about earlier handling) plus a chase (m04) -> "
                      "difficult; final customer thanks after the refund -> turnaround. The refund was done "
                      "by the company -> customer_did_it false. m05 is an interim update with findings and "
                      "the next step with timing -> concrete (m03 is the start-of-work notice). Mixed UTC "
                      "offsets: first response = m01 (04:40Z) to m03 (17:41Z) = 46860 s; the system "
                      "auto-acknowledgement m02 is excluded."),
)

# ---------------------------------------------------------------- b10-005
conv(
    id="b10-005", channel="chat", lang="en", start="2026-01-25T14:05:33-04:00",
    people={"c": ("customer", "c-b10-005", "Jess Morton"),
            "a": ("agent", "agt-sokafor", "Sam Okafor")},
    msgs=[
        ("+0", "c", "hey my printer keeps saying offline on my laptop but it prints fine from my phone??"),
        ("+38", "a", "Hey Jess! Sam here. So the phone can print to it, but the laptop sees it as offline — "
                     "that usually means the laptop is holding on to an old address for the printer. Are "
                     "you on Windows or Mac?"),
        ("+25", "c", "windows 11"),
        ("+30", "a", "Got it. First, the quick one: turn the printer off, wait 10 seconds, turn it back on, "
                     "then try printing from the laptop again. Let me know what happens."),
        ("+2m15s", "c", "restarted, still offline"),
        ("+20", "a", "Thanks for trying that. Next we'll remove it and add it back so Windows finds its "
                     "current address:\n"
                     "1. Settings > Bluetooth & devices > Printers & scanners\n"
                     "2. Click your printer, then Remove\n"
                     "3. Click Add device and wait for it to appear\n"
                     "No rush, take your time."),
        ("+1m30s", "c", "ok removed it"),
        ("+40", "c", "adding... its searching"),
        ("+15", "a", "You're nearly there — once it shows up in the list, click Add device next to it."),
        ("+50", "c", "found it"),
        ("+1m5s", "c", "test page came out!! ty"),
        ("+20", "a", "Brilliant, nicely done! If it ever drops off again, that remove-and-add trick is the "
                     "one to reach for."),
        ("+12", "a", "Thanks for your patience today, Jess — happy printing!"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=38,
                primary="agt-sokafor", difficult=False, turnaround=False, did=True,
                step=[4, 6, 9], vic=[], enc=[9, 12], emo=[6],
                notes="First step (restart) failed, second step (remove and re-add) worked; success "
                      "reported by the customer ('test page came out!!') -> customer_did_it. 'Thanks for "
                      "trying that' in m06 is thanks, not praise; 'No rush, take your time' is reassurance "
                      "-> emotional care."),
)

# ---------------------------------------------------------------- b10-006
conv(
    id="b10-006", channel="chat", lang="en", start="2026-04-14T21:12:09-05:00",
    people={"c": ("customer", "c-b10-006", "Marcus Bell"),
            "a": ("agent", "agt-hcho", "Helen Cho")},
    msgs=[
        ("+0", "c", "My e-file got rejected and the deadline is tomorrow. I'm honestly panicking, I can't "
                    "afford a late penalty. Rejection code IND-031-04."),
        ("+1m20s", "a", "Hi Marcus, Helen here. Please don't worry — there's still time, and we'll go "
                        "through it together. IND-031-04 means the IRS couldn't match the prior-year AGI "
                        "on your return. How did you fill in last year's AGI?"),
        ("+50", "c", "I typed it from memory. Last year I used a different software so I don't have it in here"),
        ("+30", "a", "So the AGI was entered from memory, and last year's return was done in another "
                     "program — that's the likely mismatch. Do you have last year's return as a PDF? The "
                     "number you need is on Form 1040, line 11."),
        ("+2m", "c", "found it, it's 61,482. I put 64,000 lol"),
        ("+25", "a", "Great find — that's exactly the number. Now:\n"
                     "1. Go to File > Federal > Fix rejection.\n"
                     "2. Replace the prior-year AGI with 61482 (no comma).\n"
                     "3. Click Resubmit.\n"
                     "Resubmitting doesn't cost anything extra."),
        ("+3m10s", "c", "resubmitted. status says transmitted"),
        ("+20", "a", "Perfect, you've done everything right. The IRS usually sends an acceptance within an "
                     "hour or so, but in peak season it can take up to 48 hours."),
        ("+14m", "c", "JUST GOT THE ACCEPTED EMAIL"),
        ("+10", "c", "thank you so much, I can finally breathe"),
        ("+20", "a", "That's wonderful news, Marcus — I'm so glad it went through! You handled the fix "
                     "perfectly."),
        ("+15", "a", "Thanks for sticking with it tonight. Enjoy your evening!"),
    ],
    labels=dict(bt=[4], progress="n/a", exp=True, over=False, closing=True, frs=80,
                primary="agt-hcho", difficult=True, turnaround=True, did=True,
                step=[6], vic=[], enc=[6, 8, 11], emo=[2, 11],
                notes="Deadline pressure and 'panicking' -> difficult; thanks and relief at the end -> "
                      "turnaround. Customer corrected the AGI and resubmitted following m06 and reports the "
                      "acceptance -> customer_did_it. m08 gives a 'usually ... can take up to' outlook -> "
                      "expectation_set. The 14-minute gap is the IRS, not agent work, so progress n/a."),
)

# ---------------------------------------------------------------- b10-007
conv(
    id="b10-007", channel="chat", lang="en", start="2026-03-11T10:15:47-08:00",
    people={"c": ("customer", "c-b10-007", "Gloria Estevez"),
            "a": ("agent", "agt-kadeyemi", "Ken Adeyemi")},
    msgs=[
        ("+0", "c", "My lisinopril refill has said 'pending' for 4 days. I take my last pill tomorrow "
                    "morning. I need this today."),
        ("+2m5s", "a", "Hi Gloria, I'm Ken. So your lisinopril refill has been stuck on pending for four "
                       "days and you're down to your last dose — let me pull up the prescription."),
        ("+1m40s", "a", "Thanks for waiting. The refill is pending because the prescription has no refills "
                        "left, so we sent an authorization request to Dr. Lam's office on Monday and haven't "
                        "heard back yet."),
        ("+40", "c", "Monday?? Nobody told me. What am I supposed to do, I can't skip doses"),
        ("+35", "a", "I'm sorry — you should have had a text when the request went out, and I understand how "
                     "worrying it is to be this close to running out. Two things: I'll call Dr. Lam's office "
                     "right now, and if they can't sign today, our pharmacist can give you an emergency "
                     "supply to bridge the gap."),
        ("+6m", "a", "Quick update: I reached Dr. Lam's office. The nurse has the request and says the "
                     "doctor signs refills at the end of the day, but she couldn't confirm it will be today."),
        ("+20", "a", "So the pharmacist has approved a 3-day emergency supply for you — it will be ready for "
                     "pickup at the Elm St store after 2 pm. Once the doctor signs, the full refill usually "
                     "follows within a business day, but I can't promise it'll be today."),
        ("+1m", "c", "ok"),
        ("+30", "a", "Thank you for your patience, Gloria. You'll get a text when the emergency supply is ready."),
    ],
    labels=dict(bt=[2], progress="concrete", exp=True, over=False, closing=True, frs=125,
                primary="agt-kadeyemi", difficult=True, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[5],
                notes="Urgency ('I need this today', last pill tomorrow) -> difficult. The customer ends with "
                      "a bare 'ok' -> no turnaround. m06 reports what was done and found while the call was "
                      "in progress -> concrete interim update (m07 delivers the outcome). 'usually ... can't "
                      "promise' -> expectation_set, not overpromise. Nothing for the customer to do -> "
                      "customer_did_it false."),
)

# ---------------------------------------------------------------- b10-008
conv(
    id="b10-008", channel="email", lang="en", start="2026-03-05T08:12:00+01:00",
    people={"c": ("customer", "c-b10-008", "Tom Reinholt"),
            "a": ("agent", "agt-amoreno", "Alicia Moreno")},
    msgs=[
        ("+0", "c", "Hi,\n\nI was charged a €15 late return fee for my trip on 3 March (VW Polo, B-ZR 4410). "
                    "I parked in the zone at 18:55, before my 19:00 end time, but the app took a few minutes "
                    "to end the trip. Could you take a look?\n\nThanks,\nTom"),
        ("+1d2h", "a", "Hello Tom,\n\n"
                      "You parked the Polo in the zone at 18:55, but the trip only closed after 19:00, so the "
                      "fee was added — that's how I read your message. I checked the car's logs: the doors "
                      "locked at 18:56, but the trip end wasn't registered until 19:04 because the car had no "
                      "mobile signal in the underground part of the zone. As that wasn't your fault, I've "
                      "removed the €15 fee; the credit will appear on your next invoice.\n\n"
                      "One thing I can't change is the recorded trip end itself, so your trip history will "
                      "still show 19:04.\n\nBest regards,\nAlicia Moreno"),
        ("+5h", "c", "Thanks Alicia. A bit disappointed the history will still look like I was late, but fine."),
        ("+1h", "a", "Understood, Tom — I've also added a note to your account so the 19:04 end can't count "
                     "against you if it ever comes up. Thanks for your patience while I went through the "
                     "logs, and enjoy your next trip.\n\nAlicia"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=True, frs=93600,
                primary="agt-amoreno", difficult=False, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[],
                notes="Mild disappointment only ('A bit disappointed ... but fine') -> not difficult. m02 says "
                      "what the resolution will and won't cover (fee removed; trip end stays 19:04) -> "
                      "expectation_set. The company waived the fee; no customer fix -> customer_did_it false. "
                      "The first reply already delivered the answer -> progress n/a."),
)

# ---------------------------------------------------------------- b10-009
conv(
    id="b10-009", channel="chat", lang="en", start="2026-02-22T16:48:19+00:00",
    people={"c": ("customer", "c-b10-009", "Liam Carr"),
            "z": ("agent", "agt-ztran", "Zoe Tran"),
            "r": ("agent", "agt-rortiz", "Rafael Ortiz")},
    msgs=[
        ("+0", "c", "my account got hacked 3 days ago, someone changed the email and i've submitted 2 "
                    "recovery forms and got NOTHING back. this is ridiculous, i've spent £200 on this account"),
        ("+1m30s", "z", "Hi Liam, I'm really sorry — three days locked out after two recovery forms with no "
                        "reply is awful, and I get why you're angry. I'm getting this to our account security "
                        "team right now."),
        ("+40", "z", "Could you tell me the gamertag and the email address that was on the account before it "
                     "was changed?"),
        ("+1m", "c", "LiamC_77, liam.c77@example.co.uk"),
        ("+30", "z", "Thanks. I'm transferring you to Rafael from account security; he can see everything "
                     "I've noted."),
        ("+2m@+01:00", "r", "Hi Liam, Rafael here. I've got your details from Zoe. I'm sending a verification "
                            "code to liam.c77@example.co.uk — please read it back to me when it arrives."),
        ("+1m10s", "c", "482 913"),
        ("+3m", "c", "hello?? are you still there"),
        ("+1m30s@+01:00", "r", "Still here, sorry for the silence. The code checks out and I've ended all "
                               "sessions on the account, including the hacker's. I'm now restoring your "
                               "original email and removing the phone number they added."),
        ("+5m@+01:00", "r", "Done. Your email is back to liam.c77@example.co.uk, the other phone number is "
                            "gone, and a password-reset link is waiting in your inbox. After setting a new "
                            "password you'll be asked to turn on two-step verification."),
        ("+4m", "c", "I'm in."),
        ("+25@+01:00", "r", "Good. Your purchases and items are all still attached to the account. Anything "
                            "else I can help with?"),
        ("+30", "c", "no"),
        ("+15@+01:00", "r", "Take care, Liam."),
    ],
    labels=dict(bt=[2], progress="concrete", exp=False, over=False, closing=False, frs=90,
                primary="agt-rortiz", difficult=True, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[2, 9],
                notes="Anger and complaint about earlier handling -> difficult. The customer chased ('hello??') "
                      "and m09 then says what was done -> concrete. Account recovered by security (company "
                      "fix); 'I'm in.' is only a login after the company's fix and a success report without "
                      "thanks -> customer_did_it false, turnaround false. 'sorry for the silence' addresses "
                      "the customer's waiting -> emotional care. Zoe 3 public messages, Rafael 5 -> primary "
                      "agt-rortiz. Rafael's messages are stamped +01:00."),
)

# ---------------------------------------------------------------- b10-010
conv(
    id="b10-010", channel="email", lang="en", start="2026-01-08T10:02:00-05:00",
    people={"c": ("customer", "c-b10-010", "Bernadette Fox"),
            "a": ("agent", "agt-ohaddad", "Omar Haddad")},
    msgs=[
        ("+0", "c", "Hello,\n\nI'd like to stop getting paper bills and have my electricity bill paid "
                    "automatically from my checking account. Is that something I can set up myself? "
                    "Account 7730-118-42.\n\nBernadette Fox"),
        ("+4h", "a", "Hi Bernadette,\n\nYes, you can set both up yourself in a few minutes:\n"
                     "1. Sign in at myaccount.northgrid.example and open Billing > Payment options.\n"
                     "2. Choose AutoPay, enter your bank's routing number and your checking account number, "
                     "and pick the due date as the payment day.\n"
                     "3. Under Billing > Delivery, switch from Paper to Paperless.\n\n"
                     "In other words, AutoPay takes the full balance on each due date. It begins with the first "
                     "bill issued at least 5 days after you enroll; until then, please pay as usual. There's "
                     "also a help article at help.northgrid.example/autopay.\n\nBest,\nOmar Haddad\nNorthGrid Customer Care"),
        ("+1h30m", "c", "Thank you! I'll do it this weekend when I have my checkbook handy."),
        ("+40m", "a", "Sounds good, Bernadette. If anything on the site looks different from the steps above, "
                      "just reply to this email. Thanks for your time!\n\nOmar"),
    ],
    labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=True, frs=14400,
                primary="agt-ohaddad", difficult=False, turnaround=False, did=False,
                step=[2], vic=[], enc=[], emo=[],
                notes="DECOY: the customer says she will do it at the weekend; success never shown -> "
                      "customer_did_it false. m02 states when AutoPay starts and what to do until then -> "
                      "expectation_set. 'In other words' explains the product, not the customer's situation -> "
                      "no backtracking; a general help-article link is not vicarious. 'Thanks for your time!' "
                      "in the closing counts."),
)

# ---------------------------------------------------------------- b10-011
conv(
    id="b10-011", channel="chat", lang="en", start="2026-02-02T08:31:50-07:00",
    people={"c": ("customer", "c-b10-011", "Priyanka Shah"),
            "a": ("agent", "agt-cmartin", "Cole Martin")},
    msgs=[
        ("+0", "c", "Hi, my doorbell camera went offline this morning"),
        ("+1m10s", "c", "oh wait, never mind — I unplugged the router and plugged it back in and the doorbell's "
                        "back online. Is there anything that makes this happen? Just curious."),
        ("+45", "a", "Hi Priyanka — glad it's back! So it dropped offline this morning and came back after "
                     "you restarted the router. That usually points to the router handing the doorbell a new "
                     "address overnight. A setting called 'DHCP reservation' in the router keeps the address "
                     "fixed, if it ever becomes a habit."),
        ("+1m", "c", "ok good to know, thanks"),
        ("+20", "a", "You're welcome! Have a great day."),
    ],
    labels=dict(bt=[3], progress="n/a", exp=False, over=False, closing=False, frs=115,
                primary="agt-cmartin", difficult=False, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[3],
                notes="DECOY: the customer fixed it herself BEFORE any agent guidance, so it was not done "
                      "'following the agent's guidance' -> customer_did_it false. Neutral curiosity is not "
                      "difficult. The DHCP remark is information, not a request to perform a step. 'glad it's "
                      "back' shares the relief -> emotional care. first_response_s from m01 (115 s)."),
)

# ---------------------------------------------------------------- b10-012
conv(
    id="b10-012", channel="chat", lang="en", start="2026-03-19T13:07:25+10:00",
    people={"c": ("customer", "c-b10-012", "Hamish Doyle"),
            "a": ("agent", "agt-glim", "Grace Lim")},
    msgs=[
        ("+0", "c", "Getting white streaks across every page on my InkPro 540. Ink levels show fine."),
        ("+1m", "a", "Hi Hamish, thanks for the details. White streaks on every page even though the ink "
                     "levels read fine — that's typically a clogged print head. Let's run a cleaning: on the "
                     "printer, go to Setup > Maintenance > Head Cleaning and press OK. It runs for about two "
                     "minutes."),
        ("+3m", "c", "Done. Printed a test page — looks clean now."),
        ("+20", "a", "Nice work, that's exactly what we wanted to see. Try a couple of normal pages to be sure."),
        ("+2m30s", "c", "Hm. First two were fine, the third one has the streaks again."),
        ("+30", "a", "Thanks for checking. If streaks return this quickly after a cleaning, the head itself "
                     "is likely failing. Your printer is under warranty until August, so I'm arranging a "
                     "replacement unit and a prepaid return label for the old one."),
        ("+40", "c", "Fair enough."),
        ("+15", "a", "Thanks for running those tests with me, Hamish. The label and instructions are on their "
                     "way by email."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=60,
                primary="agt-glim", difficult=False, turnaround=False, did=False,
                step=[2, 4], vic=[], enc=[4], emo=[],
                notes="DECOY: the customer's cleaning worked at first, then the streaks came back -> "
                      "customer_did_it false (the outcome is a warranty replacement). Neutral tone ('Hm.', "
                      "'Fair enough.') -> not difficult. Closing thanks for running the tests (effort). 'It runs for about "
                      "two minutes' is the duration of a step, not an outlook on the resolution."),
)

# ---------------------------------------------------------------- b10-013
conv(
    id="b10-013", channel="email", lang="en", start="2026-01-20T09:14:00-05:00",
    people={"c": ("customer", "c-b10-013", "Diane Kowalczyk"),
            "a": ("agent", "agt-pwu", "Peter Wu")},
    msgs=[
        ("+0", "c", "Hello,\n\nI got a new phone and now I can't sign in to the member portal because the "
                    "verification code goes to the authenticator app on my old phone, which I already traded "
                    "in. How do I get back in?\n\nDiane Kowalczyk"),
        ("+6h", "a", "Hi Diane,\n\n"
                     "So the codes still go to the authenticator on the phone you traded in, and the new phone "
                     "isn't set up yet. When you first turned on two-step sign-in, the portal gave you ten "
                     "backup codes (often saved as a PDF or printed). If you can find them:\n"
                     "1. On the sign-in page, after your password, choose 'Use a backup code'.\n"
                     "2. Enter one of the codes.\n"
                     "3. Go to Profile > Security > Authenticator and scan the new QR code with the new phone.\n"
                     "If you can't find the codes, reply here and we'll verify your identity another way.\n\n"
                     "Regards,\nPeter Wu\nMember Services"),
        ("+3d", "c", "Hi Peter,\n\nJust a note to say the backup codes were in my desk drawer after all — one "
                     "of them worked, and I've set up the authenticator on the new phone. Signed in without "
                     "trouble this morning.\n\nThanks!\nDiane"),
        ("+18h", "a", "Hi Diane,\n\n"
                     "> one of them worked, and I've set up the authenticator on the new phone.\n\n"
                     "That's great to hear — and well done tracking those codes down! Each backup code works "
                     "only once, so cross off the one you used.\n\n"
                     "Thanks for following up, and for your patience with the extra steps.\n\nPeter"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=21600,
                primary="agt-pwu", difficult=False, turnaround=False, did=True,
                step=[2], vic=[], enc=[4], emo=[4],
                notes="Success reported by email three days later after following the numbered steps -> "
                      "customer_did_it. The quoted line in m04 is not backtracking. 'well done tracking those "
                      "codes down' -> encouragement; 'That's great to hear' shares the relief -> emotional care."),
)

# ---------------------------------------------------------------- b10-014
conv(
    id="b10-014", channel="chat", lang="en", start="2026-05-02T06:55:12+02:00",
    people={"c": ("customer", "c-b10-014", "Nadia Petrova"),
            "a": ("agent", "agt-jberg", "Jonas Berg")},
    msgs=[
        ("+0", "c", "I need help NOW. My flight to Lisbon leaves in 3 hours and online check-in says "
                    "'Ticket not valid for check-in'. Booking RX4T9K."),
        ("+40", "a", "Hi Nadia, I'm on it. So online check-in for your Lisbon flight on RX4T9K refuses you "
                     "with 'Ticket not valid for check-in'. Don't worry, you'll definitely make this flight — "
                     "checking the ticket now."),
        ("+2m10s", "a", "Found it: when your flight time changed last month, the ticket wasn't reissued to "
                        "match the new flight, so check-in rejects it. I've reissued it now (new ticket "
                        "176-2345678901) at no cost. Please try checking in again."),
        ("+1m30s", "c", "Checked in!! Boarding pass is in my wallet app."),
        ("+20", "c", "You're a lifesaver, thank you."),
        ("+20", "a", "So glad you're sorted — have a good flight to Lisbon, Nadia!"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=False, frs=40,
                primary="agt-jberg", difficult=True, turnaround=True, did=False,
                step=[3], vic=[], enc=[], emo=[2, 6],
                notes="Urgency ('NOW', flight in 3 hours) -> difficult; thanks at the end -> turnaround. "
                      "'you'll definitely make this flight' is a baseless unconditional guarantee -> "
                      "overpromise. DECOY for customer_did_it: the agent reissued the ticket (the real fix); "
                      "checking in is the customer's follow-up -> false. Two-minute lookup -> progress n/a. "
                      "The closing turn m06 has no thanks."),
)

# ---------------------------------------------------------------- b10-015
conv(
    id="b10-015", channel="chat", lang="en", start="2026-02-26T16:40:03-06:00",
    people={"c": ("customer", "c-b10-015", "Felix Grant"),
            "a": ("agent", "agt-abello", "Aisha Bello")},
    msgs=[
        ("+0", "c", "Trying to post tomorrow's homework in the Classroom app and it just spins, then says "
                    "'Something went wrong'."),
        ("+55", "a", "Hi Felix, Aisha here. So the homework post for tomorrow spins and then fails with "
                     "'Something went wrong' — does it have an attachment?"),
        ("+30", "c", "yes a 3 page pdf"),
        ("+25", "a", "Thanks. Let's clear the app's cache first: iPad Settings > Classroom > turn on 'Reset "
                     "cache on next launch', then reopen the app and try posting again."),
        ("+3m", "c", "did that, same spinning thing"),
        ("+30", "a", "OK. There's a known issue this week with PDF attachments in the iPad app, and our "
                     "engineers are on it. Meanwhile the web version works: open classroom.edu-app.example in "
                     "Safari, sign in, and post from there. Plenty of teachers have posted that way since "
                     "Monday without a hitch."),
        ("+4m", "c", "ok posted it from safari. shows up in the class stream and one kid already opened it 😂"),
        ("+20", "a", "Ha, keen student! Good job getting it posted."),
        ("+10", "a", "We'll put a notice in the app once the iPad fix is out. Thanks for your patience with "
                     "the workaround, Felix."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=55,
                primary="agt-abello", difficult=False, turnaround=False, did=True,
                step=[4, 6], vic=[6], enc=[8], emo=[],
                notes="Cache reset failed; the web workaround the agent suggested let the teacher complete "
                      "the task himself ('posted it from safari. shows up in the class stream') -> "
                      "customer_did_it (task completed following guidance). 'Plenty of teachers have posted "
                      "that way' -> vicarious. 'We'll put a notice' is only about the next contact, not an "
                      "outlook -> no expectation_set."),
)

# ---------------------------------------------------------------- b10-016
conv(
    id="b10-016", channel="chat", lang="en", start="2026-01-31T20:11:44+08:00",
    people={"c": ("customer", "c-b10-016", "Wei Chen"),
            "a": ("agent", "agt-lferreira", "Lucas Ferreira")},
    msgs=[
        ("+0", "c", "hello. my son cannot buy the coins with the card, it say 'Ask a parent' but I am the "
                    "parent. how to fix"),
        ("+1m10s", "a", "Hi Wei! So when your son tries to buy coins he sees 'Ask a parent', even though "
                        "you're the parent on the family account — is that right?"),
        ("+40", "c", "yes correct"),
        ("+30", "a", "That message means his account has a spending limit of $0 in Family Settings. You can "
                     "change it from your own account:\n"
                     "1. Sign in at family.playverse.example with your parent account\n"
                     "2. Click his name, then 'Spending'\n"
                     "3. Set a monthly limit, for example $20, and Save"),
        ("+2m", "c", "ok I am sign in"),
        ("+1m30s", "c", "I find his name.. spending is 0 yes"),
        ("+50", "c", "I change to 20 dollar and save"),
        ("+2m", "c", "he try again and it work now, he have coins. thank you very much"),
        ("+20", "a", "You did it perfectly — he's all set! The limit resets every month, and you can change "
                     "it any time from the same page."),
        ("+10", "a", "Thanks for your time today, Wei, and have a lovely evening."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=70,
                primary="agt-lferreira", difficult=False, turnaround=False, did=True,
                step=[4], vic=[], enc=[9], emo=[],
                notes="Non-native English; four customer messages in a row narrate the steps and end with "
                      "'it work now, he have coins' -> customer_did_it. m09 'You did it perfectly' -> "
                      "encouragement."),
)

# ---------------------------------------------------------------- b10-017
conv(
    id="b10-017", channel="email", lang="en", start="2026-03-27T11:30:00-05:00",
    people={"c": ("customer", "c-b10-017", "Owen Paterson"),
            "a": ("agent", "agt-mkane", "Meredith Kane")},
    msgs=[
        ("+0", "c", "Quick question before I file: I work from home two days a week for my employer (W-2). "
                    "Can I deduct part of my rent as a home office in your software?\n\nOwen"),
        ("+3h", "a", "Hi Owen,\n\nThanks for the question. As I understand it, you're a W-2 employee working "
                     "from home two days a week and wondering whether part of your rent can go in as a home "
                     "office deduction. On the federal return, employees currently can't deduct home office "
                     "costs — that deduction is limited to self-employed people — so the software won't offer "
                     "it for W-2 income. A few states allow something similar on the state return, and the "
                     "state interview will ask you about it if yours does.\n\nBest regards,\nMeredith Kane"),
        ("+2h", "c", "Ah, that's a shame, but good to know. Thanks."),
        ("+1h", "a", "You're welcome, Owen. Thank you for contacting TaxPath, and good luck with your filing!"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=False, frs=10800,
                primary="agt-mkane", difficult=False, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[],
                notes="Information question; no fix needed -> customer_did_it false. 'that's a shame' is mild "
                      "disappointment -> not difficult. The closing thanks only for contacting -> "
                      "closing_gratitude false."),
)

# ---------------------------------------------------------------- b10-018
conv(
    id="b10-018", channel="email", lang="en", start="2026-02-04T07:55:00-05:00",
    people={"c": ("customer", "c-b10-018", "Harold Jennings"),
            "a": ("agent", "agt-lfischer", "Lena Fischer")},
    msgs=[
        ("+0", "c", "To whom it may concern,\n\nMy January bill is $271. It is normally around $90. I am "
                    "retired and on a fixed income and I am really worried I won't be able to pay this. "
                    "Nothing has changed in my house. Please help.\n\nAccount 5520-771\nHarold Jennings"),
        ("+5h", "a", "Dear Mr. Jennings,\n\n"
                     "I'm sorry for the worry this bill has caused — a sudden jump like that on a fixed income "
                     "is genuinely stressful. You've told me January came to $271 against a usual $90 or so, "
                     "with nothing changed at home. Looking at your account, January's bill was based on an "
                     "estimated reading because our reader couldn't get to the meter.\n\n"
                     "Could you take a photo of the numbers on your meter and reply with it? With an actual "
                     "reading I can recalculate the bill. Please don't pay the $271 in the meantime; I've put "
                     "a hold on the due date so no late fee will be added.\n\nKind regards,\nLena Fischer"),
        ("+1d", "c", "Dear Ms Fischer,\n\nHere is the photo. The reading is 48213. Thank you for putting the "
                     "hold on.\n\nHarold Jennings"),
        ("+4h", "a", "Dear Mr. Jennings,\n\n"
                     "Thank you for the photo. Using the actual reading of 48213 I've recalculated January: "
                     "the corrected bill is $84.17. The new statement should be in your online account within "
                     "a day and in the post a few days after that. The estimate had simply overshot — nothing "
                     "was wrong with your usage.\n\n"
                     "Thank you for your patience while we sorted this out.\n\nKind regards,\nLena Fischer"),
        ("+1d2h", "c", "Dear Ms Fischer,\n\nThe new statement arrived and it says $84.17. What a relief. Thank "
                       "you for your kindness.\n\nHarold Jennings"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=True, frs=18000,
                primary="agt-lfischer", difficult=True, turnaround=True, did=False,
                step=[], vic=[], enc=[], emo=[2],
                notes="Anxiety ('really worried', fixed income) -> difficult; relief and thanks at the end -> "
                      "turnaround. DECOY: the customer only supplied a meter photo (information); the agent "
                      "recalculated the bill -> customer_did_it false, and the photo request is an information "
                      "request, not step guidance. m04 outlook 'should be ... within a day ... a few days' -> "
                      "expectation_set."),
)

# ---------------------------------------------------------------- b10-019
conv(
    id="b10-019", channel="chat", lang="en", start="2026-04-09T08:02:51+01:00",
    people={"c": ("customer", "c-b10-019", "Marta Nowak"),
            "a": ("agent", "agt-edemir", "Elif Demir")},
    msgs=[
        ("+0", "c", "car wont unlock. app says 'unlocking...' forever. im standing next to it"),
        ("+30", "a", "Hi Marta! Elif here. Is Bluetooth switched on on your phone? The app unlocks over Bluetooth when you're close."),
        ("+20", "c", "oh. it was off lol"),
        ("+15", "a", "No worries, happens to everyone! Switch it on, stay by the driver's door and tap Unlock "
                     "once more."),
        ("+25", "c", "it clicked, im in"),
        ("+5", "c", "ty!!"),
        ("+15", "a", "Enjoy the drive! 🚗"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=False, frs=30,
                primary="agt-edemir", difficult=False, turnaround=False, did=True,
                step=[4], vic=[], enc=[], emo=[4],
                notes="Casual success report 'it clicked, im in' after turning Bluetooth on as told -> "
                      "customer_did_it. 'No worries, happens to everyone!' is reassurance, not a report that "
                      "others succeeded -> emotional care, not vicarious. m02's Bluetooth question asks for "
                      "information only."),
)

# ---------------------------------------------------------------- b10-020
conv(
    id="b10-020", channel="chat", lang="en", start="2026-03-08T18:20:30-05:00",
    people={"c": ("customer", "c-b10-020", "Andre Laurent"),
            "a": ("agent", "agt-tgreene", "Tasha Greene")},
    msgs=[
        ("+0", "c", "Since the update last week Alexa says 'BrightHome is not responding' whenever I ask it to "
                    "turn on the lights. The BrightHome app itself works fine."),
        ("+1m15s", "a", "Hi Andre, thanks for the clear description. So the lights work from the BrightHome "
                        "app, but voice commands through Alexa fail with 'BrightHome is not responding' since "
                        "last week's update."),
        ("+20", "a", "The update changed how the two accounts connect, so the link between Alexa and "
                     "BrightHome needs renewing. Lots of customers were in the same spot this week and "
                     "relinking sorted it out for them. This will definitely fix it for you too."),
        ("+15", "a", "Here's how:\n"
                     "1. In the Alexa app, go to More > Skills & Games > Your Skills > BrightHome\n"
                     "2. Tap Disable Skill\n"
                     "3. Tap Enable to Use and sign in with your BrightHome account\n"
                     "Tell me when you see the 'successfully linked' screen."),
        ("+3m40s", "c", "ok did it. it said 'BrightHome has been successfully linked'"),
        ("+15", "a", "Perfect, you got through that quickly. Now say 'Alexa, discover devices' and give it "
                     "about 45 seconds."),
        ("+1m30s", "c", "found 6 devices"),
        ("+30", "c", "asked it to turn off the kitchen light and it actually did. finally"),
        ("+20", "a", "Excellent — glad the lights are listening again!"),
        ("+12", "a", "Thanks for taking the time to go through the steps with me, Andre."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True, frs=75,
                primary="agt-tgreene", difficult=False, turnaround=False, did=True,
                step=[4, 6], vic=[3], enc=[6], emo=[9],
                notes="'This will definitely fix it for you too' -> overpromise. 'Lots of customers ... "
                      "relinking sorted it out for them' -> vicarious. Success shown by what the device now "
                      "does ('it actually did') -> customer_did_it. 'finally' after success and a neutral "
                      "description are not difficulty signals."),
)

# ---------------------------------------------------------------- b10-021
conv(
    id="b10-021", channel="chat", lang="en", start="2026-01-14T12:10:05-06:00",
    people={"c": ("customer", "c-b10-021", "Kevin O'Brien"),
            "a": ("agent", "agt-rdelgado", "Rosa Delgado")},
    msgs=[
        ("+0", "c", "How do I add my new insurance card in the app? Switched jobs."),
        ("+50", "a", "Hi Kevin, and congrats on the new job! So you've got new insurance through the new "
                     "employer and need the card on file in the app. Here's how:\n"
                     "1. Tap Profile > Insurance\n"
                     "2. Tap 'Add new plan' and photograph the front and back of the card\n"
                     "3. Set it as Primary and remove the old plan"),
        ("+1m", "c", "ok doing it now"),
        ("+5m", "a", "Hi Kevin, just checking in — how did it go?"),
        ("+5m", "a", "It looks like we may have been disconnected. If you need anything else with your "
                     "insurance details, just start a new chat. Thanks for your time today!"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=50,
                primary="agt-rdelgado", difficult=False, turnaround=False, did=False,
                step=[2], vic=[], enc=[], emo=[],
                notes="DECOY: 'ok doing it now' and then silence; success never shown -> customer_did_it "
                      "false. Closing turn = m04+m05 (5 minutes apart, no customer message between) and "
                      "contains 'Thanks for your time today' -> closing_gratitude."),
)

# ---------------------------------------------------------------- b10-022
conv(
    id="b10-022", channel="email", lang="en", start="2026-03-30T20:45:00+02:00",
    people={"c": ("customer", "c-b10-022", "Sophie Marchetti"),
            "a": ("agent", "agt-dosei", "Daniel Osei")},
    msgs=[
        ("+0", "c", "Hello,\n\nWe're flying Rome–London on 12 May (booking LM8QWE) and our daughter will be "
                    "8 months old by then. How do we add her as a lap infant?\n\nSophie Marchetti"),
        ("+13h@+01:00", "a", "Dear Ms Marchetti,\n\nCongratulations on your daughter! You can add a lap infant "
                            "yourself:\n"
                            "1. Go to Manage Booking and enter LM8QWE with your surname.\n"
                            "2. Choose 'Add infant' and enter her name and date of birth as on her passport.\n"
                            "3. Pay the infant fee (€25 per flight).\n\nKind regards,\nDaniel Osei"),
        ("+5h", "c", "Hi Daniel,\n\nI tried, but at the payment step it says 'Unable to process this request, "
                     "please contact us'. Tried two different cards.\n\nSophie"),
        ("+20h@+01:00", "a", "Dear Ms Marchetti,\n\nThanks for trying — that error appears when a booking was "
                             "made on a travel agent's fare, which the website can't change. I've added your "
                             "daughter to LM8QWE from our side and charged the €50 (€25 per flight) to the card "
                             "used for the booking. Your updated itinerary is attached.\n\nKind regards,\nDaniel"),
        ("+3h", "c", "Got the updated itinerary, all looks right. Thank you!"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=True, frs=46800,
                primary="agt-dosei", difficult=False, turnaround=False, did=False,
                step=[2], vic=[], enc=[], emo=[],
                notes="DECOY: the customer followed the steps but they failed; the agent added the infant -> "
                      "customer_did_it false. 'Tried two different cards' is factual, not frustration. The last "
                      "agent message m04 is the closing turn and opens with 'Thanks for trying' (thanks for "
                      "effort) -> closing_gratitude. Agent mails stamped +01:00 (London, summer time), customer +02:00 (Rome); first response 13 h = 46800 s."),
)

# ---------------------------------------------------------------- b10-023
conv(
    id="b10-023", channel="chat", lang="en", start="2026-02-13T17:26:38-05:00",
    people={"c": ("customer", "c-b10-023", "Denise Walker"),
            "a": ("agent", "agt-jhughes", "Jamal Hughes")},
    msgs=[
        ("+0", "c", "I have been on hold twice today and your chatbot just keeps sending me the same article. "
                    "My printer says PAPER JAM but there is NO paper in it. I need to print 200 programs for "
                    "my father's funeral tomorrow morning."),
        ("+1m", "a", "Denise, I'm so sorry about your father, and I'm sorry you've been bounced around today — "
                     "that's the last thing you need right now. Let's get this printer working. It's showing a "
                     "paper jam with no paper visibly stuck — which model is it?"),
        ("+30", "c", "OfficeJet 8020"),
        ("+25", "a", "Thank you. On that model a tiny scrap often hides behind the rear panel where you can't "
                     "see it from the front. Could you turn the printer off, then at the back press the two "
                     "tabs on the grey panel and pull it straight out? Tell me when it's off."),
        ("+2m", "c", "ok panel is off"),
        ("+15", "a", "Great, you've done the hard part. Shine your phone's torch at the rollers inside — do "
                     "you see anything white?"),
        ("+1m10s", "c", "there's a tiny torn corner of paper stuck on the roller"),
        ("+40", "c", "got it out with tweezers"),
        ("+15", "a", "That's the culprit — well spotted! Slide the panel back in until it clicks, turn the "
                     "printer on, and print one test page."),
        ("+2m", "c", "it's printing. no error."),
        ("+20", "c", "Thank you. Sorry I was so short at the start, it's been a long week."),
        ("+20", "a", "Please don't apologise at all — I'm really glad it's printing. I hope tomorrow goes as "
                     "gently as it can."),
        ("+15", "a", "Thank you for bearing with me through all those steps, Denise."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True, frs=60,
                primary="agt-jhughes", difficult=True, turnaround=True, did=True,
                step=[4, 6, 9], vic=[], enc=[6, 9], emo=[2, 12],
                notes="Complaint about earlier handling plus deadline (funeral tomorrow) -> difficult; thanks "
                      "at the end -> turnaround. The customer found and removed the scrap step by step -> "
                      "customer_did_it. m06 'you've done the hard part' and m09 'well spotted' -> encouragement."),
)

# ---------------------------------------------------------------- b10-024
conv(
    id="b10-024", channel="chat", lang="en", start="2026-01-03T22:14:09-08:00",
    people={"c": ("customer", "c-b10-024", "Tyler Nguyen"),
            "a": ("agent", "agt-bsantos", "Bea Santos")},
    msgs=[
        ("+0", "c", "yo I finished the winter event questline yesterday but never got the snowfox mount. "
                    "kinda bummed, oh well. can u check?"),
        ("+1m40s", "a", "Hey Tyler! Let me check your quest log."),
        ("+1m30s", "a", "Yep, all 12 quests are completed, but the reward failed to send because the event "
                        "closed at midnight while it was being delivered. I've added the Snowfox mount to your "
                        "account by hand, and it should be in your Collections now."),
        ("+1m", "c", "oh sick it's there. cool ty"),
        ("+15", "a", "Enjoy riding it around! 🦊"),
    ],
    labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=False, frs=100,
                primary="agt-bsantos", difficult=False, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[],
                notes="'kinda bummed, oh well' is mild disappointment -> not difficult. The agent granted the "
                      "mount -> customer_did_it false. Short look-up -> progress n/a."),
)

# ---------------------------------------------------------------- b10-025
conv(
    id="b10-025", channel="email", lang="en", start="2026-01-27T13:05:00-06:00",
    people={"c": ("customer", "c-b10-025a", "Ryan Mitchell"),
            "h": ("customer", "c-b10-025b", "Carla Jimenez"),
            "a": ("agent", "agt-ykaya", "Yusuf Kaya")},
    msgs=[
        ("+0", "c", "Hi,\n\nI enrolled my wife and son in dental coverage during open enrollment, but the member "
                    "portal only shows me. Our employer is Greyline Logistics. Can you fix this?\n\nRyan Mitchell"),
        ("+5h", "a", "Hi Ryan,\n\n"
                     "Thanks for writing. You enrolled your wife and son in dental during open enrollment, but "
                     "the portal lists only you. I checked, and their records never arrived in Greyline "
                     "Logistics' enrollment file, so the fix has to come from your employer's side. If your HR "
                     "administrator does the following, they should appear:\n"
                     "1. In the Employer Portal, open Enrollment > Pending changes.\n"
                     "2. Find your record, confirm both dependents are listed, and click 'Resend to carrier'.\n"
                     "Dependents usually show up within 2 business days after a resend, though it can take a "
                     "little longer around open enrollment. Feel free to forward this email to them.\n\n"
                     "Best,\nYusuf Kaya"),
        ("+1d", "c", "Thanks Yusuf, I forwarded it to Carla in HR and copied her here."),
        ("+2h", "h", "Hello, this is Carla Jimenez, HR at Greyline. I followed the steps and clicked 'Resend "
                     "to carrier' for Ryan's record this morning."),
        ("+2d", "c", "Update: my wife and son both show up under Dental in the portal now. Thank you both!"),
        ("+3h", "a", "Hi Ryan and Carla,\n\nWonderful — thanks for confirming, and thank you, Carla, for taking "
                     "care of the resend. Everything looks right on our side too.\n\nBest,\nYusuf"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=True, frs=18000,
                primary="agt-ykaya", difficult=False, turnaround=False, did=True,
                step=[2], vic=[], enc=[], emo=[],
                notes="The customer's own HR administrator performed the agent's steps and the customer "
                      "reports the dependents now show -> customer_did_it (someone on their side). 'usually "
                      "... can take a little longer' -> expectation_set. Closing thanks Carla for taking care of "
                      "the resend (effort/cooperation) -> closing_gratitude; it is thanks, not praise, so no "
                      "encouragement."),
)

# ---------------------------------------------------------------- b10-026
conv(
    id="b10-026", channel="chat", lang="en", start="2026-03-16T07:58:14-05:00",
    people={"c": ("customer", "c-b10-026", "Latoya Simmons"),
            "a": ("agent", "agt-bkoh", "Brian Koh")},
    msgs=[
        ("+0", "c", "I need to submit an absence note for my daughter before 9am or it gets marked unexcused, "
                    "and the form won't let me pick yesterday's date. I'm really worried about this, she "
                    "already has an attendance warning."),
        ("+45", "a", "Hi Latoya, I understand how worrying that is with a warning already in place — let's get "
                     "the note in well before 9. So the absence form won't let you choose yesterday's date?"),
        ("+20", "c", "yes its greyed out"),
        ("+30", "a", "Past dates are greyed out on the Quick Absence form, which only covers today and future "
                     "days. For yesterday you'll use a different screen:\n"
                     "1. Tap Attendance > History\n"
                     "2. Tap yesterday's date (it will say 'Absent – unverified')\n"
                     "3. Tap 'Add excuse', pick the reason, attach the note, then Submit"),
        ("+3m", "c", "Submitted. It now says 'Excused – pending review'."),
        ("+20", "a", "That's exactly what it should say — nicely done. The school usually reviews these within "
                     "a school day."),
        ("+30", "c", "ok"),
        ("+15", "a", "Thanks for your patience this morning, Latoya. Take care."),
    ],
    labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=True, frs=45,
                primary="agt-bkoh", difficult=True, turnaround=False, did=True,
                step=[4], vic=[], enc=[6], emo=[2],
                notes="Anxiety and deadline ('really worried', before 9am) -> difficult. The customer submitted "
                      "the excuse herself and reports the new status -> customer_did_it. She ends with a bare "
                      "'ok' -> turnaround false. 'usually ... within a school day' -> expectation_set."),
)

# ---------------------------------------------------------------- b10-027
conv(
    id="b10-027", channel="chat", lang="en", start="2026-03-04T11:20:00-04:00",
    people={"c": ("customer", "c-b10-027", "Greg Fontaine"),
            "a": ("agent", "agt-mreyes", "Monica Reyes")},
    msgs=[
        ("+0", "c", "Why was I billed twice for February? Two bills, $112 and $108, both for Feb."),
        ("+2m30s", "a", "Hi Greg, I'm Monica. Let me look into that for you."),
        ("+8m", "c", "hello??"),
        ("+1m", "a", "Still looking into it, thanks for waiting."),
        ("+9m", "c", "This is taking forever. I have a meeting in 15 min."),
        ("+2m", "a", "Sorry for the wait. I found it: your meter was exchanged on Feb 17, and the old meter's "
                     "final read generated a second February bill that overlaps the first. I've asked billing to "
                     "cancel the $108 bill; that normally takes them about 10 minutes, and I'll confirm here."),
        ("+9m", "a", "Billing has cancelled the $108 bill. Your February balance is just the $112 bill now, and "
                     "an updated statement will follow by email."),
        ("+1m", "c", "Took 25 minutes for a billing error that was your fault. Not impressed."),
        ("+30", "a", "I understand, and I'm sorry it took so long."),
    ],
    labels=dict(bt=[], progress="mixed", exp=True, over=False, closing=False, frs=150,
                primary="agt-mreyes", difficult=True, turnaround=False, did=False,
                step=[], vic=[], enc=[], emo=[6, 9],
                notes="Chasing ('hello??') and frustration -> difficult; still unhappy at the end -> no "
                      "turnaround. m04 is vague ('Still looking into it'), m06 concrete (what was found, what "
                      "was done, timing) -> mixed. 'normally ... about 10 minutes' -> expectation_set. m02 is a "
                      "start-of-work notice. 'Thanks for waiting' is mid-conversation only; the closing m09 is "
                      "an apology -> closing_gratitude false."),
)

# ---------------------------------------------------------------- b10-055
conv(
    id="b10-055", channel="email", lang="en", start="2026-02-10T09:30:00-05:00",
    people={"c": ("customer", "c-b10-055", "Howard Lee"),
            "a": ("agent", "agt-cbennett", "Chloe Bennett")},
    msgs=[
        ("+0", "c", "Hello,\n\nMy LaserMax 300 (serial LM3-448812) stopped feeding paper, and your phone team "
                    "approved a warranty replacement last Tuesday, case 77120. I haven't received a shipping "
                    "notice yet. Could you let me know when it will ship?\n\nHoward Lee"),
        ("+5h@-06:00", "a", "Hi Howard,\n\nSo the replacement for your LaserMax 300 was approved under case "
                            "77120 last Tuesday, and no shipping notice has reached you yet. I'm checking with "
                            "our fulfillment team and will get back to you.\n\nChloe Bennett"),
        ("+2d", "c", "Hi Chloe, any news on this?\n\nHoward"),
        ("+2h@-06:00", "a", "Hi Howard,\n\n> any news on this?\n\nSorry for keeping you waiting. Fulfillment "
                            "tells me the replacement model was on backorder; the warehouse received new stock "
                            "yesterday and your unit is scheduled to ship on Saturday. Delivery normally takes "
                            "3–5 business days after that, though I can't promise an exact date.\n\nChloe"),
        ("+2d@-06:00", "a", "Hi Howard,\n\nYour replacement shipped today — tracking 1Z 884 20X 03 5512 9981. "
                            "Please send the old unit back in the same box with the prepaid label inside within "
                            "30 days.\n\nThanks for your patience while we waited on stock.\n\nChloe"),
        ("+3d", "c", "Arrived this afternoon and it's printing fine. Thanks, Chloe!"),
    ],
    labels=dict(bt=[2], progress="concrete", exp=True, over=False, closing=True, frs=18000,
                primary="agt-cbennett", difficult=True, turnaround=True, did=False,
                step=[], vic=[], enc=[], emo=[4],
                notes="Only difficulty signal is the polite chase 'any news on this?' -> difficult; thanks at "
                      "the end -> turnaround. m04 gives the finding and the ship date -> concrete; 'normally ... "
                      "can't promise' -> expectation_set. Replacement shipped by the company; setting up the "
                      "new printer is not the fix -> customer_did_it false; the return instruction is not a "
                      "solution step. Agent mails stamped -06:00, customer -05:00."),
)

# ---------------------------------------------------------------- b10-056
conv(
    id="b10-056", channel="chat", lang="en", start="2026-02-27T19:44:31+09:00",
    people={"c": ("customer", "c-b10-056", "Ahmed Karimi"),
            "a": ("agent", "agt-ytanaka", "Yuki Tanaka")},
    msgs=[
        ("+0", "c", "Hello. When I submit the gas meter reading in the app it make error 'Invalid value'. This "
                    "is causing some inconvenience."),
        ("+1m", "a", "Hello Ahmed, thank you for contacting us. I'm Yuki. So the app shows 'Invalid value' when "
                     "you send your gas meter reading — could you tell me the number you typed?"),
        ("+50", "c", "I typed 01523.47"),
        ("+30", "a", "Thank you, that helps. The app only accepts the black digits before the decimal point. "
                     "Please delete the '.47' at the end, enter 1523, and tap Submit again."),
        ("+1m40s", "c", "According your explanation I input 1523 without the decimal, and the sending is "
                        "complete. It show 'Reading received, thank you'. Problem is solve."),
        ("+20", "a", "Well done — that's exactly right. You can leave out the red digits after the point next "
                     "month too."),
        ("+15", "c", "OK thank you"),
        ("+10", "a", "Thank you for contacting us. Have a nice day!"),
    ],
    labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=False, frs=60,
                primary="agt-ytanaka", difficult=False, turnaround=False, did=True,
                step=[4], vic=[], enc=[6], emo=[],
                notes="Machine-translated English success report ('According your explanation ... Problem is "
                      "solve') -> customer_did_it. 'causing some inconvenience' is a mild factual impact -> not "
                      "difficult. The closing thanks only for contacting -> closing_gratitude false."),
)
