# -*- coding: utf-8 -*-
from common import conv, E

# ---------------------------------------------------------------- b2-012
S12 = "件名: Re: 事故の保険金請求について(証券番号 AU-5520318)"
conv("b2-012", lang="ja", channel="email", industry="insurance claims (motor)", register="very formal keigo",
     date="2026-11-30", tz="+09:00",
     authors={"c": ("cus-b2012", "山田 浩二"), "a": ("agt-tanabe", "田辺 雅人")},
     msgs=[
    ("2026-11-30 21:14:33", "c", E("""
        件名: 事故の保険金請求について(証券番号 AU-5520318)

        ご担当者様

        お世話になっております。自動車保険に加入している山田と申します。
        11月28日の夕方、スーパーの駐車場で停車中に、後ろから来た車にぶつけられました。相手の方の保険会社とはまだ話ができていませんが、リアバンパーとトランクがへこんでいるので、修理費用を請求したいです。
        仕事で毎日車を使っているので、できるだけ早く修理に出したいと思っています。手続きを教えてください。

        山田 浩二""")),
    ("2026-12-01 10:05:10", "a", E(f"""
        {S12}

        山田 浩二 様

        このたびは事故に遭われたとのこと、心よりお見舞い申し上げます。損害サービス課の田辺でございます。
        11月28日の夕方、駐車場に停車中のお車に後方から追突され、リアバンパーとトランクに損傷がある、というご状況と承知いたしました。相違がございましたらお知らせくださいませ。

        修理工場がお決まりでしたら、工場名をお知らせください。こちらからお見積書の取り寄せと、相手方保険会社との連絡を進めてまいります。
        お支払いまでの流れとしましては、お見積書の受領後、当社アジャスターが損害の確認を行い、通常はその後1週間前後でお支払い額が確定いたします。ただし、相手方との過失割合の協議によっては、前後する可能性がございます。

        田辺 雅人""")),
    ("2026-12-01 12:40:00", "c", E("""
        件名: Re: Re: 事故の保険金請求について(証券番号 AU-5520318)

        田辺様

        ご連絡ありがとうございます。内容はその通りです。
        修理は「オートサービス北野」に出す予定です。よろしくお願いします。

        山田

        > 11月28日の夕方、駐車場に停車中のお車に後方から追突され、リアバンパーとトランクに損傷がある、というご状況と承知いたしました。""")),
    ("2026-12-03 15:30:00", "a", E(f"""
        {S12}

        山田 様

        田辺でございます。現在の状況をご報告いたします。
        本日、オートサービス北野様よりお見積書(修理費用 312,400円)を受領いたしました。また、相手方の保険会社とも連絡がつき、相手方が過失を認めていることを確認しております。
        明日12月4日(金)の午前に、当社アジャスターが工場でお車の損傷を確認する予定でございます。

        田辺""")),
    ("2026-12-09 11:00:00", "a", E(f"""
        {S12}

        山田 様

        田辺でございます。大変お待たせいたしました。
        アジャスターの確認が終わり、修理費用312,400円の全額を、相手方保険会社からお支払いいただくことで合意いたしました。修理工場には本日付で着工していただいて問題ない旨をお伝えしております。

        お手続きにご協力いただき、誠にありがとうございました。

        田辺""")),
    ("2026-12-09 12:15:00", "c", E("""
        件名: Re: Re: 事故の保険金請求について(証券番号 AU-5520318)

        田辺様

        早速ご対応いただき、ありがとうございました。全額出るとのことで安心しました。工場にも連絡しておきます。

        山田""")),
],
     labels=dict(bt=[2], progress="concrete", exp=True, over=False, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="m02 restates the accident (statement form) and gives a hedged outlook (通常1週間前後／前後する可能性). m04 is a concrete interim update (estimate received, fault admitted, adjuster visit date). Urgency 「できるだけ早く」 -> difficult; relief + thanks at the end -> turnaround. The restatement quoted by the customer in m03 is irrelevant (customer message). Final agent mail m05 thanks for cooperation."))

# ---------------------------------------------------------------- b2-013
conv("b2-013", lang="ja", channel="chat", industry="electricity utility", register="formal keigo",
     date="2026-12-01", tz="+09:00",
     authors={"c": ("cus-b2013", "小林 さやか"), "a": ("agt-mori", "森 大介")},
     msgs=[
    ("18:45:02", "c", "すみません、急に電気が一部つかなくなりました。キッチンと洗面所だけ真っ暗で、夕飯の支度ができなくて困っています。"),
    ("18:45:40", "a", "ご不便をおかけしております。電力会社カスタマーセンターの森でございます。お部屋全体ではなく、キッチンと洗面所だけ電気がつかない状態ということでよろしいでしょうか。"),
    ("18:46:20", "c", "はい、リビングと寝室は普通についています。"),
    ("18:46:55", "a", "ありがとうございます。その場合、ご自宅の分電盤で、一部の回路のブレーカーが落ちている可能性がございます。玄関や洗面所付近の分電盤をご確認いただけますか。"),
    ("18:48:30", "c", "ありました。小さいスイッチがひとつだけ下がってます。"),
    ("18:49:00", "a", "そちらを上に戻していただければ、間違いなく復旧いたします。その前に、電子レンジやドライヤーなど、キッチンと洗面所で使っていた電化製品のプラグを一度抜いておいてください。"),
    ("18:51:10", "c", "プラグ抜いて、スイッチ上げました！つきました！"),
    ("18:51:40", "a", "復旧してよかったです。同じ回路で電子レンジとドライヤーを同時にお使いになると、また落ちることがありますのでご注意ください。"),
    ("18:52:30", "c", "気をつけます。本当に助かりました、ありがとうございます。"),
    ("18:53:00", "a", "暗い中でご確認いただき、ありがとうございました。どうぞ良い夜をお過ごしください。"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True,
                 difficult=True, turnaround=True, did=True,
                 notes="m06 「上に戻していただければ、間違いなく復旧いたします」 is an unconditional outcome guarantee given before anyone knew the cause -> overpromise (the 「可能性がございます」 in m04 is a hedged diagnosis, not an outlook). The customer reset the breaker herself and reported it works -> customer_did_it. 「困っています」 -> difficult; 「本当に助かりました」 -> turnaround."))

# ---------------------------------------------------------------- b2-014
conv("b2-014", lang="ja", channel="chat", industry="parcel delivery", register="ordinary です/ます",
     date="2026-12-02", tz="+09:00",
     authors={"c": ("cus-b2014", "渡辺 健太"), "b": ("bot-yamaneko", "ヤマネコ便 自動応答"), "a": ("agt-ueda", "上田 瞳")},
     msgs=[
    ("12:10:05", "b", "ヤマネコ便チャットサポートです。ご用件をお選びください。① 配達状況の確認 ② 再配達のご依頼 ③ その他"),
    ("12:10:30", "c", "①"),
    ("12:10:32", "b", "お荷物の配達状況の確認ですね。伝票番号(12桁)を入力してください。"),
    ("12:11:10", "c", "伝票番号がわからないんです。通販で買ったもので、今日届くって書いてあったのに、まだ来てません。"),
    ("12:11:12", "b", "担当者におつなぎします。しばらくお待ちください。"),
    ("12:12:40", "a", "お待たせいたしました。担当の上田です。ご注文されたショップ名と、ご登録のお電話番号を教えていただけますか。"),
    ("12:13:30", "c", "ミドリ家電オンラインです。電話番号は090-1234-5678です。"),
    ("12:13:50", "a", "承知しました。お調べいたしますので、少々お待ちください。"),
    ("12:15:20", "a", "お荷物が見つかりました。現在、世田谷センターから配達に出ており、本日の18時から20時の間にお届けの予定となっております。"),
    ("12:15:50", "a", "道路の混雑状況によっては、多少前後する可能性がございます。お時間の変更をご希望の場合は、お知らせください。"),
    ("12:16:40", "c", "18時以降なら家にいるので問題ないです。"),
    ("12:17:00", "a", "かしこまりました。それでは、お受け取りまで今しばらくお待ちくださいませ。"),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Bot hand-off. The only restatement (m03 「配達状況の確認ですね」) is by the bot -> not backtracking; the agent only uses 承知しました/かしこまりました. First response counts from the first customer message m02 to the agent's m06 (bot messages excluded). m09+m10 give a delivery window with uncertainty marked -> expectation_set. The 1.5-minute look-up is normal back-and-forth -> progress n/a. Closing m12 has no thanks."))

# ---------------------------------------------------------------- b2-015
conv("b2-015", lang="ja", channel="chat", industry="food delivery", register="casual customer / polite agent",
     date="2026-12-03", tz="+09:00",
     authors={"c": ("cus-b2015", "松本 蓮"), "a": ("agt-ito", "伊藤 麻衣")},
     msgs=[
    ("20:15:10", "c", "注文してから1時間たつのにまだ届かないんですけど"),
    ("20:16:00", "a", "ご不便をおかけしております。伊藤と申します。ご注文番号を教えていただけますか。"),
    ("20:16:40", "c", "FD-88231"),
    ("20:17:20", "a", "19時12分にご注文いただいた、てりやきバーガーセット2点ですね。1時間たってもまだお手元に届いていないとのこと、すぐに配達状況をお調べします。"),
    ("20:33:30", "c", "まだ？こっちは子ども待たせてて急いでるんだけど"),
    ("20:34:40", "a", "大変お待たせして申し訳ございません。配達員に確認が取れました。途中で事故渋滞に巻き込まれており、現在お届け先まで2キロほどの地点におります。あと10分前後で到着する見込みですが、道路状況によって多少前後するかもしれません。遅延のお詫びとして、配送料330円を返金いたしました。"),
    ("20:35:30", "c", "了解"),
    ("20:35:50", "a", "お急ぎのところ、長くお待たせしてしまい申し訳ございませんでした。"),
],
     labels=dict(bt=[4], progress="none", exp=True, over=False, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="m04 restates the customer's situation (still not delivered after an hour) and starts work. The customer waited 16 minutes, chased (「まだ？…急いでるんだけど」) and got no interim update before m06, which delivers the result of the check (driver located, ETA, refund) -> progress none. ETA hedged (10分前後／多少前後するかも) -> expectation_set. Bare 「了解」 -> no turnaround. Closing m08 is an apology only."))

# ---------------------------------------------------------------- b2-016
conv("b2-016", lang="ja", channel="email", industry="municipal services (bulky waste)", register="very formal keigo",
     date="2026-11-20", tz="+09:00",
     authors={"c": ("cus-b2016", "坂本 直美"), "a": ("agt-ogawa", "小川 修")},
     msgs=[
    ("2026-11-20 22:10:00", "c", E("""
        件名: 粗大ごみの収集について

        港北市 環境事業課 ご担当者様

        3人掛けのソファとスチール製の本棚を処分したいです。申し込みはどのようにすればよいでしょうか。
        できれば年内に出したいのですが、間に合いますか。

        坂本""")),
    ("2026-11-21 09:45:00", "a", E("""
        件名: Re: 粗大ごみの収集について

        坂本 直美 様

        港北市環境事業課にお問い合わせいただき、ありがとうございます。
        粗大ごみの収集は、市のホームページの「粗大ごみ受付フォーム」または粗大ごみ受付センター(0120-000-530)にてお申し込みいただけます。品目ごとに処理券(ソファ1,200円、本棚600円)をコンビニ等でお買い求めのうえ、貼り付けて出してください。

        収集日は、通常はお申し込みから1〜2週間後となります。ただし、12月はお申し込みが集中するため、年内の収集枠が埋まってしまう場合もございます。年内をご希望でしたら、お早めにお申し込みください。

        港北市 環境事業課 小川""")),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Single reply. Collection timing given as 通常1〜2週間 with the year-end risk marked -> expectation_set. Naming the customer's items inside the fee list and 「年内をご希望でしたら」 inside the agent's advice are reuse inside the agent's own answer, not a restatement. 「できれば年内に出したいのですが」 is a routine preferred date -> not difficult. The only thanks is the opening お問い合わせいただき、ありがとうございます -> closing_gratitude false even though it is the only (hence last) agent message."))

# ---------------------------------------------------------------- b2-017
conv("b2-017", lang="ja", channel="chat", industry="online game (in-app purchase)", register="casual customer / polite agent",
     date="2026-12-04", tz="+09:00",
     authors={"c": ("cus-b2017", "佐藤 悠斗"), "a": ("agt-nakano", "中野 蓮")},
     msgs=[
    ("21:30:05", "c", "1200ジェムのパック買ったのに反映されないんだけど。何回再起動してもダメ。いい加減にしてほしい"),
    ("21:30:50", "a", "ご不便をおかけして申し訳ありません。サポートの中野です。ジェム1,200個のパックをご購入いただいて、決済は済んでいるのに、ゲーム内の所持数が増えていない、という状況でしょうか。"),
    ("21:31:30", "c", "そう。レシートのメールも来てる"),
    ("21:32:00", "a", "ありがとうございます。必ず反映されますので、ご安心ください。お調べしますので、プレイヤーIDを教えてください。"),
    ("21:32:40", "c", "PLR-40917733"),
    ("21:33:30", "a", "決済ログ確認:12/4 21:12 決済成功、付与ジョブがタイムアウトで失敗。課金チームに手動付与を依頼済み。", "internal"),
    ("21:36:10", "a", "決済の記録を確認したところ、21時12分の決済は成功していましたが、ジェムを付与する処理がエラーで止まっていました。いま課金担当チームに手動での付与を依頼しています。"),
    ("21:44:30", "c", "まだ？"),
    ("21:47:50", "a", "お待たせしました。ジェム1,200個の付与が完了しました。一度ゲームを再起動して、所持数をご確認ください。"),
    ("21:49:00", "c", "入ってた"),
    ("21:49:30", "a", "反映を確認できてよかったです。このたびはご迷惑をおかけし、申し訳ありませんでした。"),
],
     labels=dict(bt=[2], progress="concrete", exp=False, over=True, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="Frustration (「何回再起動してもダメ」「いい加減にしてほしい」) -> difficult. m04 「必ず反映されますので」 is a guarantee made before the cause was known -> overpromise. m07 is a concrete interim update (what was found + what was requested); the internal note m06 does not count. The company granted the gems; the customer's restart is only a follow-up -> customer_did_it false. 「入ってた」 is a success report without thanks -> no turnaround. Closing m11 is an apology."))

# ---------------------------------------------------------------- b2-018
S18 = "Subject: RE: Claim for water damage – policy HO-7781204"
conv("b2-018", lang="en", channel="email", industry="insurance claims (home)", register="English formal",
     date="2026-11-09", tz="-05:00",
     authors={"c": ("cus-b2018", "Margaret Hughes"), "a": ("agt-patel", "Anita Patel")},
     msgs=[
    ("2026-11-09 08:12:00", "c", E("""
        Subject: Claim for water damage – policy HO-7781204

        Hello,

        A pipe burst in the upstairs bathroom on Saturday night and water came through the kitchen ceiling. A plumber has fixed the pipe, but the ceiling plaster is soaked and part of it has come down. I'd like to file a claim. What do you need from me?

        Margaret Hughes""")),
    ("2026-11-09 13:40:00", "a", E(f"""
        {S18}

        Dear Ms. Hughes,

        Thank you for contacting Harbor Mutual. I'm Anita Patel and I'll be handling your claim (reference CL-30981).

        Please send us photos of the ceiling damage, the plumber's invoice, and any receipts for emergency drying. Rest assured, your claim will definitely be approved.

        Kind regards,
        Anita Patel
        Claims Handler, Harbor Mutual""")),
    ("2026-11-09 19:05:00", "c", E(f"""
        {S18}

        Hi Anita,

        Photos and the plumber's invoice are attached. The drying company hasn't billed me yet.

        Margaret""")),
    ("2026-11-12 10:20:00", "a", E(f"""
        {S18}

        Dear Ms. Hughes,

        Your claim is still under review. We'll be in touch.

        Kind regards,
        Anita Patel""")),
    ("2026-11-16 21:30:00", "c", E(f"""
        {S18}

        Hi Anita,

        Any news? The ceiling is still damp and I'm getting really worried about mold. I can't get a contractor booked until I know what's covered.

        Margaret""")),
    ("2026-11-17 09:50:00", "a", E(f"""
        {S18}

        Dear Ms. Hughes,

        I'm sorry for the wait. We are still working on your claim and will update you as soon as we can.

        Kind regards,
        Anita Patel""")),
    ("2026-11-19 15:10:00", "a", E(f"""
        {S18}

        Dear Ms. Hughes,

        Your claim has been approved for $8,240: the ceiling repair and repainting per your contractor's quote, plus the plumber's invoice, less your $500 deductible. The payment was sent to your account today. For the drying costs, please forward the invoice when you receive it.

        Thank you for your patience throughout this process.

        Kind regards,
        Anita Patel""")),
    ("2026-11-19 16:00:00", "c", E(f"""
        {S18}

        Thank you so much, Anita — that's a huge relief. I'll send the drying invoice as soon as it arrives.

        Margaret""")),
],
     labels=dict(bt=[], progress="vague", exp=False, over=True, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="m02 'your claim will definitely be approved' before any documents -> overpromise. 'photos of the ceiling damage' reuses the customer's words inside an instruction -> not backtracking. Both interim updates (m04 'still under review', m06 'still working on it') are vague; 'We'll be in touch' is a bare next-contact statement -> no expectation_set. m07 delivers the decision (already made, not an outlook). Chase + 'really worried' -> difficult; 'huge relief' -> turnaround. Final mail thanks for patience."))

# ---------------------------------------------------------------- b2-019
conv("b2-019", lang="en", channel="chat", industry="online education (video lectures)", register="English casual",
     date="2026-11-30", tz="-08:00",
     authors={"c": ("cus-b2019", "Jake Morrison"), "a": ("agt-lchen", "Lily Chen")},
     msgs=[
    ("21:40:15", "c", "hey, I can't get the lectures to play in module 4 and I have my exam tomorrow morning. I really need to watch these tonight"),
    ("21:40:55", "a", "Hi Jake, Lily here. Let's get this sorted quickly. So the earlier modules play fine, and it's only module 4's lectures that won't start?"),
    ("21:41:30", "c", "yeah modules 1-3 are fine. module 4 is just a black screen with the spinning wheel"),
    ("21:42:05", "a", "Thanks. Which browser are you on?"),
    ("21:42:30", "c", "chrome"),
    ("21:43:10", "a", "Module 4 was re-uploaded last week in a new format, and old cached files can block it. In Chrome, press Ctrl+Shift+Delete, choose 'Cached images and files', set the time range to 'All time', clear it, then reload the lecture page."),
    ("21:45:40", "c", "ok did that... IT WORKS. lecture 4.1 is playing. that fixed it, thank you so much, you saved me"),
    ("21:46:10", "a", "Great to hear! If any other lecture acts up, just message us here. Good luck on your exam tomorrow!"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=False,
                 difficult=True, turnaround=True, did=True,
                 notes="Deadline pressure (exam tomorrow, 'really need') -> difficult. The customer cleared the cache per instructions and reported 'that fixed it' -> customer_did_it; thanks + relief -> turnaround. m02 restates the customer's situation as a question. Closing m08 wishes luck, no thanks."))

# ---------------------------------------------------------------- b2-020
conv("b2-020", lang="ja", channel="chat", industry="clinic/hospital appointment desk", register="ordinary です/ます",
     date="2026-12-01", tz="+09:00",
     authors={"c": ("cus-b2020", "西村 健一"), "a": ("agt-hayashi", "林 由美子")},
     msgs=[
    ("08:55:00", "a", "おはようございます。さくら総合病院 予約センターの林でございます。ご用件をお聞かせください。"),
    ("08:55:20", "c", "おはようございます。12月4日の10時に内科の予約をしているのですが、仕事が入ってしまったので、来週に変更できますか。"),
    ("08:56:00", "a", "かしこまりました。診察券番号を教えていただけますか。"),
    ("08:56:50", "c", "0012-5587です。"),
    ("08:57:30", "a", "ありがとうございます。来週の内科ですと、9日(水)の14時と15時半に空きがございます。"),
    ("08:58:10", "c", "水曜しか空いてないんですね…。じゃあ14時でお願いします。"),
    ("08:58:40", "a", "承知しました。変更を承りました。受付は予約時間の15分前までにお済ませください。"),
    ("08:59:20", "c", "ありがとうございます。"),
    ("08:59:45", "a", "どうぞお大事になさってください。"),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="The agent's greeting m01 precedes the customer's first message and is not a response: first_response_s = m03 - m02 = 40 s. No restatement: かしこまりました / 承知しました / generic 変更を承りました after the action. 「水曜しか空いてないんですね…」 is mild disappointment -> not difficult. Closing m09 has no thanks."))

# ---------------------------------------------------------------- b2-021
S21 = "件名: Re: 給湯器が故障しました(グランメゾン南町 203号室)"
conv("b2-021", lang="ja", channel="email", industry="apartment rental (repairs)", register="formal keigo",
     date="2026-12-01", tz="+09:00",
     authors={"c": ("cus-b2021", "岡田 里美"), "a": ("agt-sugiura", "杉浦 剛")},
     msgs=[
    ("2026-12-01 07:20:00", "c", E("""
        件名: 給湯器が故障しました(グランメゾン南町 203号室)

        南町ハウジング 管理ご担当者様

        203号室の岡田です。昨晩から給湯器のリモコンに「E-111」と表示され、お湯が出なくなりました。リセットしても直りません。
        2歳の子どもがいて、お風呂に入れられず本当に困っています。至急修理をお願いできますでしょうか。

        岡田 里美""")),
    ("2026-12-01 10:30:00", "a", E(f"""
        {S21}

        岡田 里美 様

        南町ハウジングの杉浦でございます。ご不便をおかけしており、申し訳ございません。

        > 昨晩から給湯器のリモコンに「E-111」と表示され、お湯が出なくなりました。
        > リセットしても直りません。

        本日中に協力業者へ修理を手配いたします。業者からのご連絡は通常1〜2営業日以内でございますが、部品の取り寄せが必要な場合は、修理完了まで1週間程度かかることもございます。
        近隣の銭湯「松の湯」(徒歩5分)の入浴券を2名様分、本日ポストに投函いたしますので、よろしければお使いください。

        杉浦""")),
    ("2026-12-03 19:10:00", "c", E(f"""
        {S21}

        杉浦様

        入浴券ありがとうございました。
        その後いかがでしょうか。まだ業者さんから連絡がありません。

        岡田""")),
    ("2026-12-04 09:20:00", "a", E(f"""
        {S21}

        岡田 様

        杉浦でございます。お待たせしており申し訳ございません。
        ただいま業者に確認しております。今しばらくお待ちくださいませ。

        杉浦""")),
    ("2026-12-04 16:45:00", "a", E(f"""
        {S21}

        岡田 様

        杉浦でございます。業者より連絡がございました。
        エラー内容から点火装置の部品交換が必要とのことで、本日メーカーに部品を発注いたしました。12月8日(火)の午前中に、業者が交換作業に伺う予定です。ご在宅をお願いいたします。

        杉浦""")),
    ("2026-12-08 13:30:00", "a", E(f"""
        {S21}

        岡田 様

        杉浦でございます。本日、給湯器の部品交換が完了した旨、業者より報告を受けました。
        長らくご不便をおかけいたしました。ご不便の中、辛抱強くお待ちいただき、誠にありがとうございました。

        杉浦""")),
    ("2026-12-08 18:05:00", "c", E(f"""
        {S21}

        杉浦様

        無事にお湯が出るようになりました。子どももやっと家のお風呂に入れて、ほっとしました。ありがとうございました。

        岡田""")),
],
     labels=dict(bt=[], progress="mixed", exp=True, over=False, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="The agent's only echo of the customer's content is the '>' quote in m02 -> no backtracking. m02 outlook (通常1〜2営業日／1週間程度かかることも) -> expectation_set. m04 「業者に確認しております」 names only who is checking -> vague; m05 says what was found/ordered and the next step with its date -> concrete => mixed. 「本当に困っています」 + chase -> difficult; relief + thanks -> turnaround. Contractor did the fix -> customer_did_it false."))

# ---------------------------------------------------------------- b2-022
conv("b2-022", lang="ja", channel="chat", industry="online game (account security)", register="casual-polite",
     date="2026-12-05", tz="+09:00",
     authors={"c": ("cus-b2022", "加藤 美優"), "a": ("agt-sakai", "酒井 陸")},
     msgs=[
    ("23:05:40", "c", "アカウントが乗っ取られたかもしれません。昨日の夜、知らない端末からログインしましたってメールが来て…。キャラとかアイテム消されたらと思うと不安です"),
    ("23:06:20", "a", "サポートの酒井です。ご心配ですよね。昨夜、ご自身のものではない端末からのログイン通知が届いた、ということですね。今もご自身でアカウントにログインはできていますか？"),
    ("23:07:00", "c", "はい、今はログインできてます。アイテムも今のところ消えてないです"),
    ("23:07:45", "a", "よかったです。では、今のうちに次の2つを行ってください。①設定>アカウント>パスワード変更から、他のサービスで使っていない新しいパスワードに変更 ②同じ画面の「2段階認証」をオンにする"),
    ("23:08:10", "a", "パスワードを変更すると、ほかの端末からは自動的にログアウトされます。"),
    ("23:12:30", "c", "パスワード変えて、2段階認証もオンにしました。ログイン中の端末も自分のスマホだけになってます"),
    ("23:13:00", "a", "ありがとうございます、完璧です。これでもう絶対に大丈夫です。"),
    ("23:13:40", "c", "よかった…安心しました。ありがとうございました！"),
    ("23:14:10", "a", "夜遅くに、すぐ設定していただきありがとうございました。おやすみなさい。"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=True, closing=True,
                 difficult=True, turnaround=True, did=True,
                 notes="「不安です」 -> difficult. The customer changed the password and enabled 2FA herself and reports only her own device remains -> customer_did_it. m07 「これでもう絶対に大丈夫です」 -> overpromise. Closing m09 thanks for her effort."))

# ---------------------------------------------------------------- b2-023
S23 = "件名: Re: 車検の見積もりについて"
conv("b2-023", lang="ja", channel="email", industry="car repair (inspection)", register="formal keigo",
     date="2026-11-27", tz="+09:00",
     authors={"c": ("cus-b2023", "藤井 信也"), "a": ("agt-matsuda", "松田 勇")},
     msgs=[
    ("2026-11-27 20:00:00", "c", E("""
        件名: 車検の見積もりについて

        北野自動車 御中

        12月中に車検を受けたいと思っています。車は2016年式のフィットです。
        最近、ブレーキを踏むと「キー」という高い音がするので、それも一緒に見てもらえますか。
        費用と、どのくらいの日数がかかるか教えてください。

        藤井""")),
    ("2026-11-28 10:15:00", "a", E(f"""
        {S23}

        藤井 信也 様

        北野自動車の松田でございます。お問い合わせいただき、ありがとうございます。
        ブレーキを踏んだときに「キー」という高い音が出る、というご症状でよろしいでしょうか。その場合、ブレーキパッドの摩耗が考えられますので、車検と合わせて点検いたします。

        車検の基本費用は、法定費用込みで約89,000円でございます。パッドの交換が必要な場合は、部品代と工賃で別途15,000円前後かかります。なお、今回のお見積りにタイヤ交換は含まれておりません。
        お預かりから納車までは通常2日ほどですが、部品の取り寄せが必要な場合は、メーカーの在庫状況によって前後する可能性がございます。

        松田""")),
    ("2026-11-28 12:30:00", "c", E(f"""
        {S23}

        松田様

        はい、その症状です。12月10日に持ち込もうと思います。

        藤井""")),
    ("2026-11-28 14:00:00", "a", E(f"""
        {S23}

        藤井 様

        承知いたしました。当日お待ちしております。点検後、パッド交換の要否は必ず当日中にお電話でご連絡いたします。
        当日は車検証と自賠責保険証をお持ちください。

        松田""")),
],
     labels=dict(bt=[2], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="m02 restates the brake symptom as a question and sets expectations on time (通常2日ほど／前後する可能性) and scope (tyres not included). m04 「必ず当日中にお電話でご連絡いたします」 is a commitment within the agent's control (and a next-contact statement) -> not overpromise. No thanks in the closing mail m04."))

# ---------------------------------------------------------------- b2-024
S24 = "Subject: RE: URGENT – shipment 176-55401223 stuck?"
conv("b2-024", lang="en", channel="email", industry="logistics (freight/customs)", register="English formal",
     date="2026-12-07", tz="+09:00",
     authors={"c": ("cus-b2024", "Carlos Ortiz"), "a": ("agt-ksato", "Kenji Sato")},
     msgs=[
    ("2026-12-07 08:30:00", "c", E("""
        Subject: URGENT – shipment 176-55401223 stuck?

        Hello,

        Our shipment of 3 pallets of motor housings (AWB 176-55401223) was supposed to be delivered to our Nagoya plant yesterday. Tracking has shown "customs hold" since Friday. Our production line stops on Friday if these parts don't arrive. This is urgent — please tell me what's going on.

        Carlos Ortiz
        Ortiz Manufacturing, Nagoya""")),
    ("2026-12-07 09:10:00", "a", E(f"""
        {S24}

        Dear Mr. Ortiz,

        To confirm: three pallets of motor housings under AWB 176-55401223, on customs hold since Friday, and needed at your Nagoya plant before your line stops this Friday. I'm checking with our customs broker at Narita now and will get back to you today.

        Best regards,
        Kenji Sato
        Blue Harbor Logistics""")),
    ("2026-12-07 17:45:00", "a", E(f"""
        {S24}

        Dear Mr. Ortiz,

        An update: the broker found that customs stopped the shipment because the commercial invoice was missing from the documents. Your supplier sent it to us at 15:20, and the broker filed it with customs at 16:05. The next step is customs release.

        Release usually comes within 24 hours of filing, but customs can take longer if they decide to inspect the goods, so I can't promise a date yet. If it is released by Wednesday noon, delivery to Nagoya on Thursday is realistic.

        Best regards,
        Kenji Sato""")),
    ("2026-12-08 21:00:00", "c", E(f"""
        {S24}

        Kenji, any news on the release? We're now planning for the worst case.

        Carlos""")),
    ("2026-12-09 10:30:00", "a", E(f"""
        {S24}

        Dear Mr. Ortiz,

        Customs released the shipment at 09:12 this morning, and it has been loaded on our truck to Nagoya. I'll confirm as soon as it is delivered.

        Best regards,
        Kenji Sato""")),
    ("2026-12-10 11:20:00", "a", E(f"""
        {S24}

        Dear Mr. Ortiz,

        The shipment was delivered to your Nagoya plant at 10:48 this morning and signed for by Y. Mori at the receiving dock.

        Thank you for bearing with us through this.

        Best regards,
        Kenji Sato""")),
    ("2026-12-10 13:00:00", "c", E(f"""
        {S24}

        Received. We'll need to talk about how a missing invoice went unnoticed for four days, though — this was far too close.

        Carlos""")),
],
     labels=dict(bt=[2], progress="concrete", exp=True, over=False, closing=True,
                 difficult=True, turnaround=False, did=False,
                 notes="m02 restates the shipment and deadline ('To confirm: …') and is a start-of-work notice. m03 and m05 are concrete interim updates (what was found/filed, release time). m03 also gives a hedged outlook ('usually within 24 hours… can't promise') -> expectation_set; 'I can't promise' is a negation, not an overpromise. Urgency + chase -> difficult, but the customer ends still unhappy -> no turnaround. Final mail m06 thanks for bearing with us."))

# ---------------------------------------------------------------- b2-025
conv("b2-025", lang="en", channel="chat", industry="food delivery", register="English casual",
     date="2026-11-29", tz="+01:00",
     authors={"c": ("cus-b2025", "Sam Becker"), "a": ("agt-ross", "Nina Ross")},
     msgs=[
    ("19:48:10", "c", "Hi, I ordered the chicken burger menu but got a veggie burger instead."),
    ("19:48:40", "a", "Hi Sam, Nina here — sorry about that! Can you share your order number?"),
    ("19:49:10", "c", "A-20931"),
    ("19:49:50", "a", "Thanks. I've refunded the chicken burger (€8.90) to your card just now. Refunds usually show up within 3–5 business days, though some banks take a little longer."),
    ("19:50:20", "c", "ok. it goes back to my card, not app credit?"),
    ("19:50:50", "a", "Yes, straight back to your card. I guarantee you'll see it by Friday."),
    ("19:51:10", "c", "ok cool"),
    ("19:51:30", "a", "Sorry again about the mix-up — enjoy the rest of your evening!"),
],
     labels=dict(bt=[], progress="n/a", exp=True, over=True, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Both expectation_set (m04: 'usually 3–5 business days, though some banks take longer') and overpromise (m06: 'I guarantee you'll see it by Friday', which the bank controls). 'I've refunded the chicken burger' reuses the customer's words inside the agent's own action -> not backtracking. Neutral report -> not difficult. Closing m08 is an apology."))

# ---------------------------------------------------------------- b2-026
conv("b2-026", lang="en", channel="chat", industry="online game (login outage)", register="English casual",
     date="2026-12-05", tz="+01:00",
     authors={"c": ("cus-b2026", "Marco Bianchi"), "s": ("sys-queue", "Queue"), "a": ("agt-obrien", "Sean O'Brien")},
     msgs=[
    ("20:10:02", "c", "can't log in. stuck on 'Authenticating...' every time. tried like five times, this is so frustrating, raid starts at 9"),
    ("20:10:03", "s", "You are number 4 in the queue. Average wait: 6 minutes."),
    ("20:15:40", "a", "Hi Marco, Sean here. Sorry for the wait. So the launcher gets as far as 'Authenticating…' and never goes past it — which server region are you picking?"),
    ("20:16:20", "c", "EU-West. I already restarted the router and switched my DNS to 1.1.1.1 like the forum said, didnt help"),
    ("20:16:50", "a", "Thanks for trying that. Let me check with the server team."),
    ("20:21:30", "a", "The server team confirmed a login problem on EU-West that started at 19:42; the authentication service is failing for about a third of players. They're restarting it now."),
    ("20:22:00", "a", "Restarts like this usually take 15–30 minutes, but I can't promise an exact time."),
    ("20:33:10", "c", "any update?? raid is in 30 min"),
    ("20:34:00", "a", "Still working on it on our side, sorry."),
    ("20:41:20", "a", "The fix is in — the auth service is back up on EU-West. Please try logging in again."),
    ("20:42:30", "c", "ok it works now. made it before the raid. thanks a lot man"),
    ("20:43:00", "a", "Awesome. Thanks for hanging in there with us tonight — good luck in the raid!"),
],
     labels=dict(bt=[3], progress="mixed", exp=True, over=False, closing=True,
                 difficult=True, turnaround=True, did=False,
                 notes="System queue message m02 is excluded: first_response_s = m03 - m01 = 338 s. m05 is a start-of-work notice; m06 concrete (what the server team found/does), m09 vague ('Still working on it') -> mixed. m07 hedged outlook -> expectation_set. The customer's own router/DNS steps did not help; the company fixed the server -> customer_did_it false. Frustration + chase -> difficult; thanks -> turnaround."))

# ---------------------------------------------------------------- b2-027
conv("b2-027", lang="ja", channel="chat", industry="municipal services (facility reservation)", register="ordinary です/ます",
     date="2026-12-02", tz="+09:00",
     authors={"c": ("cus-b2027", "吉村 悠"), "a": ("agt-ishida", "石田 奈央")},
     msgs=[
    ("10:20:11", "c", "施設予約システムにログインしようとしたら、パスワードを忘れてしまって入れません。体育館の予約をしたいです。"),
    ("10:20:50", "a", "青葉市施設予約ヘルプデスクの石田です。承知しました。ログイン画面の下にある「パスワードを忘れた方」から再設定ができます。"),
    ("10:21:20", "a", "再設定の画面では、必ず利用者登録のときのメールアドレスを入力してください。別のアドレスですと再設定のメールが届きません。"),
    ("10:22:05", "c", "じゃあ、登録したメールアドレスに再設定のメールが届くってことですね？"),
    ("10:22:30", "a", "はい、その通りです。"),
    ("10:25:40", "c", "メールが届いて、新しいパスワードを設定できました。ログインもできました！"),
    ("10:26:10", "a", "よかったです。体育館の予約は、ログイン後の「施設を探す」から空き状況をご覧いただけます。"),
    ("10:27:00", "c", "見つかりました。ありがとうございます！"),
    ("10:27:30", "a", "お手続きいただき、ありがとうございました。ご利用をお待ちしております。"),
],
     labels=dict(bt=[], progress="n/a", exp=False, over=False, closing=True,
                 difficult=False, turnaround=False, did=True,
                 notes="No backtracking: bare 承知しました, the customer's word パスワード reused in the agent's instruction, and m05 only confirms the customer's own restatement (「はい、その通りです」). 「必ず…入力してください」 is an instruction -> not overpromise. The customer reset the password herself and reports logging in -> customer_did_it. Not difficult, so the customer's thanks is not a turnaround. Closing m09 thanks for her effort."))

# ---------------------------------------------------------------- b2-028
S28 = "件名: Re: 携行品損害の保険金請求(証券番号 TR-2209871)"
conv("b2-028", lang="ja", channel="email", industry="insurance claims (travel)", register="very formal keigo",
     date="2026-11-10", tz="+09:00",
     authors={"c": ("cus-b2028", "池田 智美"), "a": ("agt-ono", "大野 聡子")},
     msgs=[
    ("2026-11-10 14:00:00", "c", E("""
        件名: 携行品損害の保険金請求(証券番号 TR-2209871)

        ご担当者様

        11月3日からのハワイ旅行で、帰りの便で預けたスーツケースが破損していました。航空会社の破損証明書と修理見積書(38,500円)を添付いたします。保険金の請求をお願いいたします。

        池田 智美""")),
    ("2026-11-11 10:00:00", "a", E(f"""
        {S28}

        池田 智美 様

        このたびはご連絡いただき、誠にありがとうございます。海外旅行保険 保険金サービス課の大野でございます。
        ご提出いただいた書類を受領いたしました。内容を確認のうえ、改めてご連絡申し上げます。

        大野""")),
    ("2026-11-18 09:30:00", "c", E(f"""
        {S28}

        大野様

        その後いかがでしょうか。1週間ほど経ちましたので、状況を教えていただけますと幸いです。

        池田""")),
    ("2026-11-18 15:20:00", "a", E(f"""
        {S28}

        池田 様

        大野でございます。お問い合わせの件、現在、担当部署にて確認中でございます。今しばらくお待ちくださいますよう、お願い申し上げます。

        大野""")),
    ("2026-11-24 11:00:00", "a", E(f"""
        {S28}

        池田 様

        大野でございます。引き続き確認を進めております。恐れ入りますが、もうしばらくお時間をいただけますでしょうか。
        お待ちいただき、ありがとうございます。

        大野""")),
    ("2026-11-27 16:40:00", "a", E(f"""
        {S28}

        池田 様

        大野でございます。審査が完了いたしましたので、ご報告申し上げます。
        修理見積額から免責金額3,000円を差し引いた35,500円をお支払いすることとなり、本日、ご指定の口座へのお振り込み手続きをいたしました。
        今後とも何卒よろしくお願い申し上げます。

        大野

        > 大野でございます。引き続き確認を進めております。恐れ入りますが、もうしばらくお時間をいただけますでしょうか。
        > お待ちいただき、ありがとうございます。""")),
    ("2026-11-27 18:00:00", "c", E(f"""
        {S28}

        大野様

        承知しました。

        池田""")),
],
     labels=dict(bt=[], progress="vague", exp=False, over=False, closing=False,
                 difficult=True, turnaround=False, did=False,
                 notes="m02 is a receipt/start-of-work notice with a bare next-contact statement (改めてご連絡) -> no expectation_set. m04 (担当部署にて確認中 — names only who) and m05 (引き続き確認) are vague -> progress vague. The thanks in m05 is mid-conversation (days before the close); in the final mail m06 it appears only inside '>' quoted lines -> closing_gratitude false. Polite chase -> difficult; bare 承知しました -> no turnaround."))

# ---------------------------------------------------------------- b2-029
conv("b2-029", lang="ja", channel="chat", industry="gas utility", register="formal keigo / casual customer",
     date="2026-12-06", tz="+09:00",
     authors={"c": ("cus-b2029", "長谷川 剛"), "a": ("agt-kubo", "久保 真理子")},
     msgs=[
    ("07:10:30", "c", "朝からガスが使えません。コンロもお風呂もつかなくて困っています"),
    ("07:11:10", "a", "東都ガス お客さまセンターの久保でございます。ご不便をおかけしております。コンロもお風呂の給湯器も点火しない状態とのことですね。ガスメーターに赤いランプが点滅していないか、ご確認いただけますでしょうか。"),
    ("07:13:00", "c", "見てきました。赤いランプがチカチカしてます"),
    ("07:13:40", "a", "ありがとうございます。ガスメーターの安全装置が作動している状態です。以下の手順で復帰をお願いいたします。"),
    ("07:14:10", "a", "①すべてのガス器具を止める ②メーターの復帰ボタンのキャップを外し、ボタンを奥までしっかり押してすぐ離す ③ランプが再び点滅するので、そのまま3分間はガスを使わずに待つ"),
    ("07:19:20", "c", "3分待ったらランプが消えて、コンロつきました！お湯も出ます"),
    ("07:19:50", "a", "復帰できてよかったです。もし何度も同じ状態になる場合は、点検が必要ですので、すぐにご連絡ください。"),
    ("07:20:30", "c", "助かりました。ありがとうございます"),
    ("07:21:00", "a", "朝のお忙しい時間に、ご対応いただきありがとうございました。"),
],
     labels=dict(bt=[2], progress="n/a", exp=False, over=False, closing=True,
                 difficult=True, turnaround=True, did=True,
                 notes="m02 restates the situation (「〜とのことですね」). The customer reset the gas meter himself and reports the stove and hot water work -> customer_did_it. 「困っています」 -> difficult; 「助かりました」 -> turnaround. Closing thanks for his effort."))

# ---------------------------------------------------------------- b2-030
conv("b2-030", lang="ja", channel="chat", industry="online education (billing)", register="formal keigo",
     date="2026-12-07", tz="+09:00",
     authors={"c": ("cus-b2030", "三浦 恭子"), "a": ("agt-kawai", "河合 陽介"), "b": ("agt-shibata", "柴田 瑞穂")},
     msgs=[
    ("14:00:05", "c", "月額プランの料金が、今月2回引き落とされているようです。返金してもらえますか。"),
    ("14:00:40", "a", "お問い合わせありがとうございます。まなびネットの河合です。お支払いに関するお問い合わせのため、請求担当におつなぎいたします。"),
    ("14:01:00", "a", "請求担当へエスカレ。会員ID: MN-662014", "internal"),
    ("14:01:10", "a", "担当の柴田に代わります。少々お待ちください。"),
    ("14:01:30", "c", "はい、お願いします。"),
    ("14:02:30", "b", "お待たせいたしました。請求担当の柴田です。12月分の月額料金が2回引き落とされている、ということですね。お支払い記録を確認いたします。"),
    ("14:03:00", "b", "12/1決済が二重。決済代行の再試行処理によるもの。1件返金処理。", "internal"),
    ("14:03:20", "b", "返金処理済み。カード会社への反映待ち。", "internal"),
    ("14:04:20", "b", "確認いたしました。12月1日に同じ金額(2,980円)が2回決済されておりましたので、1回分の返金手続きを行いました。カード会社によって異なりますが、返金の反映には通常1〜2か月ほどかかる場合がございます。"),
    ("14:05:10", "c", "わかりました。ありがとうございます。"),
],
     labels=dict(bt=[6], progress="n/a", exp=True, over=False, closing=False,
                 difficult=False, turnaround=False, did=False,
                 notes="Two agents. Public messages: 河合 2 (m02, m04), 柴田 2 (m06, m09); 柴田's two internal notes do not count -> tie, broken by the earlier first public message -> primary_agent_id agt-kawai. m06 restates the double charge. m09 hedged refund timing -> expectation_set. Short look-up -> progress n/a. The only agent thanks is the opening in m02; closing turn (m06+m09) has none."))
