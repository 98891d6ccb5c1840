# -*- coding: utf-8 -*-
"""Japanese conversations b3-001 .. b3-033 (hand-written).

Each conversation: dict with
  cid, lang, channel, industry, register, tz, start (local, no offset),
  people: key -> (role, author_id, author_name[, tz override])
  msgs: list of (t_seconds_from_start, who, text[, {"internal": True}])
  lab: label spec; message references are 1-based message numbers (mNN).
"""

def T(d=0, h=0, m=0, s=0):
    return d * 86400 + h * 3600 + m * 60 + s


CONVS = []

# ---------------------------------------------------------------- b3-001
CONVS.append(dict(
    cid="b3-001", lang="ja", channel="chat", industry="home internet/router", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-02T20:14:00",
    people={"c": ("customer", "cu-j001", "岡本 里奈"), "a": ("agent", "ag-mori", "森")},
    msgs=[
        (0, "c", "こんばんは。昨日の夜から自宅のWi-Fiにまったくつながりません。ルーターのランプが赤く点滅しています。明日も在宅勤務なので本当に困っています。"),
        (48, "a", "お問い合わせありがとうございます。サポート担当の森です。ネットが使えないとご心配ですよね。これから一緒に確認していきましょう。"),
        (70, "a", "念のため確認させてください。ルーター本体のランプが赤く点滅していて、昨夜からWi-Fiにまったくつながらない状態、ということでよろしいでしょうか。"),
        (110, "c", "はい、スマホもパソコンもダメです。"),
        (140, "a", "ありがとうございます。それでは、ルーター背面の電源ケーブルを一度抜いていただけますか。抜けましたら教えてください。"),
        (200, "c", "抜きました。"),
        (215, "a", "では30秒ほど置いてから、もう一度差し込んでみてください。ランプの色が落ち着いたら、何色になったか教えていただけますか。"),
        (420, "c", "緑の点灯になりました!でもスマホはまだつながってないです。"),
        (445, "a", "再起動の操作、ばっちりです。あと一息ですね。スマホの設定からWi-Fiを一度オフにして、数秒後にオンに戻してみていただけますか。"),
        (520, "c", "つながりました!!パソコンも大丈夫です。本当に助かりました、ありがとうございます。"),
        (540, "a", "無事につながって本当に良かったです。本日はお時間をいただき、ありがとうございました。"),
    ],
    lab=dict(bt=[3], progress="n/a", exp=False, over=False, close=True, diff=True, turn=True, did=True,
             step=[5, 7, 9], vic=[], enc=[9], care=[2, 11],
             notes="Difficult: 「本当に困っています」 (anxiety, work-from-home tomorrow). m03 restates the red blinking lamp and no connection since last night. Steps one per message (m05, m07, m09); m05 opens with 「ありがとうございます」 = thanks for information, not encouragement. m09 「再起動の操作、ばっちりです。あと一息ですね」 is praise tied to the customer's restart. m02 is a generic acknowledgement of worry (no restatement of specifics). Customer reconnected by themselves and thanked -> turnaround and customer_did_it. Closing m11 thanks for time today."),
))

# ---------------------------------------------------------------- b3-002
CONVS.append(dict(
    cid="b3-002", lang="ja", channel="chat", industry="smartphone app (household budget)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-03T13:05:00",
    people={"c": ("customer", "cu-j002", "中島 かおり"), "a": ("agent", "ag-kawaguchi", "川口")},
    msgs=[
        (0, "c", "家計簿アプリの『マネログ』を使っています。パソコンで入力した分がスマホに出てきません。"),
        (60, "a", "マネログサポートの川口です。恐れ入りますが、ご登録のメールアドレスを教えていただけますか。"),
        (130, "c", "kaori.n@example.jp です"),
        (190, "a", "ご連絡ありがとうございます。アカウントは正常に登録されています。では、スマホのアプリを開いて、右上の歯車マークをタップしていただけますか。"),
        (250, "c", "押しました。メニューがいくつか出てます"),
        (270, "a", "その中の『データ同期』をタップして、表示されたスイッチがオンになっているか見ていただけますか。"),
        (330, "c", "オフになってました!"),
        (350, "a", "よく見つけてくださいました、原因はまさにそこです。スイッチをオンにしたら、画面を下に引っぱって更新してみてください。"),
        (420, "c", "出てきました!パソコンで入れた分、全部あります。"),
        (455, "a", "同期がオフになっていたケースは実は多く、同じお問い合わせをくださった方の多くも、このスイッチをオンにするだけで元通りになっています。お問い合わせいただきありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[4, 6, 8], vic=[10], enc=[8], care=[],
             notes="m02 asks only for the e-mail address (with 恐れ入りますが): not a step, not emotional care. m04 「ご連絡ありがとうございます」 is thanks for information; the same message then asks for the gear-icon step. m08 praises the customer for finding the switch. m10 tells that many others with the same problem fixed it with this switch (vicarious, after the success). Closing thanks only for the inquiry -> closing_gratitude false. Customer turned the switch on and reported success -> customer_did_it."),
))

# ---------------------------------------------------------------- b3-003
CONVS.append(dict(
    cid="b3-003", lang="ja", channel="chat", industry="banking app", register="very formal keigo",
    tz="+09:00", start="2026-11-04T08:40:00",
    people={"b": ("bot", "bot-mirai", "みらい銀行 自動応答"), "c": ("customer", "cu-j003", "山本 祐樹"), "a": ("agent", "ag-fujiwara", "藤原")},
    msgs=[
        (0, "b", "みらい銀行アプリサポートです。ご用件をご入力ください。担当者におつなぎいたします。"),
        (20, "c", "アプリのパスワードを何回か間違えてしまい、ロックされてしまいました。給料日前で引き落としも多いので、お金が動かせないと思うと不安です。"),
        (95, "a", "みらい銀行サポートの藤原でございます。ご不安なお気持ち、お察しいたします。すぐに確認いたしますので、どうぞご安心くださいませ。"),
        (110, "a", "念のためお伺いいたします。アプリへのログイン時にパスワードを続けて誤って入力され、その後ロックの表示が出た、ということでよろしいでしょうか。"),
        (150, "c", "はい、そうです。3回くらい間違えました。"),
        (175, "a", "恐れ入りますが、ご本人様確認のため、お名前(カナ)と生年月日をご入力いただけますでしょうか。"),
        (230, "c", "ヤマモト ユウキ 1988年4月2日です"),
        (260, "a", "ご本人様確認が取れました。ただいま当方にてロックを解除いたしますので、少々お待ちくださいませ。"),
        (380, "a", "ロックの解除が完了いたしました。これまでのパスワードでログインいただける状態でございます。"),
        (470, "c", "ログインできました!残高も見られます。安心しました、ありがとうございます。"),
        (500, "a", "ご本人様確認にご協力いただき、誠にありがとうございました。今後ともみらい銀行をよろしくお願い申し上げます。"),
    ],
    lab=dict(bt=[4], progress="n/a", exp=False, over=False, close=True, diff=True, turn=True, did=False,
             step=[], vic=[], enc=[], care=[3],
             notes="Bot greeting precedes the customer; first_response_s counts from the customer's first message to the agent (bot excluded). Anxiety 「不安です」. The bank unlocked the account (m08-m09); the customer only logged in afterwards -> customer_did_it false; no agent message asks the customer to do a step. m06 恐れ入りますが + ID request is not care. Customer ends with relief and thanks -> turnaround. Closing thanks for cooperation with identity check -> closing_gratitude."),
))

# ---------------------------------------------------------------- b3-004
CONVS.append(dict(
    cid="b3-004", lang="ja", channel="chat", industry="printers (home)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-05T15:22:00",
    people={"c": ("customer", "cu-j004", "今村 徹"), "a": ("agent", "ag-kobayashi", "小林")},
    msgs=[
        (0, "c", "プリンター(PX-720)がパソコンから印刷できません。『オフライン』と出ます。"),
        (50, "a", "プリンターサポートの小林です。ご不便をおかけしてしまい、申し訳ありません。次の手順をお試しください。\n1. プリンターの電源を切り、30秒待ってから入れ直す\n2. パソコンの『設定』→『プリンターとスキャナー』でPX-720を選ぶ\n3. 『印刷キューを開く』→上部の『プリンター』メニューで『プリンターをオフラインで使用する』のチェックを外す\n終わりましたら結果を教えてください。"),
        (400, "c", "全部やってみましたが、まだ『オフライン』のままです。"),
        (430, "a", "次に、プリンターの操作パネルで『Wi-Fi設定』→『接続診断』を選んでいただけますか。結果の画面に何と出ているか教えてください。"),
        (600, "c", "『接続OK』と出ます。でもパソコンからはまだ印刷できません。もう何度もやってるんですけど。いい加減にしてほしいです。"),
        (640, "a", "たくさん試していただいたのに解決に至らず、本当に申し訳ございません。ここまでの結果から、本体の無線基板の不具合が考えられますので、修理でお預かりする形をご案内いたします。"),
        (660, "a", "修理は通常、お預かりから1週間前後でお戻しできますが、部品の在庫状況により前後する可能性がございます。引き取りの手配はこちらで行いますので、ご希望の日時をお知らせいただけますか。"),
        (760, "c", "わかりました。明後日の午前でお願いします。"),
        (800, "a", "引き取りの手配が完了いたしました。確認のメールをお送りしましたのでご覧ください。本日はお時間をいただき、ありがとうございました。"),
        (840, "c", "はい。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=True, diff=True, turn=False, did=False,
             step=[2, 4], vic=[], enc=[], care=[2, 6],
             notes="Numbered step list (m02) and a single step (m04); the customer's actions did not fix it. Frustration 「もう何度もやってる」「いい加減にしてほしい」. m06 is an apology for the failed attempts (care); it does not restate the customer's specifics. m07 gives a hedged repair outlook (通常…前後する可能性) and asks only for a pickup date (not a step). Company repair -> customer_did_it false. Customer ends with bare 「はい。」 -> no turnaround. Closing m09 thanks for time today."),
))

# ---------------------------------------------------------------- b3-005
CONVS.append(dict(
    cid="b3-005", lang="ja", channel="chat", industry="games (mobile)", register="casual chat",
    tz="+09:00", start="2026-11-06T23:31:00",
    people={"c": ("customer", "cu-j005", "りょう"), "a": ("agent", "ag-yu", "ユウ")},
    msgs=[
        (0, "c", "ジェム買ったのに反映されてないんだけど??? 3000円払ったのに。金返して"),
        (40, "a", "ほしぞらクエスト運営サポートのユウです!ご迷惑をおかけして本当にごめんなさい。すぐに調べますね。"),
        (55, "a", "お手数ですが、購入時のレシートにある注文ID(GPA.から始まる番号)を送ってもらえますか?"),
        (120, "c", "GPA.3391-2280-1147-55021"),
        (150, "a", "決済ログ確認。決済成功、付与処理がタイムアウト。手動付与で対応。", {"internal": True}),
        (330, "a", "確認できました!決済は完了していましたが、こちらのシステムの処理が途中で止まっていました。今、3000円分のジェムをこちらで付与しました。"),
        (390, "c", "来た。"),
        (420, "a", "反映されたようで本当によかったです!引き続きほしぞらクエストを楽しんでくださいね。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2, 8],
             notes="Anger with ??? and 「金返して」 -> difficult. m03 asks only for the order ID (not a step). Internal note excluded. The company granted the gems (m06): customer_did_it false. Customer's last message 「来た。」 is a bare success report -> no turnaround. m08 shares relief (care) but contains no thanks -> closing_gratitude false. Look-up took ~4 min inside normal back-and-forth -> progress n/a."),
))

# ---------------------------------------------------------------- b3-006
CONVS.append(dict(
    cid="b3-006", lang="ja", channel="chat", industry="smart home (smart lock)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-07T10:48:00",
    people={"c": ("customer", "cu-j006", "佐藤 美和"), "a": ("agent", "ag-sano", "佐野")},
    msgs=[
        (0, "c", "スマートロック『キーレスONE』を買いました。家族の分の合鍵をアプリで発行したいのですが、やり方がわかりません。"),
        (45, "a", "キーレスONEサポートの佐野です。ご購入ありがとうございます。キーレスONEは合鍵の発行も数タップで済むのが魅力なんです。まずアプリを開いて、画面下の『メンバー』をタップしていただけますか。"),
        (120, "c", "開きました。『メンバーを招待』というボタンがあります。"),
        (140, "a", "その画面で合っています。次は『メンバーを招待』を押して、ご家族のメールアドレスを入力してみてください。"),
        (260, "c", "入力しました。その下に『権限』っていうのがあって、よくわからないです。"),
        (290, "a", "権限の画面の見本をお送りしますね。\n[画像: 権限設定の画面キャプチャ。『いつでも解錠可』に赤い丸印]\nこの画像と同じように『いつでも解錠可』を選んでから、『送信』を押してみてください。"),
        (420, "c", "送信しました!家族のスマホにも通知が来て、開けられたそうです。"),
        (445, "a", "ばっちり発行できていますね。最後までご対応いただき、ありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[2, 4, 6], vic=[6], enc=[4, 8], care=[],
             notes="m02 praises the product (合鍵の発行も数タップで済むのが魅力) - not encouragement - and gives the first step. m04 「その画面で合っています」 affirms the customer's navigation. m06 sends an annotated screenshot to copy (demonstration -> vicarious) plus the step. m08 affirms the customer's result and thanks for their effort in the closing turn. Not difficult (「よくわからないです」 is neutral puzzlement)."),
))

# ---------------------------------------------------------------- b3-007
CONVS.append(dict(
    cid="b3-007", lang="ja", channel="chat", industry="software/SaaS (attendance)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-09T09:12:00",
    people={"c": ("customer", "cu-j007", "長谷川 誠"), "a": ("agent", "ag-ishii", "石井", "+00:00")},
    msgs=[
        (0, "c", "勤怠クラウドの管理者です。今朝9時から全社員150名が打刻できません。『サーバーに接続できません』と出ます。現場が混乱しているので、至急対応してください。"),
        (90, "a", "勤怠クラウドサポートの石井です。業務に大きな影響が出ており、誠に申し訳ございません。"),
        (120, "a", "確認させてください。本日9時ごろから、全社員の方が打刻画面で『サーバーに接続できません』というエラーになっている、ということでお間違いないでしょうか。"),
        (160, "c", "そうです。PCからもスマホからもです。"),
        (200, "a", "ありがとうございます。同様のご報告を複数いただいており、サービス側の障害として調査を開始いたしました。"),
        (900, "a", "原因は、本日早朝に更新したサーバー証明書の設定不備と判明しました。現在、証明書の差し替え作業を行っております。復旧は30分程度を見込んでおりますが、作業状況により前後する可能性がございます。"),
        (2700, "c", "まだですか?30分過ぎてますけど。"),
        (2760, "a", "引き続き対応しております。今しばらくお待ちください。"),
        (3300, "a", "先ほど証明書の差し替えが完了し、打刻機能が復旧いたしました。ご不便をおかけし、申し訳ございませんでした。"),
        (3420, "c", "復旧を確認しました。"),
    ],
    lab=dict(bt=[3], progress="mixed", exp=True, over=False, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2, 9],
             notes="Mixed offsets: customer +09:00, agent +00:00 (first_response_s = 90). Urgency: 150 staff cannot clock in, 至急. m05 is a start-of-work notice (not an update). m06 is a concrete interim update (cause found, work in progress) with a hedged 30-minute outlook; m08 after the chase is vague. m09 delivers the result and apologises for the trouble (care). Customer's last message is a bare confirmation without thanks -> no turnaround. Company fix -> customer_did_it false. Closing has no thanks."),
))

# ---------------------------------------------------------------- b3-008
CONVS.append(dict(
    cid="b3-008", lang="ja", channel="chat", industry="e-commerce", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-10T12:02:00",
    people={"c": ("customer", "cu-j008", "青木 直子"), "a": ("agent", "ag-nakamura", "中村")},
    msgs=[
        (0, "c", "先ほど注文した商品のお届け先を変更したいです。自宅ではなく勤務先に送ってほしいです。"),
        (30, "a", "ショップ楽市カスタマーサポートの中村です。恐れ入りますが、ご注文番号を教えていただけますでしょうか。"),
        (95, "c", "R-20261110-4471 です。勤務先は東京都港区芝5-1-10 サクラビル3階、株式会社ミナト宛でお願いします。"),
        (130, "a", "お届け先を、ご自宅から勤務先の『東京都港区芝5-1-10 サクラビル3階 株式会社ミナト』様宛に変更する、ということでよろしいでしょうか。"),
        (160, "c", "はい、お願いします。"),
        (175, "a", "承知しました。こちらで変更いたしますので、そのままお待ちください。"),
        (240, "a", "お届け先の変更が完了しました。変更後の内容は確認メールでもお送りしております。またのご利用をお待ちしております。"),
        (275, "c", "ありがとうございます。"),
    ],
    lab=dict(bt=[4], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="Negative control for the message lists: m02 恐れ入りますが + order number (not care, not a step); m06 the agent does the change (こちらで変更いたします, not a step). m04 restates the new address -> backtracking. Closing 「またのご利用をお待ちしております」 has no thanks."),
))

# ---------------------------------------------------------------- b3-009
CONVS.append(dict(
    cid="b3-009", lang="ja", channel="chat", industry="clinic (booking app)", register="ordinary desu/masu (gentle)",
    tz="+09:00", start="2026-11-11T14:30:00",
    people={"c": ("customer", "cu-j009", "村田 節子"), "a": ("agent", "ag-takahashi", "高橋")},
    msgs=[
        (0, "c", "病院の予約アプリを娘に入れてもらったのですが、使い方がさっぱりわかりません。機械が苦手で、ちゃんとできるか不安です。"),
        (60, "a", "さくら内科クリニック予約サポートの高橋です。初めてのアプリは戸惑いますよね。ゆっくりで大丈夫ですので、一緒にやっていきましょう。"),
        (75, "a", "まず、アプリを開いたら、画面の下のほうにある『予約する』という青いボタンを押していただけますか。"),
        (180, "c", "押しました。カレンダーが出てきました。"),
        (200, "a", "その調子です、順調に進められていますね。では、ご希望の日にちを押してみてください。"),
        (320, "c", "あら、間違えて『キャンセル』を押してしまいました。最初の画面に戻りました。"),
        (340, "a", "大丈夫ですよ、何も消えていませんので安心してください。もう一度『予約する』を押していただけますか。カレンダーに戻れます。"),
        (430, "c", "戻れました。12月3日を押したら、時間がいくつか出てきました。"),
        (450, "a", "あと一息です。ご都合のよい時間を選んで、下の『確定』を押してください。"),
        (560, "c", "予約できました!『予約が完了しました』と出ています。ありがとうございます、ほっとしました。"),
        (580, "a", "無事にご予約いただけて、私もうれしいです。ご自分でしっかり操作できていましたよ。お付き合いいただき、ありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=True, turn=True, did=True,
             step=[3, 5, 7, 9], vic=[], enc=[5, 9, 11], care=[2, 7, 11],
             notes="Anxiety 「ちゃんとできるか不安です」. One step per message (m03, m05, m07, m09). m07 reassures after the customer's slip (care) and gives the way back (step). m05/m09 encourage the next step tied to progress; m11 shares relief (care), affirms the customer's own operation (encouragement) and thanks for their time (closing). Customer booked herself and thanked -> turnaround, customer_did_it."),
))

# ---------------------------------------------------------------- b3-010
CONVS.append(dict(
    cid="b3-010", lang="ja", channel="chat", industry="utilities (electricity)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-12T19:05:00",
    people={"c": ("customer", "cu-j010", "原田 健"), "a": ("agent", "ag-matsumoto", "松本")},
    msgs=[
        (0, "c", "電気料金の過去の明細をPDFでダウンロードしたいのですが、どこからできますか。"),
        (40, "a", "ひかり電力サポートの松本です。過去の明細のダウンロード方法は、こちらのヘルプページにまとめております。\nhttps://help.hikari-denryoku.example/bill-pdf\nご不明点があれば、お気軽にお知らせください。"),
        (110, "c", "ありがとうございます。あとで見てみます。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="Near-miss: a bare help-article link is not vicarious experience and not a concrete step; 「ご不明点があれば…」 is generic. Customer will read it later, success not shown -> customer_did_it false. Single agent message has no thanks."),
))

# ---------------------------------------------------------------- b3-011
CONVS.append(dict(
    cid="b3-011", lang="ja", channel="chat", industry="travel (airline)", register="formal keigo",
    tz="+09:00", start="2026-11-13T21:40:00",
    people={"c": ("customer", "cu-j011", "佐藤 花子"), "a": ("agent", "ag-okada", "岡田")},
    msgs=[
        (0, "c", "明日の朝7時の便を予約しているのですが、名前のローマ字が間違っていました。国際線なので乗れなくなるのではと焦っています。急いでいます。"),
        (70, "a", "スカイブリッジ航空予約センターの岡田でございます。さぞご心配のことと存じます。すぐに確認いたします。"),
        (90, "a", "恐れ入りますが、予約番号と、正しいお名前の綴りをお知らせいただけますでしょうか。"),
        (170, "c", "予約番号はK7Q2LMです。『SATOU HANAKO』になっていますが、パスポートは『SATO HANAKO』です。"),
        (200, "a", "ご予約K7Q2LMのお名前を、パスポートに合わせて『SATOU』から『SATO』にご訂正されたい、ということでございますね。"),
        (225, "c", "はい、そうです。"),
        (410, "a", "当方で綴りの訂正手続きを完了いたしました。訂正後のeチケット控えは、通常10分ほどでご登録のメールアドレスに届きますが、混雑状況により遅れる場合がございます。"),
        (950, "c", "届きました。SATOになっています。本当に助かりました。"),
        (990, "a", "ご確認いただきありがとうございます。最後までお付き合いいただき、誠にありがとうございました。どうぞお気をつけて行ってらっしゃいませ。"),
    ],
    lab=dict(bt=[5], progress="n/a", exp=True, over=False, close=True, diff=True, turn=True, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Urgency/anxiety: flight tomorrow morning, 焦っています, 急いでいます. m02 acknowledges the worry in general terms (care). m05 restates the booking and spelling change. The airline corrected the name (company fix) -> customer_did_it false. m07 gives a hedged e-ticket outlook (通常…遅れる場合). Customer relieved and grateful -> turnaround. m09 opens with thanks for checking and then thanks for their time/cooperation -> closing_gratitude."),
))

# ---------------------------------------------------------------- b3-012
CONVS.append(dict(
    cid="b3-012", lang="ja", channel="chat", industry="government services (online application)", register="very formal keigo",
    tz="+09:00", start="2026-11-16T10:20:00",
    people={"c": ("customer", "cu-j012", "加藤 正"), "a": ("agent", "ag-endo", "遠藤")},
    msgs=[
        (0, "c", "電子申請でマイナンバーカードを読み取ろうとしているのですが、スマートフォンでうまく読み取れません。"),
        (80, "a", "市民オンライン窓口サポートの遠藤でございます。お手数をおかけいたしますが、スマートフォンのケースを外し、カードを本体背面の中央に当てたまま、画面の表示が変わるまで動かさずにお待ちいただけますでしょうか。"),
        (240, "c", "ケースを外してやってみましたが、『読み取れませんでした』と表示されます。"),
        (270, "a", "ご確認いただきありがとうございます。同様のお問い合わせでは、NFCをオンにすることで読み取れるようになった方が多くいらっしゃいます。スマートフォンの『設定』→『接続』→『NFC』を開き、オフになっている場合はオンに切り替えていただけますでしょうか。"),
        (400, "c", "オンになっていました。もう一度試しましたが、やはり読み取れません。"),
        (440, "a", "ご確認いただきありがとうございます。お使いの機種によってはカードの読み取りに対応していない場合がございます。大変恐縮ではございますが、市役所1階の市民課窓口でお手続きいただくか、コンビニの証明書交付サービスをご利用いただけますでしょうか。"),
        (520, "c", "わかりました。"),
        (545, "a", "本日はご対応いただき、誠にありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=False,
             step=[2, 4], vic=[4], enc=[], care=[],
             notes="Steps m02 and m04 failed for the customer (action failing); m04 also tells that many in the same situation succeeded by turning NFC on (vicarious, even though it did not help here). 「お手数をおかけいたしますが」 softens a request and 「ご確認いただきありがとうございます」 is thanks for information: neither is care nor encouragement. m06 points to the city office / convenience-store service (another channel) -> not a step. Customer is neutral throughout (「やはり読み取れません」 is a factual report of the result, not a complaint) -> not difficult. Closing thanks for the customer's effort today."),
))

# ---------------------------------------------------------------- b3-013
CONVS.append(dict(
    cid="b3-013", lang="ja", channel="chat", industry="insurance (car accident)", register="formal keigo",
    tz="+09:00", start="2026-11-17T17:52:00",
    people={"c": ("customer", "cu-j013", "松井 亮"), "a": ("agent", "ag-tamura", "田村")},
    msgs=[
        (0, "c", "さきほど駐車場で車をぶつけてしまいました。相手の方もいて、どうしたらいいのか分からなくて頭が真っ白です。"),
        (40, "a", "あおば損保 事故受付の田村でございます。さぞ動揺されていることと存じます。まず、お怪我をされた方はいらっしゃいませんか。"),
        (100, "c", "誰も怪我はしていません。車がへこんだだけです。"),
        (125, "a", "お怪我がなくて何よりでした。ゆっくりで構いませんので、一つずつ進めてまいりましょう。"),
        (150, "a", "アプリから事故のご報告ができます。次の順番でお進めください。\n1. アプリのホーム画面で『事故の報告』を押す\n2. 事故の場所と時刻を入力する\n3. ご自身の車と相手の車のキズの写真を、それぞれ撮影して添付する\n4. 最後に『送信』を押す\nわからないところがあれば、その都度お知らせください。"),
        (600, "c", "写真まで添付しました。相手の車のナンバーも撮ったほうがいいですか?"),
        (630, "a", "はい、ナンバーもお撮りいただけると大変助かります。写真の添付まで落ち着いて進められていますね、あとは送信ボタンだけです。"),
        (820, "c", "送信できました。受付番号も出ました。"),
        (850, "a", "確かに受付いたしました。担当者から通常1時間以内にお電話いたしますが、状況によってはお時間をいただく場合がございます。なお、今回の件は保険金を必ずお支払いできますので、どうぞご安心ください。"),
        (920, "c", "ありがとうございます。少し落ち着きました。"),
        (940, "a", "ご協力ありがとうございました。お電話をお待ちくださいませ。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=True, close=True, diff=True, turn=True, did=True,
             step=[5, 7], vic=[], enc=[7], care=[2, 4, 9],
             notes="Anxiety 「頭が真っ白です」. m04 shared relief + reassurance (ゆっくりで構いません). m05 numbered sequence; m07 asks for the plate photo (step) and praises calm progress (encouragement). m09 has a hedged call-back outlook (expectation) and an unconditional, baseless 「保険金を必ずお支払いできます」 (overpromise) with 「ご安心ください」 (reassurance -> care). The customer filed the report themselves and it was received -> customer_did_it. Last customer message thanks + calmer after the report was completed -> turnaround."),
))

# ---------------------------------------------------------------- b3-014
CONVS.append(dict(
    cid="b3-014", lang="ja", channel="chat", industry="software/SaaS (cloud storage)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-18T11:03:00",
    people={"c": ("customer", "cu-j014", "西村 拓也"), "a": ("agent", "ag-nishida", "西田")},
    msgs=[
        (0, "c", "共有リンクを取引先に送ったのに、『アクセス権がありません』と言われて開けないそうです。"),
        (50, "a", "クラウドボックスサポートの西田です。取引先の方が共有リンクを開こうとすると『アクセス権がありません』と表示される、という状況ですね。"),
        (80, "c", "はい。"),
        (110, "a", "では画面共有で操作をお見せしますね。こちらから画面共有をご覧ください。https://meet.cloudbox.example/s/8841\n今お見せしているように、ファイルの右側にある『共有』ボタンを押すと、『リンクの設定』が出てきます。"),
        (200, "c", "見えました。"),
        (215, "a", "では同じように、ご自分の画面で『共有』→『リンクの設定』を開き、『リンクを知っている全員』を選んでいただけますか。"),
        (300, "c", "選びました。これでいいですか?"),
        (320, "a", "完璧です、その設定で合っています。最後に『保存』を押してから、取引先の方にもう一度開いてもらってください。"),
        (700, "c", "取引先から開けたと連絡が来ました。"),
        (720, "a", "ほかにもご不明点があれば、いつでもどうぞ。"),
    ],
    lab=dict(bt=[2], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[6, 8], vic=[4], enc=[8], care=[],
             notes="m02 restates the partner's error. m04 is a screen-share demonstration (vicarious); opening the viewer link is not a step of the solution. m06/m08 ask the customer to do the same on their own screen; m08 affirms the chosen setting. Customer reports the partner can open it -> customer_did_it. Closing m10 is a generic offer, no thanks."),
))

# ---------------------------------------------------------------- b3-015
CONVS.append(dict(
    cid="b3-015", lang="ja", channel="chat", industry="smartphone app (messaging data transfer)", register="casual chat",
    tz="+09:00", start="2026-11-19T22:10:00",
    people={"c": ("customer", "cu-j015", "たかし"), "a": ("agent", "ag-minami", "ミナミ")},
    msgs=[
        (0, "c", "機種変したんだけど、トークの引き継ぎコードが何度やってもエラーになる。もう1時間これやってる"),
        (60, "a", "トークルサポートのミナミです。長い時間うまくいかないと、本当にお疲れですよね。"),
        (80, "a", "確認させてください。古いスマホで発行した引き継ぎコードを、新しいスマホに入力するとエラーになる、ということで合っていますか?"),
        (130, "c", "ちがう。古いスマホでコードを発行しようとした時点でエラーになる。"),
        (150, "a", "失礼しました。古いスマホの側で『コードを発行』を押した時点でエラーになる、ということですね。"),
        (170, "c", "そう"),
        (190, "a", "では、古いスマホでアプリの『設定』→『アカウント』を開いて、メールアドレスの欄に何と表示されているか見てもらえますか?"),
        (260, "c", "未登録ってなってる"),
        (280, "a", "原因はそこです!つまり、コードの発行にはメールアドレスの登録が必要なんです。『未登録』を押して、メールアドレスを登録してみてください。"),
        (420, "c", "登録した"),
        (435, "a", "ナイスです、あと少しです!もう一度『コードを発行』を押してみてください。"),
        (560, "c", "でた。新しいスマホに入れたらトーク全部戻った"),
    ],
    lab=dict(bt=[3, 5], progress="n/a", exp=False, over=False, close=False, diff=True, turn=False, did=True,
             step=[7, 9, 11], vic=[], enc=[11], care=[2],
             notes="Frustration 「何度やっても」, an hour of trying. m03 is a wrong restatement, corrected by the customer; m05 restates again: both count. m09's つまり explains the product, not the customer's words. Steps one at a time; the customer did them and it worked -> customer_did_it. Final customer message is a success report without thanks -> no turnaround. Last agent turn (m11) has no thanks."),
))

# ---------------------------------------------------------------- b3-016
CONVS.append(dict(
    cid="b3-016", lang="ja", channel="chat", industry="e-commerce (returns)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-20T16:44:00",
    people={"c": ("customer", "cu-j016", "小川 美穂"), "a": ("agent", "ag-yoshida", "吉田")},
    msgs=[
        (0, "c", "先週返品した商品の返金がまだのようです。いつごろになりますか。注文番号はA-558210です。"),
        (45, "a", "くらしマートの吉田です。お調べいたしますので、少々お待ちください。"),
        (160, "a", "確認いたしました。返品商品は11月17日に弊社倉庫へ到着しており、返金手続きは完了しております。カード明細への反映は通常5営業日前後ですが、カード会社によってはさらに日数がかかる場合がございます。"),
        (230, "c", "5営業日ですか…わかりました。"),
        (250, "a", "お待ちいただき、ありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=True, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="m02 is a start-of-work notice; the answer came within two minutes -> progress n/a. m03 hedged refund outlook. 「5営業日ですか…」 is mild disappointment, not a difficulty signal. Closing thanks for waiting -> closing_gratitude."),
))

# ---------------------------------------------------------------- b3-017
CONVS.append(dict(
    cid="b3-017", lang="ja", channel="chat", industry="home internet (fiber installation)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-21T13:00:00",
    people={"c": ("customer", "cu-j017", "森本 大輔"), "a": ("agent", "ag-morita", "森田")},
    msgs=[
        (0, "c", "光回線を申し込んだのですが、工事日の連絡がまだ来ません。申し込みが通っているか確認したいです。"),
        (60, "a", "ひかりネクストサポートの森田です。恐れ入りますが、お申し込み時のお客様番号を教えていただけますか。"),
        (120, "c", "HN-0092817 です。"),
        (150, "a", "ありがとうございます。確認いたしますので、少々お待ちください。"),
        (1500, "c", "その後どうなりましたか?20分以上待ってるんですけど。"),
        (1620, "a", "長らくお待たせしてしまい、申し訳ございません。お申し込みは11月18日付で受け付けられており、現在は工事日の調整待ちの状態です。工事日は担当部署から改めてご連絡いたします。"),
        (1700, "c", "それだけ?待たされたのに結局何も決まってないんですね。"),
        (1760, "a", "担当部署には、早めにご連絡するよう申し送りいたしました。"),
    ],
    lab=dict(bt=[], progress="none", exp=False, over=False, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[6],
             notes="m04 is a start-of-work notice; the customer waited 20+ minutes and chased with no interim update -> progress none, difficult. m06 apologises for the customer's wait (care) and answers; saying who will call is not an expectation outlook. Customer ends unhappy -> no turnaround. No thanks at the close."),
))

# ---------------------------------------------------------------- b3-018
CONVS.append(dict(
    cid="b3-018", lang="ja", channel="chat", industry="smart home (smart speaker)", register="ordinary desu/masu (friendly)",
    tz="+09:00", start="2026-11-22T09:35:00",
    people={"c": ("customer", "cu-j018", "上野 彩"), "a": ("agent", "ag-ueda", "上田")},
    msgs=[
        (0, "c", "スマートスピーカーの初期設定で、Wi-Fiを選ぶところから先に進めません。"),
        (50, "a", "エコーホームサポートの上田です!設定の途中で止まってしまうと、もやもやしますよね。"),
        (70, "a", "同じ機種をお使いの方の多くは、ルーターの2.4GHz帯のWi-Fiを選ぶことで、この画面を先に進めています。アプリのWi-Fi一覧に、名前が似ているネットワークが2つ出ていませんか?"),
        (140, "c", "『Home-5G』と『Home-2G』があります。いつもは5Gのほうにつないでいます。"),
        (160, "a", "名前の末尾でちゃんと見分けていただけましたね、まさにそこがポイントです。今回は『Home-2G』のほうを選んで、パスワードを入力してみてください。"),
        (300, "c", "2Gのほうにしたら進みました!設定完了と出ました。ありがとうございます。"),
        (320, "a", "つながって良かったです!本日はお時間いただき、ありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[5], vic=[3], enc=[5], care=[2, 7],
             notes="m02 acknowledges the customer's feeling (care) though the customer did not complain - customer is not difficult. m03 tells what others with the same model did (vicarious) and asks what the list already on screen shows (information only, no action -> not a step). m05 praises the customer's distinction of the two networks and gives the step. m07 shared relief + thanks for time."),
))

# ---------------------------------------------------------------- b3-019
CONVS.append(dict(
    cid="b3-019", lang="ja", channel="chat", industry="clinic (dental)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-23T18:00:00",
    people={"c": ("customer", "cu-j019", "福井 純一"), "a": ("agent", "ag-hosoda", "細田")},
    msgs=[
        (0, "a", "みどり歯科オンライン窓口です。ご用件をどうぞ。"),
        (120, "c", "来週火曜の予約をキャンセルしたいのですが、キャンセル料はかかりますか。"),
        (200, "a", "前日までのご連絡であれば、キャンセル料はかかりません。予約の取り消しはこちらで承ることもできますが、いかがいたしましょうか。"),
        (260, "c", "前日までなら無料ということですね。では取り消しをお願いします。12月1日の10時の予約です。"),
        (300, "a", "はい。取り消しが完了しました。お問い合わせいただきありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="The agent greeting m01 precedes the customer and is not a response: first_response_s = 200-120 = 80. m05 「はい」 only confirms the customer's own restatement (not backtracking). Closing thanks only for the inquiry."),
))

# ---------------------------------------------------------------- b3-020
CONVS.append(dict(
    cid="b3-020", lang="ja", channel="chat", industry="games (PC)", register="casual chat",
    tz="+09:00", start="2026-11-24T21:15:00",
    people={"c": ("customer", "cu-j020", "kuro"), "a": ("agent", "ag-kei", "ケイ")},
    msgs=[
        (0, "c", "起動するとすぐ落ちる。もう3日もこれ。マジでいい加減にしてくれ"),
        (50, "a", "アークフロント サポートのケイです。遊びたいときに遊べないのは本当にストレスですよね。ご迷惑をおかけしてすみません。"),
        (70, "a", "ランチャーの『設定』→『ゲームファイルの整合性チェック』を押してもらえますか?終わったら教えてください。"),
        (380, "c", "終わった。でもまた落ちる"),
        (400, "a", "次は、グラフィックドライバーを最新にしてから起動してみてもらえますか?ドライバーはGPUメーカーの公式サイトから入れられます。"),
        (1100, "c", "入れたけど同じ。もう無理"),
        (1150, "a", "そこまで試してもダメだとすると、今回のアップデートとお使いのGPUの相性による不具合の可能性が高いです。開発チームに報告しました。修正パッチは来週前後の配信を予定していますが、確定ではありません。"),
        (1230, "c", "はあ。結局待つしかないのね"),
        (1260, "a", "ご不便をおかけしてすみません。配信が決まったら、必ずお知らせでご案内します。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=False, diff=True, turn=False, did=False,
             step=[3, 5], vic=[], enc=[], care=[2, 9],
             notes="Anger/frustration (3 days, いい加減にしてくれ). Both customer steps failed -> customer_did_it false. m07 hedged patch outlook (来週前後…確定ではありません). m09 「必ずお知らせでご案内します」 is a commitment within the agent's control, not an overpromise. Customer still unhappy -> no turnaround."),
))

# ---------------------------------------------------------------- b3-021
CONVS.append(dict(
    cid="b3-021", lang="ja", channel="chat", industry="banking app", register="very formal keigo",
    tz="+09:00", start="2026-11-25T10:10:00",
    people={"c": ("customer", "cu-j021", "木下 久美子"), "a": ("agent", "ag-sasaki", "佐々木")},
    msgs=[
        (0, "c", "アプリからの振込限度額を50万円に上げたいのですが、どのように手続きすればよろしいでしょうか。"),
        (60, "a", "あさひ信用金庫アプリサポートの佐々木でございます。振込限度額の変更は、アプリ上でお手続きいただけます。各手順の画面イメージを添付いたしましたので、画像と見比べながらお進めくださいませ。\n[添付: 手順1〜4の画面イメージ]\n1. ホーム画面右下の『メニュー』をタップ\n2. 『各種設定』→『振込限度額の変更』を選択\n3. 変更後の金額に『500,000』と入力\n4. ワンタイムパスワードを入力し、『変更する』をタップ"),
        (400, "c", "ワンタイムパスワードを入れたら、『変更を受け付けました』と出ました。これで完了でしょうか。"),
        (430, "a", "はい、その表示が出ていれば、正しくお手続きいただけております。お手続きいただき、誠にありがとうございました。"),
        (470, "c", "ありがとうございました。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[2], vic=[2], enc=[4], care=[],
             notes="Numbered step list with attached screen images of each step to compare against (demonstration -> vicarious); the customer completed it. m04 affirms that the customer did it correctly (正しくお手続きいただけております -> encouragement) and thanks for their effort in the closing turn. Not difficult."),
))

# ---------------------------------------------------------------- b3-022
CONVS.append(dict(
    cid="b3-022", lang="ja", channel="email", industry="software/SaaS (accounting)", register="formal keigo (business)",
    tz="+09:00", start="2026-11-24T10:12:00",
    people={"c": ("customer", "cu-j022", "早瀬 智美"), "a": ("agent", "ag-noguchi", "野口")},
    msgs=[
        (0, "c", "クラウド会計サポート ご担当者様\n\nいつもお世話になっております。株式会社ハヤセの経理担当、早瀬です。\n請求書をPDFで出力しようとすると、『出力に失敗しました(E-512)』と表示され、出力できません。11月20日のアップデート以降からです。\nご確認をお願いいたします。"),
        (T(0, 4, 18), "a", "株式会社ハヤセ 早瀬様\n\nお問い合わせいただきありがとうございます。クラウド会計サポートの野口でございます。\n11月20日のアップデート以降、請求書のPDF出力時に『出力に失敗しました(E-512)』と表示され、出力できない状況とのこと、承知いたしました。\n開発部門にて調査いたしますので、今しばらくお待ちくださいませ。\n\n野口"),
        (T(1, 6, 48), "a", "早瀬様\n\n野口でございます。本件、引き続き開発部門にて確認しております。今しばらくお待ちくださいませ。\n\n野口"),
        (T(3, 0, 0), "c", "野口様\n\nその後いかがでしょうか。月末の請求書発行が迫っており、急ぎ対応いただけますと幸いです。\n\n早瀬\n\n> 本件、引き続き開発部門にて確認しております。"),
        (T(3, 3, 40), "a", "早瀬様\n\n長らくお待たせしており、申し訳ございません。\n調査の結果、請求書の明細行が50行を超える場合に、PDFの生成処理がタイムアウトする不具合であることが判明いたしました。現在、修正版を準備しております。配信は12月1日頃を予定しておりますが、検証の状況により前後する可能性がございます。\n\n野口"),
        (T(7, 0, 48), "a", "早瀬様\n\n本日、修正版(バージョン3.8.2)を配信いたしました。お手数ですが、画面右上の『ヘルプ』→『アップデートの確認』から最新版に更新のうえ、再度PDF出力をお試しいただけますでしょうか。\n\n野口"),
        (T(7, 5, 0), "c", "野口様\n\n更新したところ、明細が80行ある請求書も問題なくPDF出力できました。ご対応いただき、ありがとうございました。助かりました。\n\n早瀬"),
        (T(7, 5, 50), "a", "早瀬様\n\nご確認いただき、ありがとうございます。この度は長らくお待ちいただき、誠にありがとうございました。今後ともよろしくお願いいたします。\n\n野口"),
    ],
    lab=dict(bt=[2], progress="mixed", exp=True, over=False, close=True, diff=True, turn=True, did=False,
             step=[6], vic=[], enc=[], care=[5],
             notes="m02 restates the error and start date (backtracking) and is a start-of-work notice. m03 vague update (引き続き…確認しております, naming only who); m05 concrete (cause found, fix in preparation) with hedged date -> progress mixed, expectation. Customer chases (その後いかがでしょうか) with deadline -> difficult. m06 asks the customer to update (a concrete step), but the real fix is the company's published patch -> customer_did_it false. Customer thanks at the end -> turnaround. Closing thanks for waiting."),
))

# ---------------------------------------------------------------- b3-023
CONVS.append(dict(
    cid="b3-023", lang="ja", channel="email", industry="insurance (medical claim)", register="very formal keigo",
    tz="+09:00", start="2026-11-25T08:30:00",
    people={"c": ("customer", "cu-j023", "村井 陽子"), "a": ("agent", "ag-kubota", "久保田")},
    msgs=[
        (0, "c", "ご担当者様\n\n先日、入院給付金の請求書類を郵送いたしました。病院への支払い期限が今月末に迫っており、いつ頃振り込まれるのか不安です。\n証券番号 M-3320918\n\n村井"),
        (T(0, 5, 10), "a", "村井様\n\nこの度は心よりお見舞い申し上げます。ご心配をおかけしており、申し訳ございません。\nご請求書類は11月21日に弊社へ到着しております。書類の到着後、通常5営業日程度で審査結果をご連絡しておりますが、内容の確認が必要な場合はお時間をいただくことがございます。\n\nあおぞら生命 給付金サービス課 久保田"),
        (T(3, 2, 0), "a", "村井様\n\n本日、診断書の内容確認が完了し、給付金のお支払い手続きに進んでおります。\n\n久保田"),
        (T(5, 1, 30), "a", "村井様\n\n入院給付金120,000円を、本日ご指定の口座にお振り込みいたしました。\n\n久保田"),
        (T(5, 6, 0), "c", "久保田様\n\n入金を確認しました。期限に間に合って安心いたしました。ありがとうございました。\n\n村井"),
        (T(6, 0, 40), "a", "村井様\n\nご確認のご連絡をいただき、ありがとうございます。お手続きにご協力いただき、誠にありがとうございました。\n\n久保田"),
    ],
    lab=dict(bt=[], progress="concrete", exp=True, over=False, close=True, diff=True, turn=True, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anxiety (不安です, payment deadline). m02 sympathy and apology for the worry (care) plus a hedged outlook (通常5営業日程度…お時間をいただくことがございます). m03 concrete interim update; m04 delivers the result. No fix needed from the customer -> customer_did_it false. Relief and thanks -> turnaround. Closing thanks for cooperation."),
))

# ---------------------------------------------------------------- b3-024
CONVS.append(dict(
    cid="b3-024", lang="ja", channel="email", industry="government services (resident certificate)", register="formal keigo",
    tz="+09:00", start="2026-11-26T20:05:00",
    people={"c": ("customer", "cu-j024", "山下 聡"), "a": ("agent", "ag-ono", "小野")},
    msgs=[
        (0, "c", "みなと市 市民課 御中\n\n市のオンライン申請で住民票の写しを請求したいのですが、手順がよく分かりません。教えていただけますか。\n\n山下"),
        (T(0, 13, 10), "a", "> 市のオンライン申請で住民票の写しを請求したいのですが、手順がよく分かりません。\n\n山下様\n\nお問い合わせいただきありがとうございます。みなと市 市民課 電子申請担当の小野でございます。\n以下の手順でお申し込みいただけます。\n1. 市のホームページ右上の『電子申請』を開く\n2. 『住民票の写しの請求』を選び、『申請する』を押す\n3. マイナンバーカードで本人確認を行う\n4. 必要な通数と使い道を入力し、手数料は必ずクレジットカードでお支払いください\n何卒よろしくお願いいたします。\n\nみなと市 市民課 小野"),
        (T(1, 22, 30), "c", "小野様\n\nご案内いただいた手順で申請できました。受付完了のメールも届きました。\n\n山下\n\n> 以下の手順でお申し込みいただけます。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[2], vic=[], enc=[], care=[],
             notes="The agent's reply quotes the customer's question on a '>' line; the quote does not count as backtracking and the agent's own text does not restate it. 「必ずクレジットカードでお支払いください」 is an instruction, not an overpromise. Opening thanks only -> no closing gratitude. The customer applied by following the steps and reports completion -> customer_did_it."),
))

# ---------------------------------------------------------------- b3-025
CONVS.append(dict(
    cid="b3-025", lang="ja", channel="email", industry="e-commerce (furniture delivery)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-21T09:00:00",
    people={"c": ("customer", "cu-j025", "荒井 恵"), "a": ("agent", "ag-kondo", "近藤")},
    msgs=[
        (0, "c", "11月10日に注文したソファ(注文番号F-77120)が、お届け予定日の11月20日を過ぎても届きません。\n\n荒井"),
        (T(0, 4, 0), "a", "荒井様\n\nご迷惑をおかけし、誠に申し訳ございません。配送業者に状況を確認いたします。明日中に改めてご連絡いたします。\n\nインテリアモール 近藤"),
        (T(2, 1, 30), "c", "近藤様\n\nその後どうなりましたか。今週末に引っ越しなので急いでいます。\n\n荒井"),
        (T(2, 4, 0), "a", "荒井様\n\n現在、配送業者に確認中です。今しばらくお待ちください。\n\n近藤"),
        (T(3, 2, 0), "a", "荒井様\n\n配送業者より回答がございました。明日11月25日には間違いなくお届けいたします。\n\n近藤"),
        (T(6, 3, 0), "c", "近藤様\n\n結局届いたのは今日でした。明日必ず届くと言われて一日空けて待っていたのに。対応には正直がっかりしています。\n\n荒井"),
        (T(6, 5, 0), "a", "荒井様\n\nお約束した日にお届けできず、大変なご迷惑をおかけいたしましたこと、深くお詫び申し上げます。\n\n近藤"),
    ],
    lab=dict(bt=[], progress="vague", exp=False, over=True, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2, 7],
             notes="m02 apology for the trouble (care) + start-of-work; 「明日中に改めてご連絡」 only says when the agent will write (not an expectation). Customer chases with a moving deadline -> difficult. m04 vague (only names who is checking). m05 delivers the carrier's answer with an unconditional 「間違いなくお届けいたします」 -> overpromise (no hedge -> no expectation). Customer ends disappointed -> no turnaround. Closing is an apology without thanks."),
))

# ---------------------------------------------------------------- b3-026
CONVS.append(dict(
    cid="b3-026", lang="ja", channel="email", industry="printers (office MFP)", register="formal keigo (B2B)",
    tz="+09:00", start="2026-11-27T09:40:00",
    people={"c": ("customer", "cu-j026", "児玉 浩二"), "a": ("agent", "ag-hirai", "平井")},
    msgs=[
        (0, "c", "オフィス機器サポート ご担当者様\n\n株式会社コダマの児玉です。複合機(MX-4500)でスキャンしたデータをメールで送る機能が、先週から使えなくなりました。送信すると『送信エラー』となり、社内の書類共有に支障が出ています。\n\n児玉"),
        (T(0, 3, 0), "a", "株式会社コダマ 児玉様\n\nお問い合わせいただきありがとうございます。オフィス機器サポートの平井でございます。\nお手数ですが、以下の手順で設定をご確認いただけますでしょうか。\n1. 複合機の操作パネルで『設定』→『システム設定』→『メール送信設定』を開く\n2. 『SMTPサーバー名』と『ポート番号』が、貴社のメールサーバーの情報と一致しているか確認する\n3. 『送信テスト』を押す\n結果をご返信いただけますと幸いです。\n\n平井"),
        (T(1, 1, 20), "c", "平井様\n\n手順1、2は問題ありませんでしたが、手順3の送信テストで『認証エラー』と表示されました。\n\n児玉"),
        (T(1, 3, 20), "a", "児玉様\n\n手順3の送信テストで『認証エラー』と表示されたとのこと、ご確認ありがとうございます。\nメールサーバー側でパスワードが変更されると、このエラーが出ることがございます。同様のエラーが出ていた他のお客様も、複合機側のSMTP認証パスワードを新しいものに入れ直すことで解消されています。\n管理者画面の『メール送信設定』→『SMTP認証』で現在のパスワードを再入力し、もう一度送信テストをお試しいただけますでしょうか。\n\n平井"),
        (T(2, 0, 30), "c", "平井様\n\n社内の情報システム担当が、先月メールのパスワードを変更していたそうです。担当者が再入力したところ、送信テストが成功し、スキャンも送れるようになりました。ありがとうございました。\n\n児玉"),
        (T(2, 1, 40), "a", "児玉様\n\n無事解決して何よりです。ご協力いただき、ありがとうございました。\n\n平井"),
    ],
    lab=dict(bt=[4], progress="n/a", exp=False, over=False, close=True, diff=False, turn=False, did=True,
             step=[2, 4], vic=[4], enc=[], care=[6],
             notes="「支障が出ています」 is a mild factual impact -> not difficult. m02 numbered steps; the customer's step 3 failed. m04 restates the failing step/error (backtracking), tells how other customers fixed the same error (vicarious) and gives the step. The customer's own IT staff re-entered the password -> someone on the customer's side did it -> customer_did_it. m06 shared relief + thanks for cooperation."),
))

# ---------------------------------------------------------------- b3-027
CONVS.append(dict(
    cid="b3-027", lang="ja", channel="email", industry="travel (hotel)", register="formal keigo",
    tz="+09:00", start="2026-11-28T07:55:00",
    people={"c": ("customer", "cu-j027", "川村 真理"), "a": ("agent", "ag-ando", "安藤")},
    msgs=[
        (0, "c", "ホテル湊 ご予約係様\n\n12月20日から2泊で予約していましたが、家族の都合で行けなくなりました。キャンセルした場合、返金はどうなりますか。予約番号はH-33019です。\n\n川村"),
        (T(0, 6, 20), "a", "川村様\n\nお問い合わせいただきありがとうございます。ホテル湊 予約係の安藤でございます。\n12月20日から2泊のご予約を、ご家族のご都合によりキャンセルされたいとのこと、承知いたしました。\n宿泊日の7日前までのキャンセルですので、キャンセル料はかからず、全額返金の対象となります。返金は、お手続き後通常7〜10営業日でご利用のカードへ反映されますが、カード会社によっては翌月のご請求での相殺となる場合がございます。\nキャンセルをご希望の場合は、このメールにご返信ください。\nお問い合わせいただきありがとうございました。\n\nホテル湊 安藤"),
    ],
    lab=dict(bt=[2], progress="n/a", exp=True, over=False, close=False, diff=False, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="Single reply. Restates the booking and reason (backtracking); hedged refund outlook (expectation). 「このメールにご返信ください」 is not a solution step. Closing thanks only for the inquiry -> closing_gratitude false."),
))

# ---------------------------------------------------------------- b3-028
CONVS.append(dict(
    cid="b3-028", lang="ja", channel="email", industry="utilities (gas)", register="ordinary desu/masu",
    tz="+09:00", start="2026-11-20T22:10:00",
    people={"c": ("customer", "cu-j028", "斎藤 学"), "s": ("system", "sys-autoreply", "自動返信"), "a": ("agent", "ag-hori", "堀")},
    msgs=[
        (0, "c", "ガス開栓受付 ご担当者様\n\n12月1日に新居へ引っ越すので、ガスの開栓を申し込みたいです。住所は横浜市青葉区美しが丘2-14-3 グリーンハイツ201号室です。立ち会い可能な時間もお知らせください。\n\n斎藤"),
        (60, "s", "【自動返信】お問い合わせを受け付けました。担当者より順次ご連絡いたします。"),
        (T(2, 1, 0), "a", "開栓受付キュー未処理。担当振り分け待ち。", {"internal": True}),
        (T(6, 0, 30), "c", "ガス開栓受付 ご担当者様\n\n先週問い合わせましたが、まだ返信がありません。来週引っ越しなので、急いで対応していただけますか。\n\n斎藤"),
        (T(6, 0, 31), "s", "【自動返信】お問い合わせを受け付けました。担当者より順次ご連絡いたします。"),
    ],
    lab=dict(bt=[], progress="none", exp=False, over=False, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[],
             notes="No public agent reply at all: only system auto-replies and an internal note -> first_response_s null, primary_agent_id null, progress none (customer waited and chased). Chase + urgency -> difficult; no turnaround."),
))

# ---------------------------------------------------------------- b3-029
CONVS.append(dict(
    cid="b3-029", lang="ja", channel="email", industry="software/SaaS (email delivery)", register="formal keigo (B2B)",
    tz="+09:00", start="2026-11-30T10:00:00",
    people={"c": ("customer", "cu-j029", "坂本 優"), "a1": ("agent", "ag-onishi", "大西"), "a2": ("agent", "ag-tanabe", "田辺")},
    msgs=[
        (0, "c", "ハイクメール サポート御中\n\n株式会社ツバサの坂本です。独自ドメインの認証設定をしたいのですが、管理画面で『未認証』のままです。できれば来週前半までに設定を終えられると助かります。\n\n坂本"),
        (T(0, 4, 0), "a1", "株式会社ツバサ 坂本様\n\nハイクメールサポートの大西でございます。独自ドメインの認証には、貴社のDNSにレコードを追加していただく必要がございます。以下の順にお進めください。\n1. DNS管理画面で、TXTレコード『v=spf1 include:_spf.haikumail.example ~all』を追加する\n2. CNAMEレコード『hk1._domainkey』に『dkim.haikumail.example』を設定する\n3. ハイクメール管理画面の『ドメイン認証』で『再チェック』を押す\n\n大西"),
        (T(0, 4, 15), "a1", "坂本様\n\n補足でございます。DNSの管理を外部の業者様に委託されている場合は、上記の内容をそのまま業者様にお伝えください。\n\n大西"),
        (T(1, 1, 0), "c", "大西様\n\n社内のサーバー担当に追加してもらいました。再チェックを押しましたが、まだ『未認証』です。DNS画面のキャプチャを添付します。\n\n坂本"),
        (T(1, 3, 0), "a2", "坂本様\n\n大西に代わりまして、田辺がご案内いたします。お送りいただいた画面を確認したところ、2つのレコードとも正しく設定されています。ゴールはもう目の前です。\nDNSの反映には通常数時間、長い場合は48時間ほどかかることがございますので、時間をおいて再度『再チェック』を押していただけますでしょうか。\n\n田辺"),
        (T(2, 0, 20), "c", "田辺様\n\n翌朝もう一度再チェックしたところ、『認証済み』になりました。\n\n坂本"),
        (T(2, 1, 10), "a2", "坂本様\n\n無事に認証が完了し、何よりです。ご対応いただき、ありがとうございました。\n\n田辺"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=True, diff=False, turn=False, did=True,
             step=[2, 5], vic=[], enc=[5], care=[7],
             notes="Two agents with 2 public messages each -> tie broken by earlier first message -> ag-onishi primary. m03 points to an outside vendor (not a step). 「できれば来週前半までに…助かります」 is a routine preferred date, not urgency. m05 affirms that the customer's side set the records correctly + あと一息 (encouragement), hedged DNS outlook (expectation), and asks to press 再チェック again (step). The customer's own server staff and the customer did the fix -> customer_did_it. m07 shared relief + thanks for their work."),
))

# ---------------------------------------------------------------- b3-030
CONVS.append(dict(
    cid="b3-030", lang="ja", channel="email", industry="smartphone app (fitness subscription)", register="ordinary desu/masu",
    tz="+09:00", start="2026-12-01T07:20:00",
    people={"c": ("customer", "cu-j030", "石田 蓮"), "a": ("agent", "ag-imai", "今井")},
    msgs=[
        (0, "c", "今月、サブスクの料金が2回引き落とされています!どういうことですか?すぐに返金してください。\n\n石田"),
        (T(0, 5, 0), "a", "石田様\n\nフィットラインサポートの今井です。この度はご迷惑をおかけし、申し訳ございません。\n調査の結果、システムの不具合により12月分の月額料金980円が重複して請求されておりました。1回分の返金手続きはこちらで完了しております。カード明細への反映は通常1〜2週間ほどですが、カード会社によって異なる場合がございます。\n\n今井"),
        (T(1, 2, 0), "c", "了解です。返金ではなく、来月分の料金に充ててもらうことはできますか。\n\n石田"),
        (T(1, 4, 30), "a", "石田様\n\n申し訳ございませんが、返金以外の方法での対応はいたしかねます。\n\n今井"),
        (T(1, 5, 0), "c", "了解です。"),
    ],
    lab=dict(bt=[], progress="n/a", exp=True, over=False, close=False, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anger (!, どういうことですか, すぐに) -> difficult. m02 apologises for the trouble (care), states the company's finding (not a restatement of the customer) and the refund already done, with a hedged outlook. m04 申し訳ございませんが…いたしかねます only softens a refusal -> not care. Bare 「了解です」 at the end -> no turnaround. Company fix -> customer_did_it false. Answered in the first reply -> progress n/a."),
))

# ---------------------------------------------------------------- b3-031
CONVS.append(dict(
    cid="b3-031", lang="ja", channel="email", industry="clinic (health-check results portal)", register="ordinary desu/masu",
    tz="+09:00", start="2026-12-02T12:15:00",
    people={"c": ("customer", "cu-j031", "大塚 由紀"), "a": ("agent", "ag-kimura", "木村")},
    msgs=[
        (0, "c", "けんしんWeb ご担当者様\n\n健康診断の結果をWebで見ようとしていますが、初回ログインでパスワードを変える画面から先に進めません。\n\n大塚"),
        (T(0, 6, 0), "a", "大塚様\n\nけんしんWebサポートの木村です。このような場合、新しいパスワードが条件を満たしていないことが多いです。各画面のスクリーンショットを添付しましたので、画像と同じ順番で進めてみてください。\n1. 初期パスワードでログインする(画像1)\n2. 新しいパスワードを、英大文字・小文字・数字を含む10文字以上で入力する(画像2)\n3. 確認欄にも同じものを入力して『変更』を押す(画像3)\n[添付: step1.png, step2.png, step3.png]\n\n木村"),
        (T(1, 8, 0), "c", "木村様\n\n数字を入れていませんでした。画像の通りにやったら変更でき、結果も見られました。\n\n大塚"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[2], vic=[2], enc=[], care=[],
             notes="Step-by-step screenshots to follow (vicarious demonstration) with a numbered sequence (step). Customer followed them and reports success -> customer_did_it. No agent reply after the success; the only agent message has no thanks."),
))

# ---------------------------------------------------------------- b3-032
CONVS.append(dict(
    cid="b3-032", lang="ja", channel="email", industry="home internet (ISP mail)", register="ordinary desu/masu",
    tz="+09:00", start="2026-12-03T19:30:00",
    people={"c": ("customer", "cu-j032", "福田 茂"), "a": ("agent", "ag-iwasaki", "岩崎")},
    msgs=[
        (0, "c", "ネットワン サポート様\n\n新しいパソコンのメールソフトに、プロバイダのメールを設定したいです。今のところ受信も送信もできません。\n\n福田"),
        (T(0, 14, 0), "a", "福田様\n\nネットワンサポートの岩崎です。まずは受信から設定していきましょう。メールソフトの『アカウント設定』で、受信サーバーに『pop.netone.example』、ポート番号に『995』を入力し、『SSLを使用する』にチェックを入れてみてください。受信できたかどうか、お知らせください。\n\n岩崎"),
        (T(1, 1, 0), "c", "岩崎様\n\n受信できるようになりました!でも送信すると『サーバーに接続できません』と出ます。\n\n福田"),
        (T(1, 3, 0), "a", "福田様\n\n受信の設定はしっかりできていますね。あとは送信の設定だけです。同じエラーが出ていた方の多くも、次の設定で送信できるようになっています。送信サーバーに『smtp.netone.example』、ポート番号に『587』を入力し、『送信サーバーは認証が必要』にチェックを入れてみてください。\n\n岩崎"),
        (T(1, 14, 0), "c", "岩崎様\n\n送信もできるようになりました。ありがとうございました。\n\n福田"),
    ],
    lab=dict(bt=[], progress="n/a", exp=False, over=False, close=False, diff=False, turn=False, did=True,
             step=[2, 4], vic=[4], enc=[4], care=[],
             notes="One step per e-mail, waiting for the result. m04 affirms the customer's receive settings and encourages the last step, and says many with the same error succeeded with the next setting (vicarious). Customer set everything up and reports success -> customer_did_it; not difficult. No agent reply after the thanks -> closing turn is m04, no thanks."),
))

# ---------------------------------------------------------------- b3-033
CONVS.append(dict(
    cid="b3-033", lang="ja", channel="email", industry="games (account security)", register="formal keigo agent / casual customer",
    tz="+09:00", start="2026-11-28T23:50:00",
    people={"c": ("customer", "cu-j033", "れん"), "a": ("agent", "ag-nakagawa", "中川")},
    msgs=[
        (0, "c", "アカウントが乗っ取られたかもしれません。知らないうちにパスワードが変えられていて、ログインできません。課金したアイテムもあるので不安で仕方ないです。"),
        (T(0, 9, 0), "a", "ユーザー様\n\nスターリンクRPG サポートの中川です。大切なアカウントのことですので、さぞご心配のことと存じます。\n調査を開始いたしますので、恐れ入りますが、ご登録のメールアドレスと、最後にログインした日時の目安をお知らせください。\n\n中川"),
        (T(0, 10, 0), "c", "メールは ren.k@example.jp、最後にログインしたのは11月27日の夜です。"),
        (T(1, 9, 0), "a", "ユーザー様\n\nログイン履歴を確認したところ、11月28日に海外からのログインがあり、その直後にパスワードが変更されていました。不正利用を防ぐため、アカウントを一時凍結いたしました。現在、所有者確認の審査を行っております。審査には通常3営業日ほどいただいておりますが、確認事項によっては延びる場合がございます。\n\n中川"),
        (T(4, 9, 0), "a", "ユーザー様\n\n審査が完了し、所有者様であることが確認できましたので、凍結を解除し、パスワードを初期化いたしました。仮パスワードを別途メールでお送りしておりますので、そちらでログインいただけます。ご協力いただき、誠にありがとうございました。\n\n中川"),
        (T(4, 11, 0), "c", "ログインできました。アイテムも残ってました。"),
    ],
    lab=dict(bt=[], progress="concrete", exp=True, over=False, close=True, diff=True, turn=False, did=False,
             step=[], vic=[], enc=[], care=[2],
             notes="Anxiety (不安で仕方ない). m02 care + information request + start of work. m04 concrete interim update (what was found and done) with a hedged review outlook. m05 delivers the result and thanks for cooperation (closing turn). The company restored the account; the customer only logged in -> customer_did_it false. Final message is a success report without thanks -> no turnaround."),
))
