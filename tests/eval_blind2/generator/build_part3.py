# -*- coding: utf-8 -*-
from common import conv, E

# ---------------------------------------------------------------- b2-031
S31 = "Subject: RE: Deposit deduction – Flat 302, 14 Calder Street"
conv("b2-031", lang="en", channel="email", industry="apartment rental (deposit)", register="English formal",
     date="2026-11-02", tz="+00:00",
     authors={"c": ("cus-b2031", "Olivia Grant"), "a": ("agt-brooks", "Henry Brooks")},
     msgs=[
    ("2026-11-02 10:00:00", "c", E("""
        Subject: Deposit deduction – Flat 302, 14 Calder Street

        Hello,

        I moved out of Flat 302 on 24 October. You've deducted £450 from my deposit for repainting the living room wall, but those marks were already there when I moved in — they're listed on page 2 of my check-in inventory, which I've attached. Please review this and return the £450.

        Olivia Grant""")),
    ("2026-11-09 09:15:00", "c", E(f"""
        {S31}

        Hello, I haven't had any reply to my email below. Could someone please confirm you've received it?

        Olivia

        > I moved out of Flat 302 on 24 October. You've deducted £450 from my deposit for repainting the living room wall, but those marks were already there when I moved in.""")),
    ("2026-11-14 17:30:00", "c", E(f"""
        {S31}

        This is the third time I'm writing. Nobody has answered, and the deadline for raising a dispute with the deposit scheme is at the end of the month. This is really not good enough.

        Olivia""")),
    ("2026-11-16 11:00:00", "a", E(f"""
        {S31}

        Dear Ms Grant,

        I apologise for the delayed response. If I've understood correctly, you're disputing the £450 deducted for repainting the living room wall, because the marks were already recorded on page 2 of your check-in inventory.

        I've now compared the check-in and check-out photos. The marks listed on page 2 match, so we will return £300 of the deduction. The remaining £150 is for a new scuff and a screw hole next to the light switch, which aren't on the inventory and appear in the check-out photos (attached).

        The £300 is released through the deposit scheme, which usually takes 5–10 working days to reach your account, depending on your bank.

        Kind regards,
        Henry Brooks
        Northgate Lettings""")),
    ("2026-11-16 13:40:00", "c", E(f"""
        {S31}

        £150 for a scuff I've never seen? After ignoring me for two weeks? I'll be raising this with the deposit scheme.

        Olivia""")),
],
     labels=dict(bt=[4], progress="none", exp=True, over=False, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="The customer chased twice over two weeks ('third time I'm writing') and received no interim update before m04, which delivers the review result -> progress none; first_response_s spans the whole wait (14 days + 1 h). m04 restates the dispute ('If I've understood correctly…') and gives a hedged payout timing ('usually 5–10 working days, depending on your bank') -> expectation_set. Customer still unhappy -> no turnaround. Closing has an apology, no thanks."))

# ---------------------------------------------------------------- b2-032
conv("b2-032", lang="en", channel="chat", industry="car dealer (service booking)", register="English casual",
     date="2026-12-08", tz="-06:00",
     authors={"c": ("cus-b2032", "Greg Thompson"), "a": ("agt-martinez", "Luis Martinez")},
     msgs=[
    ("09:05:00", "c", "Hi, I'd like to book my car in for an oil change. Also there's a rattling noise from the rear passenger door when I go over bumps."),
    ("09:05:40", "a", "Morning Greg! Luis from Riverside Mazda service. Sure thing — what day works for you? And for the rattle, if you can show the tech which road sets it off, that really helps."),
    ("09:06:30", "c", "Thursday would be best, I can drop it off at 8. It's a 2019 CX-5."),
    ("09:07:10", "a", "Thursday 8am is open. Drop it off and it'll definitely be ready by 5pm, rattle fixed and all."),
    ("09:07:40", "c", "Perfect."),
    ("09:08:00", "a", "You're booked in. Thanks for your time, see you Thursday!"),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=True, closing=True,
                 difficult=False, turnaround=False, did=False,
                 notes="m04 'it'll definitely be ready by 5pm, rattle fixed and all' guarantees an outcome nobody has diagnosed -> overpromise (and, being unconditional, not an expectation_set). 'for the rattle, if you can show the tech…' reuses the customer's word inside the agent's own suggestion -> not backtracking. Closing m06 thanks for time."))

# ---------------------------------------------------------------- b2-033
conv("b2-033", lang="en", channel="email", industry="clinic/hospital (medical records)", register="English formal",
     date="2026-11-18", tz="-05:00",
     authors={"c": ("cus-b2033", "Helen Carter"), "a": ("agt-nguyen", "Mai Nguyen")},
     msgs=[
    ("2026-11-18 16:20:00", "c", E("""
        Subject: Request for copy of my medical records

        Dear Records Office,

        I'm moving to another state and my new doctor has asked for my records from the last five years, including imaging reports. How do I request them, and how long does it take?

        Sincerely,
        Helen Carter""")),
    ("2026-11-19 10:05:00", "a", E("""
        Subject: RE: Request for copy of my medical records

        Dear Ms. Carter,

        Thank you for contacting the Lakeside Medical Center Records Office.

        You can request your records by completing the Authorization for Release form (attached) and returning it by email or mail with a copy of photo ID. To have the records sent directly to your new doctor, fill in their details in Section 3.

        Requests are usually processed within 10 business days. Imaging reports come from a separate department and sometimes take longer, so I can't promise they will arrive together with the rest. There is no fee for records sent directly to another provider.

        Sincerely,
        Mai Nguyen
        Health Information Services""")),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Single reply. Hedged timing and scope ('usually within 10 business days… can't promise they will arrive together') -> expectation_set; 'can't promise' is a negation, not an overpromise. 'Imaging reports' is reused inside the agent's own answer, not a restatement. The only thanks is the opening 'Thank you for contacting…' -> closing_gratitude false."))

# ---------------------------------------------------------------- b2-034
conv("b2-034", lang="ja", channel="chat", industry="parcel delivery (bot only)", register="ordinary です/ます",
     date="2026-12-03", tz="+09:00",
     authors={"c": ("cus-b2034", "青山 大地"), "b": ("bot-yamaneko", "ヤマネコ便 自動応答")},
     msgs=[
    ("08:30:00", "c", "再配達をお願いしたいです"),
    ("08:30:02", "b", "再配達のご依頼ですね。不在票に記載の伝票番号を入力してください。"),
    ("08:30:40", "c", "4411-2290-5583"),
    ("08:30:42", "b", "ご希望の日時をお選びください。①本日 14-16時 ②本日 19-21時 ③明日 午前中"),
    ("08:31:00", "c", "②"),
    ("08:31:02", "b", "本日12月3日の19時〜21時に再配達をご希望ですね。ご依頼を承りました。ご利用ありがとうございました。"),
    ("08:31:20", "c", "ありがとう"),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Bot-only conversation resolved by the bot (like dev-017): progress n/a, no agent -> first_response_s and primary_agent_id null. The bot's restatements and its closing thanks never count."))

# ---------------------------------------------------------------- b2-035
conv("b2-035", lang="ja", channel="chat", industry="accommodation booking (cancellation)", register="very formal keigo",
     date="2026-12-09", tz="+09:00",
     authors={"c": ("cus-b2035", "川口 恵美"), "a": ("agt-yamamoto", "山本 千尋")},
     msgs=[
    ("11:00:20", "c", "明後日、箱根の旅館を予約しているのですが、母が入院することになり、行けなくなりました。キャンセル料が宿泊料金の50%と書いてあるのですが、どうにかならないでしょうか。できるだけ早く知りたいです。"),
    ("11:01:10", "a", "お問い合わせありがとうございます。山本でございます。ご予約番号をお教えいただけますでしょうか。"),
    ("11:01:50", "c", "HK-20931です。"),
    ("11:02:40", "a", "ありがとうございます。キャンセル料の扱いは旅館様の規定によりますので、免除になるかどうかは旅館様のご判断次第となり、お約束はいたしかねます。免除とならない場合は、規定のキャンセル料(22,000円)がかかります。"),
    ("11:03:10", "a", "これから旅館様にお電話で事情をお伝えし、ご相談いたします。少々お時間をくださいませ。"),
    ("11:15:30", "a", "まだ旅館様に確認中でございます。もう少々お待ちくださいませ。"),
    ("11:24:50", "a", "大変お待たせいたしました。旅館様より、今回はキャンセル料をいただかないとのご回答をいただきました。ご予約はこちらで取り消しいたしました。"),
    ("11:25:40", "c", "本当ですか、よかったです…。安心しました。ありがとうございました。"),
    ("11:26:10", "a", "お母様のご回復を心よりお祈り申し上げます。"),
],
     labels=dict(bt=[], progress="vague", exp=True, over=False, closing=False,
                 difficult=True, turnaround=True, did=False,
                 notes="m04 sets expectations on what the outcome may or may not cover, with uncertainty marked (判断次第／お約束はいたしかねます; otherwise the 22,000円 fee applies) -> expectation_set; the negated promise is not an overpromise. m05 is a start-of-work notice; m06 「まだ旅館様に確認中」 names only who is checking -> vague. 「できるだけ早く知りたい」 -> difficult; relief + thanks -> turnaround. No restatement of the customer's content by the agent. Closing m09 has no thanks."))

# ---------------------------------------------------------------- b2-036
S36 = "Subject: RE: Certificate not issued – Intro to UX Design"
conv("b2-036", lang="en", channel="email", industry="online education (certificates)", register="English formal-friendly",
     date="2026-11-26", tz="+00:00",
     authors={"c": ("cus-b2036", "Emily Watson"), "a": ("agt-ytanaka", "Yui Tanaka")},
     msgs=[
    ("2026-11-26T23:40:00+00:00", "c", E("""
        Subject: Certificate not issued – Intro to UX Design

        Hi,

        I finished all 12 modules of "Intro to UX Design" on Tuesday, but my certificate page still says "in progress". Could you check?

        Thanks,
        Emily Watson""")),
    ("2026-11-27T10:15:00+09:00", "a", E(f"""
        {S36}

        Dear Emily,

        If I've understood correctly, you completed all 12 modules of Intro to UX Design on Tuesday, but the certificate page still shows "in progress". Could you tell me the email address on your account so I can look it up?

        Best regards,
        Yui Tanaka
        Learner Support""")),
    ("2026-11-27T08:05:00+00:00", "c", E(f"""
        {S36}

        It's emily.watson.ux@example.com. Thanks!

        > If I've understood correctly, you completed all 12 modules of Intro to UX Design on Tuesday, but the certificate page still shows "in progress".""")),
    ("2026-11-27T17:30:00+09:00", "a", E(f"""
        {S36}

        Dear Emily,

        Found it: the final quiz in module 12 was recorded, but the completion flag didn't update. I've corrected it and regenerated your certificate — it's now available on your dashboard under "Achievements".

        Thank you for your patience while we sorted this out.

        Best regards,
        Yui Tanaka""")),
    ("2026-11-27T09:10:00+00:00", "c", E(f"""
        {S36}

        Got it, downloaded. Cheers!

        Emily""")),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True,
                 difficult=False, turnaround=False, did=False,
                 notes="Mixed-offset thread: customer in +00:00, agent in +09:00. first_response_s = 2026-11-27T01:15Z - 2026-11-26T23:40Z = 5700 s. Messages are ordered by absolute instant. m02 restates the problem. The company fixed the completion flag; the customer only downloaded -> customer_did_it false. Not difficult, so 'Cheers!' is not a turnaround."))

# ---------------------------------------------------------------- b2-037
conv("b2-037", lang="ja", channel="email", industry="insurance (policy administration)", register="formal keigo",
     date="2026-11-24", tz="+09:00",
     authors={"c": ("cus-b2037", "菅原 雄一"), "a": ("agt-endo", "遠藤 真澄")},
     msgs=[
    ("2026-11-24 12:10:00", "c", E("""
        件名: 住所変更の方法について

        ご担当者様

        先月引っ越しをしたので、自動車保険の住所を変更したいです。手続きの方法を教えてください。証券番号はAU-3310456です。

        菅原 雄一""")),
    ("2026-11-24 15:30:00", "a", E("""
        件名: Re: 住所変更の方法について

        菅原 雄一 様

        お問い合わせいただき、ありがとうございます。契約サービス課の遠藤でございます。
        ご住所の変更は、契約者専用マイページからお手続きいただけます。
        1. マイページにログイン
        2. 「ご契約内容の変更」→「住所・連絡先の変更」を選択
        3. 新しいご住所を入力し、「確認」→「変更する」を押す
        変更が完了しますと、ご登録のメールアドレスに完了のお知らせが届きます。お車の保管場所も変わった場合は、同じ画面の「使用の本拠地」もあわせてご変更ください。
        お手数をおかけいたしますが、よろしくお願いいたします。

        遠藤""")),
    ("2026-11-24 20:45:00", "c", E("""
        件名: Re: 住所変更の方法について

        遠藤様

        教えていただいた手順で変更できました。完了メールも届いています。保管場所も一緒に変えました。ありがとうございました。

        菅原""")),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=False,
                 difficult=False, turnaround=False, did=True,
                 notes="Nothing was broken, but the customer completed the task (address change) himself following the agent's steps and reports success (変更できました／完了メールも届いています) -> customer_did_it true (LABELING: 'fixed the problem or completed the task'). The agent's answer is a plain how-to -> no expectation_set. Single agent mail: opening thanks + request -> closing_gratitude false."))

# ---------------------------------------------------------------- b2-038
conv("b2-038", lang="ja", channel="email", industry="online game (bug report)", register="ordinary です/ます",
     date="2026-11-30", tz="+09:00",
     authors={"c": ("cus-b2038", "大塚 翼"), "a": ("agt-goto", "後藤 遥")},
     msgs=[
    ("2026-11-30 01:20:00", "c", E("""
        件名: ボス戦後にフリーズします

        運営ご担当者様

        いつも楽しく遊んでいます。
        イベント「氷結の塔」の5階のボスを倒したあと、リザルト画面で毎回止まってしまいます。アプリを再起動すると報酬はもらえているようですが、なんでだろうと思って連絡しました。
        端末はPixel 8、OSはAndroid 15です。

        大塚""")),
    ("2026-11-30 14:00:00", "a", E("""
        件名: Re: ボス戦後にフリーズします

        大塚 翼 様

        「ルミナス・クロニクル」運営チームの後藤です。
        イベント「氷結の塔」5階のボスを倒したあと、リザルト画面で進まなくなり、再起動すると報酬は受け取れている、という状況ですね。

        開発チームで確認したところ、一部のAndroid 15端末で同じ現象が起きていることがわかりました。次回のアップデートで必ず修正されますので、それまでは再起動でのご対応をお願いいたします。

        詳しい端末情報までお送りいただき、ご協力ありがとうございました。

        後藤""")),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True,
                 difficult=False, turnaround=False, did=False,
                 notes="Neutral puzzlement (なんでだろう) -> not difficult. The single reply restates the symptom and promises 「次回のアップデートで必ず修正されます」 (developer outcome, no basis) -> overpromise; unconditional, so not an expectation_set. The thanks for cooperation is at the end of the only agent message -> closing_gratitude true (not an opening thanks)."))

# ---------------------------------------------------------------- b2-039
conv("b2-039", lang="ja", channel="chat", industry="municipal services (child allowance)", register="ordinary です/ます",
     date="2026-12-10", tz="+09:00",
     authors={"c": ("cus-b2039", "今井 陽子"), "b": ("bot-aoba", "青葉市 AIアシスタント"), "s": ("sys-chat", "システム"), "a": ("agt-fukuda", "福田 誠")},
     msgs=[
    ("13:00:10", "c", "児童手当の現況届の書類が届いていないのですが、提出期限が今月末と聞きました。どうすればいいですか"),
    ("13:00:12", "b", "児童手当の現況届についてのお問い合わせですね。担当職員におつなぎします。しばらくお待ちください。"),
    ("13:00:15", "s", "現在、窓口が大変混み合っております。順番にご案内いたします。"),
    ("13:08:40", "a", "現況届未着の件。住所変更履歴あり、旧住所へ送付の可能性。子育て支援課に確認中。", "internal"),
    ("13:20:30", "c", "まだでしょうか。期限が迫っているので不安です"),
    ("13:35:00", "c", "もう30分以上待っています。"),
    ("13:45:00", "s", "担当職員が対応できないため、チャットを終了しました。恐れ入りますが、子育て支援課(電話 045-000-1234)までお問い合わせください。"),
],
     labels=dict(bt=[], progress="none", exp=False, over=False, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="Like ho-036: the customer waits for an agent who never replies publicly (only an internal note) -> progress none, first_response_s null, primary_agent_id null. The bot's restatement and the system messages never count. Chase + 「不安です」 -> difficult; no resolution -> no turnaround."))

# ---------------------------------------------------------------- b2-040
conv("b2-040", lang="en", channel="chat", industry="electricity utility (billing)", register="English formal-friendly",
     date="2026-12-02", tz="-05:00",
     authors={"c": ("cus-b2040", "Denise Walker"), "a": ("agt-foster", "Ryan Foster")},
     msgs=[
    ("12:30:00", "c", "Hi. My electric bill this month is $412. It's usually around $150. I'm really worried, I can't afford this right before Christmas."),
    ("12:30:45", "a", "Hi Denise, this is Ryan with Brightline Energy. I understand. Could you give me your account number so I can pull up the bill?"),
    ("12:31:30", "c", "4401-7782-93"),
    ("12:32:00", "a", "Thanks, one moment while I look."),
    ("12:34:10", "a", "I found it. Your meter couldn't be read this month because the gate was locked, so the bill is an estimate, and the estimate was based on last January's usage, which was high."),
    ("12:34:50", "a", "I've booked a meter reader for Friday. Once we have the actual reading, the corrected bill usually follows within one billing cycle. I can't say yet exactly how much it will come down, since that depends on the real reading."),
    ("12:35:40", "c", "Do I have to pay the $412 now?"),
    ("12:36:10", "a", "No — I've put a hold on the payment due date until the corrected bill is issued, so nothing will be charged automatically in the meantime."),
    ("12:37:00", "c", "Okay, that makes me feel a lot better. Thank you."),
    ("12:37:30", "a", "You're welcome. Thanks for your patience while I dug into the account, and I hope you have a good holiday season."),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="'I understand.' is a bare acknowledgement -> no backtracking. m06 hedged outlook on timing and amount -> expectation_set. The 2-minute look-up (m04 start notice, m05 finding) is normal back-and-forth -> progress n/a. 'really worried, can't afford' -> difficult; relief + thanks after the answer -> turnaround. Closing thanks for patience."))

# ---------------------------------------------------------------- b2-041
conv("b2-041", lang="ja", channel="chat", industry="car roadside assistance", register="formal keigo / urgent customer",
     date="2026-12-11", tz="+09:00",
     authors={"c": ("cus-b2041", "野口 沙織"), "a": ("agt-takeda", "武田 翔太")},
     msgs=[
    ("15:20:05", "c", "車のエンジンがかかりません。これから保育園に子どもを迎えに行かないといけないのに…急いでいます"),
    ("15:20:40", "a", "ロードサービス受付の武田です。今いらっしゃる場所と、エンジンをかけようとしたときの様子を教えていただけますか。"),
    ("15:21:30", "c", "自宅の駐車場です(川越市霞ケ関北3-5)。キーを回すとカチカチ音がするだけで、かかりません"),
    ("15:22:10", "a", "承知しました。バッテリー上がりの可能性が高いので、作業員を手配いたします。"),
    ("15:24:00", "a", "手配が完了しました。到着まで通常30〜40分ほどですが、道路状況により前後する可能性がございます。作業員が到着すれば、その場で必ずエンジンはかかりますので、ご安心ください。"),
    ("15:52:30", "c", "まだ来ません。お迎えの時間を過ぎてしまいそうです"),
    ("15:54:10", "a", "作業員に確認したところ、国道254号の渋滞を抜けたところで、あと10分ほどで到着する見込みとのことです。"),
    ("16:06:40", "c", "来てくれました。エンジンかかりました！ありがとうございました、助かりました"),
    ("16:07:10", "a", "間に合いそうでよかったです。どうぞお気をつけていってらっしゃいませ。"),
],
     labels=dict(bt=[], progress="concrete", exp=True, over=True, closing=False,
                 difficult=True, turnaround=True, did=False,
                 notes="m04 is a bare 承知しました + the agent's own diagnosis (no restatement). m05 gives a hedged arrival window (expectation_set) and also 「その場で必ずエンジンはかかります」 (overpromise) — both labels true. m05 (arranged, with timing) and m07 (what was checked + where the crew is + timing) are concrete interim updates. Urgency + chase -> difficult; thanks/relief -> turnaround. The crew fixed it -> customer_did_it false. Closing m09 has no thanks."))

# ---------------------------------------------------------------- b2-042
conv("b2-042", lang="en", channel="chat", industry="parcel delivery (redirect)", register="English casual",
     date="2026-12-04", tz="-07:00",
     authors={"c": ("cus-b2042", "Tyler Reed"), "a": ("agt-singh", "Arjun Singh")},
     msgs=[
    ("10:02:00", "c", "hey can I change the delivery address on my package? I'll be at my office tomorrow instead of home"),
    ("10:02:30", "a", "Sure thing! What's the tracking number?"),
    ("10:03:00", "c", "SP99201847US"),
    ("10:03:40", "a", "Got it. It hasn't left the depot yet, so we can still redirect it. What's the new address?"),
    ("10:04:30", "c", "1450 Market St, Suite 300, Denver CO 80202"),
    ("10:05:10", "a", "Done, updated. It'll 100% arrive at your office tomorrow, no worries."),
    ("10:05:40", "c", "sweet, thanks"),
    ("10:06:00", "a", "Thanks for your patience, Tyler — have a good one!"),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=True, closing=True,
                 difficult=False, turnaround=False, did=False,
                 notes="'It'll 100% arrive … tomorrow' -> overpromise. 'Got it' / 'Done, updated' are bare acknowledgements. The agent changed the address (customer only supplied it) -> customer_did_it false. Closing thanks for patience."))

# ---------------------------------------------------------------- b2-043
S43 = "件名: Re: 退去の立会い日程について(コーポ桜台 105号室)"
conv("b2-043", lang="ja", channel="email", industry="apartment rental (move-out)", register="ordinary です/ます / formal agent",
     date="2026-11-25", tz="+09:00",
     authors={"c": ("cus-b2043", "中川 拓海"), "a": ("agt-hirose", "広瀬 優子")},
     msgs=[
    ("2026-11-25 21:30:00", "c", E("""
        件名: 退去の立会い日程について(コーポ桜台 105号室)

        ご担当者様

        105号室の中川です。12月15日に退去する予定です。退去の立会いの日程を決めたいのですが、平日の午前中でお願いできますか。できれば今週中に日程を決めてもらえると助かります。

        中川""")),
    ("2026-11-26 11:00:00", "a", E(f"""
        {S43}

        中川 拓海 様

        桜台不動産の広瀬でございます。承知いたしました。
        あいにく担当者の予定が埋まっておりまして、最短で12月17日(木)の10時となります。立会いがご退去後になっても、敷金は間違いなく全額お返しいたしますので、こちらの日程でいかがでしょうか。

        広瀬""")),
    ("2026-11-26 12:20:00", "c", E(f"""
        {S43}

        広瀬様

        17日ですか…。鍵の返却もその日でよければ、それでお願いします。

        中川""")),
    ("2026-11-26 14:10:00", "a", E(f"""
        {S43}

        中川 様

        広瀬でございます。鍵のご返却も立会い当日で問題ございません。12月17日(木)10時で確定いたしました。
        当日までに、電気・ガス・水道の解約手続きをお済ませください。ご協力のほど、よろしくお願いいたします。

        広瀬""")),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=True, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="「敷金は間違いなく全額お返しいたします」 before any inspection -> overpromise. No restatement (bare 承知いたしました; the proposed date is the agent's own). 「できれば今週中に…助かります」 is a routine preferred date and 「17日ですか…」 mild disappointment -> not difficult. Closing m04 ends on a request (ご協力のほど…), no thanks."))

# ---------------------------------------------------------------- b2-044
conv("b2-044", lang="ja", channel="chat", industry="food delivery (missing item)", register="ordinary です/ます",
     date="2026-12-06", tz="+09:00",
     authors={"c": ("cus-b2044", "原田 愛"), "a": ("agt-murakami", "村上 拓")},
     msgs=[
    ("12:40:00", "c", "注文した餃子が入っていませんでした。ラーメン2つは届いています"),
    ("12:40:50", "a", "ご連絡ありがとうございます。フードゴーの村上です。ご不便をおかけし申し訳ございません。ご注文番号をお知らせいただけますか。"),
    ("12:41:20", "c", "FG-552910です"),
    ("12:41:40", "a", "FG-552910:餃子(6個)未着、ラーメン2点は受取済みとのこと。店舗の詰め忘れと思われる。餃子分480円返金。", "internal"),
    ("12:42:30", "a", "承知しました。欠品分の480円を返金いたします。返金はご利用のカードに戻りますが、カード会社によっては反映まで数日かかる場合がございます。"),
    ("12:43:10", "c", "わかりました"),
    ("12:43:40", "a", "ご確認いただき、ありがとうございました。"),
    ("12:56:00", "a", "店舗に確認したところ、詰め忘れだったとのことです。今後このようなことがないよう、店舗に改善をお願いしました。お食事中にご不便をおかけし、申し訳ございませんでした。"),
    ("12:56:30", "a", "対応完了。お客様のご協力に感謝。", "internal"),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="The restatement of the customer's situation exists only in the internal note m04 -> no backtracking (public: bare 承知しました). m05 hedged refund timing -> expectation_set. Closing turn: m08 alone, because m07 (the thanks) is 12 min 20 s earlier (>10 min) with no customer message between; m08 is an apology; the internal note m09 does not count -> closing_gratitude false."))

# ---------------------------------------------------------------- b2-045
S45 = "Subject: RE: Claim for Biscuit's surgery"
conv("b2-045", lang="en", channel="email", industry="insurance claims (pet)", register="English casual",
     date="2026-11-02", tz="+10:00",
     authors={"c": ("cus-b2045", "Chloe Bennett"), "a": ("agt-harris", "James Harris")},
     msgs=[
    ("2026-11-02 19:30:00", "c", E("""
        Subject: Claim for Biscuit's surgery

        Hi there,

        My dog Biscuit had emergency surgery last week for a swallowed sock (!). The vet bill came to $2,300. I've attached the invoice and the claim form.

        Thanks,
        Chloe Bennett
        Policy PS-448120""")),
    ("2026-11-03 10:15:00", "a", E(f"""
        {S45}

        Hi Chloe,

        Thanks for sending everything through — poor Biscuit! I'm James and I'll look after this claim (ref C-77193).

        We'll need Biscuit's clinical notes from your vet, which I'll request directly. Once we have them, assessments usually take about 5 business days, though complicated cases can take a bit longer. You'll definitely be reimbursed in full, so don't worry about that part.

        Cheers,
        James Harris
        PawSure Claims""")),
    ("2026-11-05 14:00:00", "a", E(f"""
        {S45}

        Hi Chloe,

        Quick update: I requested the clinical notes from Greenway Vet Clinic on Tuesday and followed up by phone this morning; they'll send them by Friday. The invoice and claim form have already been checked and are complete.

        Cheers,
        James""")),
    ("2026-11-11 20:10:00", "c", E(f"""
        {S45}

        Hi James, any news? The vet gave me until the end of the month to pay and $2,300 is a lot for me to cover on my own.

        Chloe""")),
    ("2026-11-12 09:30:00", "a", E(f"""
        {S45}

        Hi Chloe,

        Sorry, it's still pending with the assessors. I'll keep you posted.

        James""")),
    ("2026-11-16 15:45:00", "a", E(f"""
        {S45}

        Hi Chloe,

        Good news — your claim has been approved. We've paid $2,070 to your nominated account today ($2,300 less your 10% co-payment).

        Thanks for your patience, and give Biscuit a pat from us.

        James""")),
    ("2026-11-16 18:00:00", "c", E(f"""
        {S45}

        That's wonderful, thank you so much James! What a relief.

        Chloe""")),
],
     labels=dict(bt=[], progress="mixed", exp=True, over=True, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="m02 has both a hedged outlook ('usually about 5 business days, though complicated cases can take longer') and an unconditional guarantee ('You'll definitely be reimbursed in full') -> expectation_set and overpromise both true. m03 concrete update, m05 vague ('still pending with the assessors' names only where it is) -> mixed. Chase + money worry -> difficult; relief + thanks -> turnaround. No restatement ('poor Biscuit!' is sympathy). Final mail thanks for patience."))
