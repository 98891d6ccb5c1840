# -*- coding: utf-8 -*-
from common import conv, E

# ---------------------------------------------------------------- b2-046
conv("b2-046", lang="ja", channel="chat", industry="clinic (online consultation)", register="formal keigo",
     date="2026-12-08", tz="+09:00",
     authors={"c": ("cus-b2046", "松下 直子"), "a": ("agt-sugimoto", "杉本 彩花")},
     msgs=[
    ("10:52:00", "c", "11時からオンライン診療の予約をしているのですが、ビデオ画面で自分のカメラが真っ黒のままです。もうすぐ時間なので焦っています"),
    ("10:52:30", "a", "みなと内科オンライン受付の杉本です。画面は表示されるものの、ご自身のカメラの映像だけが黒いまま、ということでしょうか。お使いの端末を教えてください。"),
    ("10:53:00", "c", "そうです。iPhoneです"),
    ("10:53:40", "a", "iPhoneの「設定」→「Safari」→「カメラ」を開き、「許可」を選んでください。そのあと、診療画面を再読み込みしてください。これで確実に映るようになります。"),
    ("10:56:10", "c", "できました！カメラ映りました"),
    ("10:56:40", "a", "お急ぎのところ、すぐに設定していただきありがとうございました。"),
    ("10:56:55", "a", "まもなく医師が入室いたしますので、そのままお待ちください。"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True,
                 difficult=True, turnaround=False, did=True,
                 notes="「もうすぐ時間なので焦っています」 -> difficult (deadline pressure). The customer changed the camera permission herself and reports success -> customer_did_it. Her last message is a success report without thanks or relief -> no turnaround. 「これで確実に映るようになります」 -> overpromise. Closing turn m06+m07 (15 s apart) thanks for her effort."))

# ---------------------------------------------------------------- b2-047
conv("b2-047", lang="en", channel="chat", industry="municipal services (parking permit)", register="English formal-friendly",
     date="2026-12-03", tz="-08:00",
     authors={"c": ("cus-b2047", "Kevin Park"), "b": ("bot-cityhelp", "CityHelp Bot"), "a": ("agt-lopez", "Maria Lopez")},
     msgs=[
    ("14:10:00", "c", "Hi, I applied for a residential parking permit two weeks ago. What's the status?"),
    ("14:10:02", "b", "It sounds like you want to check the status of your parking permit application. Let me connect you with Parking Services."),
    ("14:12:30", "a", "Hi Kevin, this is Maria from Parking Services. Could you give me your application number or your street address?"),
    ("14:13:10", "c", "PP-2026-11873"),
    ("14:13:30", "a", "Thanks, one moment."),
    ("14:14:50", "a", "Your permit was approved on November 28, and the sticker was mailed on December 1 to the address on your application. Until it arrives, the approval letter we emailed you works as a temporary permit — just put a printout on your dashboard."),
    ("14:15:30", "c", "Oh nice, didn't see that email. Found it now."),
    ("14:15:50", "a", "Great. Have a good afternoon!"),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Bot hand-off; only the bot restates the request. The agent gives a plain factual status answer (approved / mailed on a date), no outlook -> expectation_set false. Short look-up -> progress n/a. Closing m08 has no thanks."))

# ---------------------------------------------------------------- b2-048
S48 = "件名: Re: 引越しに伴う電気の使用開始について"
conv("b2-048", lang="ja", channel="email", industry="electricity utility (move-in)", register="very formal keigo",
     date="2026-12-01", tz="+09:00",
     authors={"c": ("cus-b2048", "宮崎 秀人"), "a": ("agt-yoshikawa", "吉川 絵里")},
     msgs=[
    ("2026-12-01 08:00:00", "c", E("""
        件名: 引越しに伴う電気の使用開始について

        ご担当者様

        12月20日に引越しをします。新居(横浜市青葉区美しが丘2-14-7 ルミエール301)で電気を使えるようにしたいのですが、申し込みはこのメールで可能でしょうか。

        宮崎 秀人""")),
    ("2026-12-01 13:20:00", "a", E(f"""
        {S48}

        宮崎 秀人 様

        みなと電力 お客さまセンターの吉川でございます。
        ご使用開始日は12月20日、ご住所は横浜市青葉区美しが丘2-14-7 ルミエール301号室にて、お間違いございませんでしょうか。
        ご確認いただけましたら、このメールへのご返信をもってお申し込みとさせていただきます。

        吉川""")),
    ("2026-12-01 19:00:00", "c", E(f"""
        {S48}

        吉川様

        はい、間違いありません。よろしくお願いします。

        宮崎""")),
    ("2026-12-02 10:30:00", "a", E(f"""
        {S48}

        宮崎 様

        吉川でございます。お申し込みを承りました。
        ご入居日には、当日のお手続きなしで確実に電気をお使いいただけます。100%問題ございませんので、どうぞご安心くださいませ。

        お忙しいところ、ご確認のお時間をいただき、誠にありがとうございました。

        吉川""")),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True,
                 difficult=False, turnaround=False, did=False,
                 notes="m02 restates the start date and address as a confirmation question. m04 「確実に…お使いいただけます。100%問題ございません」 -> overpromise (and not an expectation_set, being unconditional); 「お申し込みを承りました」 is a generic acknowledgement after the action. Closing mail thanks for the customer's time."))

# ---------------------------------------------------------------- b2-049
S49 = "Subject: RE: Airbag recall appointment – VIN ending 44871"
conv("b2-049", lang="en", channel="email", industry="car dealer (recall repair)", register="English formal",
     date="2026-11-30", tz="-06:00",
     authors={"c": ("cus-b2049", "Robert Klein"), "a": ("agt-davis", "Karen Davis")},
     msgs=[
    ("2026-11-30 09:00:00", "c", E("""
        Subject: Airbag recall appointment – VIN ending 44871

        Hello,

        I received a recall notice for the passenger airbag inflator on my 2017 Accord. I'd like to schedule the repair. When is the earliest available appointment?

        Robert Klein""")),
    ("2026-12-01 15:00:00", "a", "Recall 26V-118 inflator for VIN …44871 on backorder at the regional DC. Check again Friday.", "internal"),
    ("2026-12-03 08:30:00", "a", E(f"""
        {S49}

        Dear Mr. Klein,

        Thank you for reaching out. We've received your request and are checking parts availability for your vehicle. I'll definitely call you by Friday with appointment options.

        Karen Davis
        Service Advisor, Westside Honda""")),
    ("2026-12-10 17:40:00", "c", E(f"""
        {S49}

        It's been a week since your last email, nobody called, and I still don't have an appointment. The notice says not to let anyone sit in the passenger seat until it's fixed, and I drive my kids to school every day. When can this be fixed?

        Robert""")),
    ("2026-12-11 09:15:00", "a", E(f"""
        {S49}

        Dear Mr. Klein,

        I apologize for the silence. The replacement inflator for your vehicle arrived this morning, and we can install it on Wednesday, December 16 at 9:00 AM. The repair usually takes about two hours, though it can run longer if the dash trim clips need replacing.

        Please reply to confirm the time works for you. Again, I'm sorry for the delay.

        Karen Davis""")),
    ("2026-12-11 12:00:00", "c", E(f"""
        {S49}

        Fine. I'll be there at 9.

        Robert""")),
],
     labels=dict(bt=[], progress="none", exp=True, over=False, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="The internal note m02 (before any public reply) is excluded: first_response_s = m03 - m01. m03 is a start-of-work notice; 'I'll definitely call you by Friday' is a commitment within the agent's control (next contact) -> neither overpromise nor expectation_set. The customer then waited a week, chased with frustration, and got no interim update before m05 (parts arrived + appointment) -> progress none. m05 'usually about two hours, though it can run longer' -> expectation_set. 'Fine.' -> no turnaround. Closing is an apology."))

# ---------------------------------------------------------------- b2-050
conv("b2-050", lang="ja", channel="chat", industry="online education (assignment upload)", register="casual chat",
     date="2026-12-09", tz="+09:00",
     authors={"c": ("cus-b2050", "小野 颯太"), "a": ("agt-miyake", "三宅 紗希")},
     msgs=[
    ("21:10:00", "c", "課題のPDFが何度やってもアップロードできない！「エラー500」って出て止まる。締切今日の23:59で、絶対に今日中に出さないといけないのに"),
    ("21:10:40", "a", "学習サポートの三宅です！提出ボタンを押すと「エラー500」と表示されて止まってしまう、で合ってますか？"),
    ("21:11:10", "c", "そう"),
    ("21:11:40", "a", "ファイルサイズが20MBを超えているとアップロードできないので、念のためサイズを確認してもらえますか？超えていたら、PDFを圧縮してから再提出してみてください。"),
    ("21:15:30", "c", "25MBあったから圧縮して8MBにした。でもまだダメ、同じエラー"),
    ("21:16:10", "a", "試していただいてありがとうございます。サイズの問題ではなさそうなので、技術チームに確認します。"),
    ("21:24:00", "a", "技術チームに確認中です。もう少しお待ちください。"),
    ("21:31:20", "c", "まだ？あと2時間半しかない"),
    ("21:32:00", "a", "引き続き確認しています。"),
    ("21:40:10", "a", "お待たせしました！提出サーバー側の不具合が見つかり、修正されました。もう一度アップロードしてみてください。"),
    ("21:40:30", "a", "もし締切に間に合わなかった場合でも、今回の不具合が原因であれば提出期限の延長対象になる可能性が高いです。ただ、最終的な判断は担当講師になります。"),
    ("21:42:50", "c", "できた！マジで助かった、ありがとう"),
    ("21:43:20", "a", "提出できてよかったです！お疲れさまでした。"),
],
     labels=dict(bt=[2], progress="vague", exp=True, over=False, closing=False,
                 difficult=True, turnaround=True, did=False,
                 notes="「何度やっても」 + deadline tonight + chase -> difficult. 「絶対に今日中に」 is the customer's words -> not overpromise. The customer's compression did not fix it (「でもまだダメ」); the company fixed the server and the customer's upload is only a follow-up -> customer_did_it false. m06 start notice; m07 (技術チームに確認中) and m09 (引き続き確認) vague -> progress vague. m11 outlook on what the resolution may cover with the decision-maker's uncertainty marked -> expectation_set. 「マジで助かった、ありがとう」 -> turnaround. 「お疲れさまでした」 is not thanks -> closing_gratitude false."))

# ---------------------------------------------------------------- b2-051
conv("b2-051", lang="en", channel="email", industry="accommodation (hotel room request)", register="English formal",
     date="2026-11-15", tz="+01:00",
     authors={"c": ("cus-b2051", "Anna Schmidt"), "a": ("agt-hyamada", "Haruka Yamada")},
     msgs=[
    ("2026-11-15T18:20:00+01:00", "c", E("""
        Subject: Booking SRN-30418 – room request

        Dear Hotel Seiran,

        I'm staying with you from 12 to 15 January (booking SRN-30418). I'm a very light sleeper. Can you guarantee a quiet room away from the elevator?

        Kind regards,
        Anna Schmidt""")),
    ("2026-11-16T10:40:00+09:00", "a", E("""
        Subject: RE: Booking SRN-30418 – room request

        Dear Ms. Schmidt,

        > I'm a very light sleeper. Can you guarantee a quiet room away from the elevator?

        I'm afraid I can't guarantee a specific room before check-in. I've added a note to your booking requesting a high floor away from the elevator. Requests like this are usually met when the hotel isn't full, but mid-January is busy because of a trade fair, so it may not be possible. If you'd like certainty, our Premium Corner rooms are at the end of each corridor, and I could change your booking to one (+¥4,500 per night).

        We look forward to welcoming you in January.

        Haruka Yamada
        Guest Relations, Hotel Seiran Osaka""")),
    ("2026-11-16T20:05:00+01:00", "c", E("""
        Subject: RE: Booking SRN-30418 – room request

        Thank you, the note is fine. I'll keep my current room type.

        Anna""")),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Mixed offsets (+01:00 customer, +09:00 hotel): first_response_s = 2026-11-16T01:40Z - 2026-11-15T17:20Z = 30000 s. The customer's content appears only in the '>' quote; 'a high floor away from the elevator' is reused inside the agent's own action -> no backtracking. 'guarantee' appears in the quote and in a negation ('can't guarantee') -> no overpromise. Outlook on what the request will achieve, hedged ('usually met… may not be possible') -> expectation_set. Closing has no thanks."))

# ---------------------------------------------------------------- b2-052
conv("b2-052", lang="ja", channel="chat", industry="parcel delivery (missing parcel)", register="formal keigo",
     date="2026-12-12", tz="+09:00",
     authors={"c": ("cus-b2052", "佐野 美穂"), "a": ("agt-kikuchi", "菊地 翔")},
     msgs=[
    ("14:30:00", "c", "配達完了のメールが来たのに、荷物が見当たりません。高いものなので不安です"),
    ("14:30:40", "a", "ヤマネコ便の菊地です。配達完了の通知が届いているのに、お手元にお荷物がない、という状況ですね。伝票番号を教えていただけますか。"),
    ("14:31:20", "c", "5520-1187-3306です。マンションです"),
    ("14:31:50", "a", "ありがとうございます。お調べして、10分ほどで改めてご連絡いたします。"),
    ("14:38:30", "a", "配達記録を確認したところ、本日12時14分に「宅配ボックスへ投函」として完了処理されていました。現在、担当ドライバーに、どのボックスに入れたかを問い合わせております。"),
    ("14:49:10", "a", "ドライバーから回答がありました。エントランス横の宅配ボックス5番に入れたとのことです。不在票をポストに入れ忘れていたそうで、大変申し訳ございません。"),
    ("14:53:40", "c", "ありました！よかった…ありがとうございます、安心しました"),
    ("14:54:10", "a", "見つかって何よりです。お待ちいただき、ありがとうございました。"),
],
     labels=dict(bt=[2], progress="concrete", exp=False, over=False, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="m04 「10分ほどで改めてご連絡いたします」 says only when the agent will next get in touch -> not expectation_set. m05 is a concrete interim update (what the record shows + what is being asked). 「不安です」 -> difficult; relief + thanks -> turnaround. Nothing was broken for the customer to fix; she just collected the parcel the company located -> customer_did_it false."))

# ---------------------------------------------------------------- b2-053
conv("b2-053", lang="en", channel="chat", industry="online game (refund)", register="English formal-friendly",
     date="2026-12-06", tz="-05:00",
     authors={"c": ("cus-b2053", "Laura Mitchell"), "a": ("agt-kowalski", "Adam Kowalski")},
     msgs=[
    ("17:20:00", "c", "My 9-year-old bought the Winter Bundle on my account yesterday without asking. $49.99. This is the second time I'm contacting you about it — nobody answered my email yesterday. I want it refunded."),
    ("17:20:45", "a", "Hi Laura, I'm Adam. To make sure I've got this right: your 9-year-old bought the $49.99 Winter Bundle on your account yesterday without your permission, and you'd like the charge reversed?"),
    ("17:21:20", "c", "Yes."),
    ("17:22:00", "a", "Thanks. Let me check the purchase."),
    ("17:23:40", "a", "I've looked at the account. The bundle's coins were already spent on two skins and a battle pass, and under our terms we can't refund items that have been used. I'm sorry."),
    ("17:24:30", "c", "This is ridiculous. He's nine. How was I supposed to know your game doesn't ask for a password?"),
    ("17:25:20", "a", "I understand your frustration. You can turn on 'Require password for purchases' under Settings > Family so this can't happen again."),
    ("17:26:00", "c", "Too late now. Unbelievable."),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="Complaint about earlier handling in the first message ('second time… nobody answered') -> difficult. m02 restates the request ('To make sure I've got this right'). 'I understand your frustration' is a bare acknowledgement. Refund refused; the customer ends angry -> no turnaround. m04 start notice, answered 100 s later -> progress n/a. Closing m07 has no thanks."))

# ---------------------------------------------------------------- b2-054
S54 = "件名: Re: 台風でカーポートが壊れました(火災保険 FP-1182045)"
conv("b2-054", lang="ja", channel="email", industry="insurance claims (property)", register="very formal keigo",
     date="2026-10-02", tz="+09:00",
     authors={"c": ("cus-b2054", "工藤 真由美"), "a": ("agt-nishida", "西田 隆")},
     msgs=[
    ("2026-10-02 20:15:00", "c", E("""
        件名: 台風でカーポートが壊れました(火災保険 FP-1182045)

        ご担当者様

        先日の台風で、自宅のカーポートの屋根が一部飛ばされてしまいました。火災保険で直せると聞いたのですが、修理に40万円ほどかかると言われ、本当に保険が出るのか不安です。必ず全額出るんですよね？
        写真を添付します。

        工藤 真由美""")),
    ("2026-10-03 11:20:00", "a", E(f"""
        {S54}

        工藤 真由美 様

        このたびは台風により被害に遭われ、心よりお見舞い申し上げます。損害サービス課の西田でございます。
        先日の台風で、ご自宅のカーポートの屋根の一部が飛ばされ、修理のお見積りが40万円ほどというご状況と承知いたしました。

        お客様のご契約には風災補償が含まれておりますので、カーポートは補償の対象となります。ただし、全額お支払いできるかどうかは鑑定人の調査結果によりますので、現時点では断言いたしかねます。また、ご契約の免責金額5万円はお支払い額から差し引かれます。
        鑑定人の調査は、通常ご連絡から1〜2週間以内に日程を調整しておりますが、台風直後で依頼が集中しているため、前後する可能性がございます。

        調査日程が決まりましたら、担当の鑑定会社よりご連絡いたします。何卒よろしくお願い申し上げます。

        西田""")),
    ("2026-10-03 19:40:00", "c", E(f"""
        {S54}

        西田様

        丁寧にご説明いただき、ありがとうございました。補償の対象になると分かって安心しました。鑑定会社からの連絡を待ちます。

        工藤""")),
],
     labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=False,
                 difficult=True, turnaround=True, did=False,
                 notes="「必ず全額出るんですよね？」 is the customer's words; the agent explicitly declines to guarantee (断言いたしかねます) -> no overpromise. Outlook on what will be paid (deductible, amount subject to appraisal) and when (通常1〜2週間／前後する可能性) -> expectation_set. 「不安です」 -> difficult; after the question was answered the customer thanks and is relieved -> turnaround. The agent's single mail ends on a request -> closing_gratitude false."))

# ---------------------------------------------------------------- b2-055
conv("b2-055", lang="ja", channel="chat", industry="travel (package change)", register="formal keigo",
     date="2026-12-10", tz="+09:00",
     authors={"c": ("cus-b2055", "坂口 真一"), "a": ("agt-hara", "原 沙耶"), "s": ("sys-chat", "システム"), "b": ("agt-tsuchiya", "土屋 大樹")},
     msgs=[
    ("17:30:00", "c", "12月24日出発の東京→京都の新幹線＋ホテルのパックを予約しています。急な出張が入ってしまって、1日後ろにずらしたいです。今日中に変更しないと取消料がかかると書いてあって焦っています"),
    ("17:30:50", "a", "お問い合わせありがとうございます、原でございます。12月24日ご出発の東京→京都のパックを、1日後ろ倒しにして25日ご出発に変更されたい、ということですね。ご予約番号をお教えいただけますか。"),
    ("17:31:30", "c", "JP-7730291です"),
    ("17:32:00", "s", "担当者が 原 から 土屋 に変更されました。"),
    ("17:32:40", "b", "変更担当の土屋です。引き継ぎました。お調べしますので少々お待ちください。"),
    ("17:35:10", "b", "25日出発の場合、同じホテルに空室があり、新幹線も同じ時間帯の指定席の空きがあります。大丈夫です、必ずお席はご用意できますので、このまま変更を進めてよろしいでしょうか。"),
    ("17:35:50", "c", "お願いします"),
    ("17:38:20", "b", "変更が完了しました。新しい日程の確認メールをお送りしましたのでご確認ください。本日中のお手続きですので、取消料・変更手数料はかかりません。"),
    ("17:39:30", "c", "間に合ってよかったです。ありがとうございました！"),
    ("17:40:00", "b", "お急ぎのところ、最後までお付き合いいただきありがとうございました。出張、お気をつけて。"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="Two agents with a system hand-over message: 原 1 public message, 土屋 4 -> primary agt-tsuchiya; first_response_s from 原's m02. m02 restates the change request. m06 「必ずお席はご用意できます」 before the change was made -> overpromise. Deadline pressure (今日中…焦っています) -> difficult; thanks + relief -> turnaround. m08's fee statement is the result, not an outlook. Closing m10 thanks for the customer's time."))

# ---------------------------------------------------------------- b2-056
conv("b2-056", lang="en", channel="chat", industry="gas utility (prepayment meter)", register="English casual",
     date="2026-12-14", tz="+00:00",
     authors={"c": ("cus-b2056", "Jade Robinson"), "a": ("agt-evans", "Owen Evans")},
     msgs=[
    ("19:02:00", "c", "hi, I topped up my gas meter online 2 hours ago (£30) but the credit isn't on the meter. I've got no heating, it's freezing and I've got a 6 month old. Please help"),
    ("19:02:40", "a", "Hi Jade, Owen here — let's get your heating back on. You paid £30 online about two hours ago, but the meter still isn't showing the credit, right?"),
    ("19:03:10", "c", "yes"),
    ("19:03:50", "a", "Online top-ups sometimes don't reach the meter on their own. You can enter it by hand: your payment confirmation email has a 20-digit code. On the meter keypad, press A, type the 20 digits, then press the red B button."),
    ("19:07:30", "c", "ok did it, it says ACCEPTED and the credit is showing £30. boiler's firing up"),
    ("19:08:00", "a", "Brilliant. If it happens again, you can enter the code the same way."),
    ("19:08:30", "c", "thank you so much, you're a lifesaver"),
    ("19:09:00", "a", "Thanks for working through that with me, Jade. Stay warm tonight!"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True,
                 difficult=True, turnaround=True, did=True,
                 notes="No heating with a baby + 'Please help' -> difficult. The customer entered the top-up code herself and reports the credit is showing -> customer_did_it. 'you're a lifesaver' -> turnaround. Closing thanks for her effort."))

# ---------------------------------------------------------------- b2-057
conv("b2-057", lang="ja", channel="chat", industry="online game (crash)", register="casual customer / polite agent",
     date="2026-12-13", tz="+09:00",
     authors={"c": ("cus-b2057", "森本 海斗"), "a": ("agt-kitamura", "北村 玲奈")},
     msgs=[
    ("22:15:00", "c", "ギルド戦の途中で何度やってもアプリが落ちます。もう3回も負け扱いになってて、ほんとにイライラします"),
    ("22:15:40", "a", "サポートの北村です。ギルド戦の最中にアプリが強制終了して、そのたびに敗北扱いになってしまっているんですね。お使いの端末を教えていただけますか？"),
    ("22:16:20", "c", "iPhone 13です"),
    ("22:16:50", "a", "タイトル画面の右上「メニュー」→「キャッシュクリア」を実行してから、もう一度お試しいただけますか？"),
    ("22:24:30", "c", "やりました。1戦目はいけたけど、2戦目でまた落ちました"),
    ("22:25:10", "a", "ご確認ありがとうございます。"),
    ("22:25:40", "a", "現在、iPhone 13・14の一部で、ギルド戦の演出中に落ちる不具合を確認しております。12月17日のメンテナンスで修正される見込みですが、検証の状況によっては日程が前後する可能性がございます。"),
    ("22:26:20", "a", "不具合が原因の敗北は、メンテナンス後に戦績を修正する予定です。ただ、ギルドの順位報酬の再計算まで対象になるかはまだ決まっておらず、お約束はできかねます。"),
    ("22:27:30", "c", "わかりました"),
    ("22:28:00", "a", "何度もお試しいただき、ご協力ありがとうございました。"),
],
     labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=True,
                 difficult=True, turnaround=False, did=False,
                 notes="「何度やっても」「ほんとにイライラします」 -> difficult. The customer's cache clear worked once and then failed again (「1戦目はいけたけど、2戦目でまた落ちました」) -> customer_did_it false. m07/m08 outlook on when (見込み／前後する可能性) and what (record fix yes, ranking rewards not promised) -> expectation_set; 「お約束はできかねます」 is a negation. Bare 「わかりました」 -> no turnaround. m06 thanks is mid-conversation; closing m10 thanks for cooperation."))

# ---------------------------------------------------------------- b2-058
S58 = "件名: Re: Web問診票が送信できません"
conv("b2-058", lang="ja", channel="email", industry="clinic (web questionnaire)", register="formal keigo",
     date="2026-12-14", tz="+09:00",
     authors={"c": ("cus-b2058", "桑原 紀子"), "a": ("agt-kaneko", "金子 由紀")},
     msgs=[
    ("2026-12-14 20:30:00", "c", E("""
        件名: Web問診票が送信できません

        ひまわりクリニック ご担当者様

        明日10時に予約している桑原です。LINEのメッセージに届いたリンクからWeb問診票を入力したのですが、最後の「送信」を押すと画面が真っ白になってしまい、送れません。受診前日までに提出が必要と書いてあったので、困っています。

        桑原 紀子""")),
    ("2026-12-14 21:05:00", "a", E(f"""
        {S58}

        桑原 紀子 様

        ひまわりクリニック 受付の金子でございます。ご不便をおかけして申し訳ございません。
        LINEアプリ内のブラウザでは、問診票の送信がうまくいかないことがございます。お手数ですが、以下の手順をお試しいただけますでしょうか。
        1. LINEでリンクを長押しし、「Safariで開く」(Androidの場合は「ブラウザで開く」)を選ぶ
        2. 開いた画面で、最初から入力し直して「送信」を押す

        金子""")),
    ("2026-12-14 21:30:00", "c", E(f"""
        {S58}

        金子様

        Safariで開き直したら、送信できました。「受付完了」の画面も出ました。夜遅くに助かりました。ありがとうございます。

        桑原""")),
    ("2026-12-14 21:45:00", "a", E(f"""
        {S58}

        桑原 様

        受付完了を確認いたしました。夜分にお手数をおかけしましたが、ご対応いただきありがとうございました。明日はお気をつけてお越しくださいませ。

        金子""")),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=True,
                 difficult=True, turnaround=True, did=True,
                 notes="「困っています」 + the day-before deadline -> difficult. The agent explains a likely cause and gives steps, without restating the customer's account (LINE is mentioned inside the agent's own explanation). The customer reopened the form in Safari and reports 送信できました -> customer_did_it; 「助かりました。ありがとうございます」 -> turnaround. Closing mail thanks for her effort."))
