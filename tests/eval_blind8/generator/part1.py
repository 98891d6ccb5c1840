# -*- coding: utf-8 -*-
"""Conversations b8-001 .. b8-024."""
from common import C, M, H, D

A, U, B = "agent", "customer", "bot"

# ---------------------------------------------------------------- b8-001
C("b8-001", "ja", "chat", "2026-08-03T10:12:05+09:00", [
    (U, "cu-1001", "山田", 0,
     "すみません、みずなみ銀行の口座連携が昨日からエラーになってて明細が取り込めません。月末締めなのに困っています…"),
    (A, "ag-sato", "佐藤", 48,
     "お問い合わせありがとうございます。クラウド会計サポートの佐藤です。みずなみ銀行の口座連携が昨日からエラーになり、明細が取り込めない状態なのですね。月末のお忙しい時期にご不安かと思います。"),
    (U, "cu-1001", "山田", 110, "そうです。画面に『再認証が必要です』って出てます"),
    (A, "ag-sato", "佐藤", 150,
     "ありがとうございます。では、左メニューの『設定』→『口座連携』を開いていただけますか?"),
    (U, "cu-1001", "山田", 205, "開きました"),
    (A, "ag-sato", "佐藤", 240,
     "みずなみ銀行の行の右端に『再認証』ボタンがあると思いますので、押してみてください。"),
    (U, "cu-1001", "山田", 300, "押したら銀行のログイン画面になりました"),
    (A, "ag-sato", "佐藤", 335,
     "ここまでバッチリです!そのまま銀行のIDとパスワードでログインしてください。あと一息です。"),
    (U, "cu-1001", "山田", 420, "できました!!明細20件くらい入ってきました。助かりました〜"),
    (A, "ag-sato", "佐藤", 450,
     "無事取り込めて良かったです!お忙しい中ご協力いただきありがとうございました。"),
], bt=[2], progress="n/a", closing=True, first=48, primary="ag-sato",
   difficult=True, turnaround=True, did_it=True,
   step=[4, 6, 8], enc=[8], emo=[2, 10],
   notes="困っています+月末締め (anxiety/deadline) -> difficult. Customer re-authenticated the bank link herself following one-step-at-a-time guidance and reports 明細が入ってきました + 助かりました -> did_it and turnaround.")

# ---------------------------------------------------------------- b8-002
C("b8-002", "en", "email", "2026-08-05T21:40:00-05:00", [
    (U, "cu-2201", "Dana Whitfield", 0,
     "Hi, my PawView camera went offline after we switched internet provider. App just says 'Device offline'. Already unplugged it twice. What now?\n\nDana"),
    (A, "ag-okafor", "Chidi Okafor", 11 * H + 15 * M,
     "Hi Dana,\n\nThanks for reaching out. So your PawView went offline right after you changed internet provider, and unplugging it twice didn't bring it back. That usually means the camera is still looking for the old Wi-Fi network. Could you try this:\n1. Hold the reset button on the back for 10 seconds until the light blinks amber.\n2. In the app, go to Devices > Add device > PawView.\n3. Pick your new Wi-Fi network (2.4 GHz only) and enter the password.\n\nLet me know how it goes!\nChidi\nPawView Support",
     {"tz": "+01:00"}),
    (U, "cu-2201", "Dana Whitfield", 1 * D + 2 * H,
     "ok that worked, it's back online. thanks\n\n> Could you try this:\n> 1. Hold the reset button on the back for 10 seconds until the light blinks amber."),
    (U, "cu-2201", "Dana Whitfield", 3 * D + 1 * H,
     "Well it worked for exactly one day. Offline again since this morning, and the reset thing doesn't help anymore. This is the second time I'm writing to you about this camera, I'm away next week and I need to be able to check on my dog. Getting pretty fed up."),
    (A, "ag-okafor", "Chidi Okafor", 3 * D + 6 * H,
     "Hi Dana,\n\nI'm sorry you're dealing with this again, especially with your trip coming up. So the camera stayed online for one day after the reset and has been offline again since this morning, and resetting no longer helps. That points to a fault in the camera's Wi-Fi module rather than your settings, so I've set up a free warranty replacement. Replacements usually ship within 2-3 business days, but I can't promise it will arrive before you leave. You'll get the tracking number by email.\n\nChidi\nPawView Support",
     {"tz": "+01:00"}),
    (U, "cu-2201", "Dana Whitfield", 3 * D + 9 * H, "ok."),
], bt=[2, 5], progress="n/a", expect=True, first=11 * H + 15 * M,
   primary="ag-okafor", difficult=True, turnaround=False, did_it=False,
   step=[2], emo=[5],
   notes="Customer's reset worked, then failed again the next day ('worked for exactly one day') -> did_it false; final fix is a company replacement. 'second time I'm writing', 'fed up', trip deadline -> difficult. Last customer message is a bare 'ok.' -> no turnaround. 'usually ship... can't promise' -> expectation_set. Agent mail in +01:00, customer in -05:00.")

# ---------------------------------------------------------------- b8-003
C("b8-003", "ja", "chat", "2026-08-07T09:30:00+09:00", [
    (B, "bot-midori", "ミドリ交通 自動応答", 0,
     "こんにちは!ミドリ交通サポートです。ご用件を入力してください。"),
    (U, "cu-3301", "高橋 和子", 40,
     "定期がスマホから消えてしまいました。機種変更したからでしょうか。明日から病院に通うのに使うので不安です"),
    (B, "bot-midori", "ミドリ交通 自動応答", 45, "オペレーターにおつなぎします。少々お待ちください。"),
    (A, "ag-nakamura", "中村", 160,
     "お待たせいたしました、担当の中村です。機種変更をされた後に、モバイル定期券が表示されなくなってしまったのですね。明日から通院でお使いになるとのこと、ご心配ですよね。"),
    (U, "cu-3301", "高橋 和子", 230, "はい。前のスマホはもう下取りに出してしまいました"),
    (A, "ag-nakamura", "中村", 260,
     "恐れ入りますが、お名前とご登録の電話番号を教えていただけますか。"),
    (U, "cu-3301", "高橋 和子", 330, "高橋 和子 090-XXXX-1234 です"),
    (A, "ag-nakamura", "中村", 360,
     "ありがとうございます。こちらで定期券を新しいスマートフォンに移し替える手続きをいたしますので、少々お待ちください。"),
    (A, "ag-nakamura", "中村", 600,
     "お手続きが完了しました。新しいスマートフォンのアプリに定期券が表示されるようになりました。"),
    (U, "cu-3301", "高橋 和子", 660, "出てきました!ありがとうございます。安心しました"),
    (A, "ag-nakamura", "中村", 700,
     "表示されて安心いたしました。明日からの通院、どうぞお気をつけて。本日はご利用ありがとうございました。"),
], bt=[4], progress="n/a", closing=True, first=120, primary="ag-nakamura",
   difficult=True, turnaround=True, did_it=False, emo=[4, 11],
   notes="不安です -> difficult. The company moved the pass to the new phone; the customer only saw it appear -> did_it false. 安心しました+ありがとう -> turnaround. 4-minute transfer inside the chat -> progress n/a. Closing 本日はご利用ありがとうございました counts. Bot greeting/handoff excluded from first_response_s (160-40). 恐れ入りますが in m06 softens a question -> not emotional care.")

# ---------------------------------------------------------------- b8-004
C("b8-004", "en", "chat", "2026-08-09T16:02:10-04:00", [
    (U, "cu-4410", "jaylen", 0,
     "yo my controller wont connect to the console anymore, light just blinks lol idk"),
    (A, "ag-rivera", "Marco", 35,
     "Hey! Marco here. First, can you plug the controller into the console with the USB-C cable and press the home button?"),
    (U, "cu-4410", "jaylen", 120, "ok did that. light went solid white"),
    (A, "ag-rivera", "Marco", 150,
     "Nice, solid white is exactly what we want, you just re-paired it. Now unplug the cable and try pressing a button."),
    (U, "cu-4410", "jaylen", 210, "YESSS it works wireless again lol. ty"),
    (A, "ag-rivera", "Marco", 240,
     "Awesome, glad you're back in the game! If it ever happens again, the cable trick is your fix."),
], progress="n/a", first=35, primary="ag-rivera",
   difficult=False, turnaround=False, did_it=True,
   step=[2, 4], enc=[4], emo=[6],
   notes="Customer re-paired the controller himself step by step and reports 'works wireless again' -> did_it. No frustration/urgency signal -> not difficult, so no turnaround. No restatement of the customer's situation. Closing has no thanks.")

# ---------------------------------------------------------------- b8-005
C("b8-005", "ja", "email", "2026-08-12T22:15:00+09:00", [
    (U, "cu-5120", "松本 彩", 0,
     "ブライダルサロン ご担当者様\n\nいつもお世話になっております。11月22日に挙式予定の松本です。\n招待客が当初の60名から68名に増える見込みとなりました。会場のレイアウト変更やお料理の追加は可能でしょうか。\nできれば今週中にご回答いただけますと助かります。\n\n松本 彩"),
    (A, "ag-kimura", "木村", 12 * H + 15 * M,
     "松本様\n\nいつもお世話になっております。ブライダルサロンの木村でございます。\n11月22日のご挙式で、ご招待客が60名から68名に増える見込みとのこと、承知いたしました。\nお選びいただいている『翠の間』は最大80名様までご利用いただけますので、レイアウトの変更で対応可能です。お料理も同じコースで8名様分追加できます。\n最終的な人数は挙式の14日前までにお知らせください。\n\n何卒よろしくお願いいたします。\n木村"),
    (U, "cu-5120", "松本 彩", 15 * H + 15 * M,
     "木村様\n\n早速のご回答ありがとうございます。安心いたしました。\n\n> 最終的な人数は挙式の14日前までにお知らせください。\n\n承知しました。引き続きよろしくお願いいたします。\n松本"),
], bt=[2], progress="n/a", first=12 * H + 15 * M, primary="ag-kimura",
   difficult=False, turnaround=False, did_it=False,
   notes="Routine request with a preferred date (今週中にご回答いただけますと助かります) is not a difficult signal. Information-only question: no fix, so did_it false. Closing is a request (何卒よろしく), not gratitude. 安心いたしました does not make a turnaround because difficult is false.")

# ---------------------------------------------------------------- b8-006
C("b8-006", "en", "chat", "2026-08-14T13:20:00-07:00", [
    (U, "cu-6021", "Priya S.", 0,
     "Charger at the Elm St garage, bay 4, says 'Session error' and won't start. I have to leave for the airport in 30 min, please hurry!!"),
    (A, "ag-kowalski", "Anna", 50,
     "Hi Priya, Anna here. So bay 4 at Elm St is showing 'Session error', and you need to leave for the airport in about 30 minutes. Let me look at the charger from our side."),
    (U, "cu-6021", "Priya S.", 350, "hello?? still there?"),
    (A, "ag-kowalski", "Anna", 380,
     "Yes, sorry to keep you waiting! I found that the charger locked up after the previous session ended badly. I'm restarting it remotely now."),
    (A, "ag-kowalski", "Anna", 560,
     "Done, bay 4 is back online."),
    (U, "cu-6021", "Priya S.", 620, "its charging!! omg thank you, you saved me"),
    (A, "ag-kowalski", "Anna", 650, "So glad it's charging! Have a safe flight ✈️"),
], bt=[2], progress="concrete", first=50, primary="ag-kowalski",
   difficult=True, turnaround=True, did_it=False, emo=[4, 7],
   notes="Deadline + 'please hurry' + chase -> difficult. The company restarted the charger remotely; the customer only plugged in -> did_it false. 'thank you, you saved me' -> turnaround. After the chase the agent gave a concrete update (found lock-up, restarting) -> concrete. m02 'Let me look' is a start-of-work notice.")

# ---------------------------------------------------------------- b8-007
C("b8-007", "ja", "chat", "2026-08-18T12:40:00+09:00", [
    (U, "cu-7102", "りな", 0,
     "予約キャンセルしたいんだけどアプリのどこからやるのかわかんないです🙏 来週火曜の10時のやつです"),
    (A, "ag-ishii", "石井", 90,
     "こんにちは、さくら歯科オンライン受付の石井です。来週火曜10時のご予約をキャンセルされたいのですね。アプリから以下の手順でできます。\n1. 下のメニューの『予約』をタップ\n2. 火曜10:00の予約を選ぶ\n3. 一番下の『キャンセルする』をタップ\nお試しいただけますか?"),
    (U, "cu-7102", "りな", 260, "できたー!キャンセル済みってなった"),
    (A, "ag-ishii", "石井", 290,
     "ばっちりです、ご自身で迷わず操作できましたね!ご協力ありがとうございました。またのご予約をお待ちしております。"),
], bt=[2], progress="n/a", closing=True, first=90, primary="ag-ishii",
   difficult=False, turnaround=False, did_it=True, step=[2], enc=[4],
   notes="Customer cancelled the booking herself with the numbered steps and reports キャンセル済み -> did_it (task completed). Not difficult. Closing thanks for cooperation -> closing_gratitude.")

# ---------------------------------------------------------------- b8-008
C("b8-008", "en", "email", "2026-08-20T09:05:00+01:00", [
    (U, "cu-8030", "Margaret Hollis", 0,
     "Dear Sir or Madam,\n\nI am trying to borrow 'The Salt Path' on my tablet with the library app but it only shows a red message 'Loan limit reached'. I have only read two books this month. I am 78 and not very good with these things and I am quite worried I have done something wrong.\n\nYours faithfully,\nMargaret Hollis"),
    (A, "ag-begum", "Nadia Begum", 5 * H + 10 * M,
     "Dear Mrs Hollis,\n\nThank you for writing to us, and please don't worry, you haven't broken anything. You're seeing 'Loan limit reached' when you try to borrow The Salt Path, even though you've only read two books this month. The limit counts every title still on your shelf, including ones you have finished but not returned yet.\n\nCould you try these steps:\n1. Open the app and tap 'Shelf' at the bottom.\n2. Under each book you've finished, tap 'Return early'.\n3. Then search for The Salt Path again and tap 'Borrow'.\n\nMany of our members have seen exactly this message, and returning their finished books sorted it out for them.\n\nKind regards,\nNadia Begum\nRiverside Libraries e-Lending"),
    (U, "cu-8030", "Margaret Hollis", 1 * D + 1 * H,
     "Dear Nadia,\n\nI found the Shelf and there were five books there! I returned the ones I finished, but I cannot see a 'Return early' under the last one, only 'Renew'. What shall I do?\n\nMargaret"),
    (A, "ag-begum", "Nadia Begum", 1 * D + 3 * H + 20 * M,
     "Dear Mrs Hollis,\n\nWell done finding the Shelf and returning those, you're nearly there. The last one is an audiobook, so its button is in a slightly different place: tap the three dots (...) next to the title and choose 'Return'. After that, please try borrowing The Salt Path again.\n\nKind regards,\nNadia"),
    (U, "cu-8030", "Margaret Hollis", 1 * D + 7 * H,
     "Dear Nadia,\n\nIt worked! I am reading it now with a cup of tea. Thank you so much for your patience with an old lady, you have been a great help.\n\nMargaret\n\n> tap the three dots (...) next to the title and choose 'Return'."),
    (A, "ag-begum", "Nadia Begum", 1 * D + 8 * H,
     "Dear Mrs Hollis,\n\nThat's lovely to hear, enjoy the book! Thank you for your patience while we worked through it together.\n\nKind regards,\nNadia"),
], bt=[2], progress="n/a", closing=True, first=5 * H + 10 * M, primary="ag-begum",
   difficult=True, turnaround=True, did_it=True,
   step=[2, 4], vic=[2], enc=[4], emo=[2, 6],
   notes="'quite worried I have done something wrong' -> anxiety -> difficult. She returned the books herself following the steps and borrowed the title ('It worked! I am reading it now') -> did_it. Thanks + 'great help' -> turnaround. 'Many of our members... sorted it out' -> vicarious.")

# ---------------------------------------------------------------- b8-009
C("b8-009", "ja", "chat", "2026-09-02T08:10:00+09:00", [
    (U, "cu-9044", "岡田", 0,
     "コンバインの自動操舵がRTKにならん。単独測位のまんまや。稲刈り明日までに終わらせなあかんのに、急いどるんや"),
    (A, "ag-fujii", "藤井", 70,
     "お世話になっております、アグリテック サポートの藤井です。自動操舵がRTK測位にならず単独測位のままで、明日までに稲刈りを終えたいということですね。まずモニター右上の衛星アイコンを押して、『補正信号』の欄に何と出ているか教えていただけますか。"),
    (U, "cu-9044", "岡田", 180, "補正信号 受信なし って出とる"),
    (A, "ag-fujii", "藤井", 220,
     "ありがとうございます。では一度モニターの電源を切って、30秒ほど待ってから入れ直していただけますか。"),
    (U, "cu-9044", "岡田", 400, "やった。だめや、まだ受信なし"),
    (A, "ag-fujii", "藤井", 450,
     "ありがとうございます。近くの基地局側に原因がある可能性がありますので、技術部に確認いたします。少々お待ちください。"),
    (U, "cu-9044", "岡田", 25 * M, "どうなっとる?"),
    (A, "ag-fujii", "藤井", 27 * M, "長らくお待たせして申し訳ございません。技術部で確認中です。"),
    (A, "ag-fujii", "藤井", 40 * M,
     "北部基地局の受信機が昨夜の落雷で停止していたことが分かりました。技術部が現在再起動の作業をしており、10時ごろ復旧する見込みですが、前後する可能性がございます。"),
    (A, "ag-fujii", "藤井", 95 * M,
     "北部基地局が復旧いたしました。モニターで補正信号が受信できているかご確認いただけますか。"),
    (U, "cu-9044", "岡田", 96 * M, "RTKになった"),
    (A, "ag-fujii", "藤井", 97 * M,
     "復旧を確認できて何よりです。稲刈りの最中にご不便をおかけし、申し訳ございませんでした。"),
], bt=[2], progress="mixed", expect=True, first=70, primary="ag-fujii",
   difficult=True, turnaround=False, did_it=False,
   step=[2, 4], emo=[8, 12],
   notes="急いどる + deadline + chase (どうなっとる?) -> difficult. The customer's power-cycle did not fix it (だめや); the company restarted the base station -> did_it false. Last customer message is a bare success report (RTKになった) -> no turnaround. m08 vague (確認中), m09 concrete -> mixed. 見込み...前後する可能性 -> expectation_set. m10 asks only to confirm after the company fix (not a solution step).")

# ---------------------------------------------------------------- b8-010
C("b8-010", "en", "chat", "2026-09-04T08:47:00+01:00", [
    (U, "cu-1010", "Tom B.", 0,
     "Hi. Card reader at the Kingsway building is rejecting my card. Again. Third time this month I'm standing outside like an idiot. Love paying for a desk I can't get to."),
    (A, "ag-osei", "Kwame", 120,
     "Hi Tom, I'm really sorry, being locked out three times in a month is frustrating. Your card is being rejected at the Kingsway entrance right now, is that right? Let me check your access profile."),
    (U, "cu-1010", "Tom B.", 160, "Yes. Kingsway. Front door."),
    (A, "ag-osei", "Kwame", 340,
     "Found it: your card was still tied to your old membership plan and last night's sync dropped it. I've moved it to your current plan and re-sent the access rights to the Kingsway readers."),
    (U, "cu-1010", "Tom B.", 400, "Door opened. We'll see if it lasts past tonight's 'sync'."),
    (A, "ag-osei", "Kwame", 440,
     "Understood. I've also flagged your account so the sync can't drop it again. I guarantee you won't be locked out again."),
    (U, "cu-1010", "Tom B.", 470, "Sure."),
], bt=[2], progress="n/a", over=True, first=120, primary="ag-osei",
   difficult=True, turnaround=False, did_it=False, emo=[2],
   notes="Sarcasm + repeated failures -> difficult. Company re-sent access rights; customer only opened the door -> did_it false. 'Sure.' is not thanks -> no turnaround. 'I guarantee you won't be locked out again' -> overpromise. 3-minute look-up in the chat -> progress n/a.")

# ---------------------------------------------------------------- b8-011
C("b8-011", "ja", "email", "2026-09-07T19:20:00+09:00", [
    (U, "cu-1120", "井上 誠", 0,
     "ご担当者様\n\nお世話になっております。先日そちらのSIMに乗り換えました井上と申します。\n本日SIMカードを差し替えたのですが、電話はできるもののインターネット(データ通信)ができません。\n機種はPixel 7です。\nご確認のほどよろしくお願いいたします。\n\n井上 誠"),
    (A, "ag-mori", "森", 14 * H + 45 * M,
     "井上様\n\nこの度はソラモバイルをご契約いただきありがとうございます。サポート担当の森でございます。\nPixel 7にSIMを差し替えた後、通話はできるもののデータ通信ができない状況とのこと、APN(接続先)の設定がまだ行われていないことが考えられます。\n恐れ入りますが、以下の手順で設定をお試しください。\n1. 設定 → ネットワークとインターネット → SIM を開く\n2. 『アクセスポイント名』をタップ\n3. 右上の『+』から、名前:sora、APN:sora.jp を入力して保存\n4. 作成した『sora』を選択\n\nご不明な点がございましたら、お気軽にお問い合わせください。\n\nソラモバイル サポート 森"),
    (U, "cu-1120", "井上 誠", 2 * D + 1 * H,
     "森様\n\nお世話になっております。井上です。\nご教示いただいた手順で設定しましたところ、無事にデータ通信ができるようになりました。\nありがとうございました。\n\n> 3. 右上の『+』から、名前:sora、APN:sora.jp を入力して保存\n\n井上"),
    (A, "ag-mori", "森", 2 * D + 3 * H,
     "井上様\n\nご連絡ありがとうございます。無事に通信できるようになり、安心いたしました。\n設定のお手間をおかけいたしましたが、ご協力いただき誠にありがとうございました。\n今後ともソラモバイルをよろしくお願いいたします。\n\n森"),
], bt=[2], progress="n/a", closing=True, first=14 * H + 45 * M, primary="ag-mori",
   difficult=False, turnaround=False, did_it=True, step=[2], emo=[4],
   notes="Customer set the APN himself with the mailed steps and reports 無事にデータ通信ができるようになりました -> did_it. No difficulty signal. Closing thanks for cooperation -> closing_gratitude. 恐れ入りますが softens an instruction -> not emotional care.")

# ---------------------------------------------------------------- b8-012
C("b8-012", "en", "chat", "2026-09-09T14:00:00-10:00", [
    (U, "cu-1212", "Leilani K.", 0,
     "I finished the Data Viz course 2 weeks ago and STILL no certificate. this is the 3rd time im contacting you guys. i need it for a job application due friday"),
    (A, "ag-nguyen", "Bao", 240, "Hi Leilani, let me check that for you."),
    (U, "cu-1212", "Leilani K.", 1140, "any update??"),
    (A, "ag-nguyen", "Bao", 1320,
     "Thanks for waiting. One quiz in the course was marked incomplete because of a sync bug; I've marked it complete and regenerated your certificate. It's in Dashboard > Certificates now."),
    (U, "cu-1212", "Leilani K.", 1380, "got it. finally."),
], progress="none", closing=True, first=240, primary="ag-nguyen",
   difficult=True, turnaround=False, did_it=False,
   notes="3rd contact + deadline + chase -> difficult. The customer chased and got no interim update before the result -> progress none. Company regenerated the certificate -> did_it false. 'got it. finally.' is not thanks -> no turnaround. The last agent turn (m04 alone) opens with 'Thanks for waiting' = thanks for patience in the closing turn -> closing_gratitude true.")

# ---------------------------------------------------------------- b8-013
C("b8-013", "ja", "chat", "2026-09-10T18:30:00+09:00", [
    (U, "cu-1313", "佐々木", 0, "ごみの日のお知らせが最近来なくなりました。アプリは入っています"),
    (A, "ag-oda", "小田", 200,
     "〇〇市ごみ分別アプリ サポートの小田です。アプリは入っているのに、収集日のお知らせが届かなくなったのですね。お使いのスマートフォンはiPhoneとAndroidのどちらでしょうか。"),
    (U, "cu-1313", "佐々木", 260, "iPhoneです"),
    (A, "ag-oda", "小田", 300,
     "ありがとうございます。iPhoneの『設定』→『通知』→『ごみ分別』を開いて、『通知を許可』がオンになっているか見ていただけますか。"),
    (U, "cu-1313", "佐々木", 420, "オフになってました。オンにしました"),
    (A, "ag-oda", "小田", 450, "ありがとうございます、それで設定は正しくできています。"),
    (U, "cu-1313", "佐々木", 520, "次のごみの日は木曜なので、お知らせが来るかどうかその時見てみます"),
    (A, "ag-oda", "小田", 560,
     "はい、もし水曜の夜になっても届かないようでしたら、またお気軽にご連絡ください。お手数をおかけしましたが、設定の変更にご協力いただきありがとうございました。"),
], bt=[2], progress="n/a", closing=True, first=200, primary="ag-oda",
   difficult=False, turnaround=False, did_it=False, step=[4], enc=[6],
   notes="Customer changed the setting herself, but success is never shown: she will check on the next collection day -> did_it false. Not difficult. Closing thanks for cooperation -> closing_gratitude.")

# ---------------------------------------------------------------- b8-014
C("b8-014", "en", "email", "2026-09-14T07:30:00-03:00", [
    (U, "cu-1414", "Rafael Mendes", 0,
     "Hello,\nI was charged TWICE for my booking at Harbor Inn Lisbon (ref HX-55821), 2 x 412 EUR. This is unacceptable, I need that money back immediately, I'm travelling on this card.\nRafael Mendes"),
    (A, "ag-larsen", "Ingrid Larsen", 6 * H,
     "Dear Rafael,\n\nThank you for contacting us, and I'm sorry about the double charge. You were charged 412 EUR twice for booking HX-55821 at Harbor Inn Lisbon. I've asked our payments team to trace both transactions and will write again by tomorrow.\n\nBest regards,\nIngrid Larsen\nStayfinder Customer Care",
     {"tz": "+02:00"}),
    (U, "cu-1414", "Rafael Mendes", 1 * D + 2 * H, "Any news? It's been a day."),
    (A, "ag-larsen", "Ingrid Larsen", 1 * D + 4 * H,
     "Dear Rafael,\n\nUpdate: our payments team confirmed the second charge is a duplicate authorization from the hotel's card terminal, not a second booking on our side. We've contacted the hotel and asked them to void it; they're expected to reply on Monday.\n\nBest regards,\nIngrid",
     {"tz": "+02:00"}),
    (A, "ag-larsen", "Ingrid Larsen", 4 * D,
     "Dear Rafael,\n\nThe hotel has voided the duplicate charge and we've issued a refund of 412 EUR to your card today. Refunds usually appear within 5-10 business days depending on your bank, though I can't promise the exact day.\n\nThank you for your patience while we sorted this out.\n\nBest regards,\nIngrid",
     {"tz": "+02:00"}),
    (U, "cu-1414", "Rafael Mendes", 4 * D + 3 * H,
     "Thank you Ingrid, I appreciate the clear updates.\n\n> Refunds usually appear within 5-10 business days depending on your bank"),
], bt=[2], progress="concrete", expect=True, closing=True, first=6 * H,
   primary="ag-larsen", difficult=True, turnaround=True, did_it=False, emo=[2],
   notes="'unacceptable', 'immediately', chase -> difficult. Company refund -> did_it false. Customer ends with thanks -> turnaround. m02 is a start-of-work notice (next contact only); m04 is a concrete interim update -> concrete. 'usually... can't promise' -> expectation_set. Closing thanks for patience. Customer -03:00, agent +02:00.")

# ---------------------------------------------------------------- b8-015
C("b8-015", "ja", "chat", "2026-09-19T21:00:00+09:00", [
    (U, "cu-1515", "みゆ", 0,
     "今旅行中なんですが、家の見守りカメラが映らなくなりました😢 猫だけ留守番してるので本当に困ってます"),
    (A, "ag-hayashi", "林", 65,
     "ニャンミル サポートの林です。ご旅行中に、お留守番の猫ちゃんを映しているカメラが見られなくなってしまったのですね。ご心配ですよね。アプリのカメラ一覧では、カメラは『オフライン』と表示されていますか?"),
    (U, "cu-1515", "みゆ", 150, "『スリープ中』ってなってます"),
    (A, "ag-hayashi", "林", 200,
     "ありがとうございます。それなら本体の電源は入っているので、アプリから起こせます。操作を録画した30秒の動画をお送りしますので、同じように『カメラ設定』→『プライバシーモード』をオフにしてみてください。\n[動画: スリープ解除の手順.mp4]"),
    (U, "cu-1515", "みゆ", 420, "動画の通りにやったら映りました!!ねこ寝てた笑 ありがとうございます〜安心しました"),
    (A, "ag-hayashi", "林", 450, "よかったです!猫ちゃんの様子も見られて一安心ですね。ご旅行楽しんでください。"),
], bt=[2], progress="n/a", first=65, primary="ag-hayashi",
   difficult=True, turnaround=True, did_it=True,
   step=[4], vic=[4], emo=[2, 6],
   notes="本当に困ってます -> difficult. She followed the screen-recording demo herself and reports 映りました -> did_it; 安心しました+ありがとう -> turnaround. The recording is a demonstration -> vicarious. Closing has no thanks.")

# ---------------------------------------------------------------- b8-016
C("b8-016", "en", "chat", "2026-09-22T10:00:00+02:00", [
    (U, "cu-1616", "Henrik", 0,
     "Hi, when I export invoices to CSV, the Danish letters (æ, ø, å) come out as garbage in Excel. It's causing some issues for our bookkeeping. Is there a setting?"),
    (A, "ag-patel", "Sana", 55,
     "Hi Henrik! So the CSV opens in Excel with æ, ø and å scrambled. Let's try the import route: in Excel, go to Data > From Text/CSV, pick the file, and set 'File origin' to 65001: Unicode (UTF-8). Does it display correctly then?"),
    (U, "cu-1616", "Henrik", 300, "nope, same garbage. also tried opening in Numbers, same thing"),
    (A, "ag-patel", "Sana", 330, "Thanks for trying both. Let me check with our product team, one moment."),
    (A, "ag-patel", "Sana", 690,
     "I've confirmed this is a bug on our side: since last Tuesday's update the CSV export writes the file in the wrong encoding, so no Excel setting will fix it. A fix is planned for next week's release, but the date may still shift."),
    (U, "cu-1616", "Henrik", 780, "next week, hm. ok, I'll wait for the fix then, our bank needs csv."),
    (A, "ag-patel", "Sana", 810, "Understood. Thanks for your patience, Henrik, and sorry for the hassle."),
], bt=[2], progress="n/a", expect=True, closing=True, first=55, primary="ag-patel",
   difficult=False, turnaround=False, did_it=False, step=[2], emo=[7],
   notes="Mild factual impact ('causing some issues') and mild disappointment ('next week, hm') are not difficult signals. The customer's import attempt did not fix it; a company fix is pending -> did_it false. 'planned... may still shift' -> expectation_set. 6-minute look-up inside the chat -> progress n/a.")

# ---------------------------------------------------------------- b8-017
C("b8-017", "ja", "email", "2026-09-28T20:00:00+09:00", [
    (U, "cu-1717", "小林 健", 0,
     "CrowdNest サポート御中\n\nお世話になります。プロジェクト『焚き火スピーカー』の支援者の小林です。\nリターンの発送予定が9月末とあったのに、まだ届きません。発送状況を教えてください。\n\n小林"),
    (A, "ag-endo", "遠藤", 1 * D + 13 * H,
     "小林様\n\nお問い合わせいただきありがとうございます。CrowdNest サポートの遠藤です。\n起案者に発送状況を確認いたします。今しばらくお待ちくださいませ。\n\n遠藤"),
    (U, "cu-1717", "小林 健", 6 * D, "遠藤様\n\nその後いかがでしょうか。\n\n小林"),
    (A, "ag-endo", "遠藤", 7 * D + 2 * H,
     "小林様\n\nお待たせしており申し訳ございません。現在、起案者に確認中です。\n\n遠藤"),
    (U, "cu-1717", "小林 健", 12 * D,
     "遠藤様\n\n何度も問い合わせていますが、いい加減にしてください。もう10月です。返金も考えています。\n\n> 現在、起案者に確認中です。\n\n小林"),
    (A, "ag-endo", "遠藤", 13 * D + 1 * H,
     "小林様\n\nご不快な思いをおかけし、大変申し訳ございません。引き続き起案者に確認しております。お待ちいただきありがとうございます。\n\n遠藤"),
    (A, "ag-endo", "遠藤", 15 * D + 3 * H,
     "小林様\n\n起案者より回答がございました。リターンは10月9日に発送済みで、追跡番号は 4821-5530-1192 です。必ず今月中にお届けいたします。\nご確認のほどよろしくお願いいたします。\n\n遠藤\n\n> 引き続き起案者に確認しております。お待ちいただきありがとうございます。"),
    (U, "cu-1717", "小林 健", 15 * D + 6 * H, "追跡番号は確認しました。最初から教えてくれればよかったのに。"),
], progress="vague", over=True, first=1 * D + 13 * H, primary="ag-endo",
   difficult=True, turnaround=False, did_it=False, emo=[4, 6],
   notes="Chase + 何度も + いい加減に -> difficult; still unhappy at the end -> no turnaround. Updates m04/m06 are both vague (確認中) -> vague. 必ず今月中にお届け (delivery is outside the agent's control) -> overpromise. The only thanks for waiting in the last agent mail sits in the quoted block; m06's thanks is mid-conversation (days before the last mail) -> closing_gratitude false.")

# ---------------------------------------------------------------- b8-018
C("b8-018", "en", "chat", "2026-09-25T19:45:00-04:00", [
    (U, "cu-1818", "Andrei P.", 0,
     "hello. I buy new phone and my eSIM not moving from old phone. please I need phone for work tomorrow morning, is urgent"),
    (A, "ag-brooks", "Kelly", 80,
     "Hi Andrei, Kelly here. You got a new phone and your eSIM hasn't moved over from the old one, and you need it working for work tomorrow morning. No worries, we'll get this done together. Do you still have the old phone with you, switched on?"),
    (U, "cu-1818", "Andrei P.", 140, "yes I have both"),
    (A, "ag-brooks", "Kelly", 170,
     "Great. On the NEW phone, please open Settings > Mobile Data > Transfer from nearby iPhone. What do you see?"),
    (U, "cu-1818", "Andrei P.", 260, "it show a code number on old phone now"),
    (A, "ag-brooks", "Kelly", 300,
     "Perfect, you're doing it exactly right. Now type that code on the new phone and wait for the transfer to finish."),
    (U, "cu-1818", "Andrei P.", 420, "ok... still waiting..."),
    (A, "ag-brooks", "Kelly", 450, "That's normal, take your time."),
    (U, "cu-1818", "Andrei P.", 600, "Is working now!! I can call. Thank you very much my friend 🙏"),
    (A, "ag-brooks", "Kelly", 630,
     "Fantastic, so happy it's working! Thanks for your patience going through the steps with me."),
    (A, "ag-brooks", "Kelly", 650,
     "Quick recap: the eSIM is now on your new phone, and the old phone will lose service automatically."),
], bt=[2], progress="n/a", closing=True, first=80, primary="ag-brooks",
   difficult=True, turnaround=True, did_it=True,
   step=[4, 6], enc=[6], emo=[2, 8, 10],
   notes="'is urgent' + deadline -> difficult. Customer transferred the eSIM himself step by step ('Is working now') -> did_it; thanks -> turnaround. Closing turn = m10+m11 (20 s apart, no customer message between) and m10 thanks for patience -> closing_gratitude. 'Great.' in m04 answers a yes/no question -> not encouragement.")

# ---------------------------------------------------------------- b8-019
C("b8-019", "ja", "chat", "2026-10-01T21:10:00+09:00", [
    (U, "cu-1919", "けんた", 0, "レッスン予約しようとすると『エラーが発生しました』って出ます。明日の20時のサラ先生です"),
    (A, "ag-ueda", "上田", 30, "こんばんは、上田です。明日20時のサラ先生のレッスンを予約しようとすると、エラーになってしまうのですね。"),
    (A, "ag-ueda", "上田", 50, "予約担当に引き継ぎますので、少々お待ちください。"),
    (A, "ag-kondo", "近藤", 290,
     "お待たせしました、予約担当の近藤です。ポイント残高の表示にずれがあったため、こちらで修正のうえ、ご希望のレッスンを予約いたしました。マイページでご確認いただけます。"),
    (U, "cu-1919", "けんた", 350, "おおー入ってました!ありがとうございます"),
    (A, "ag-kondo", "近藤", 380, "レッスンを楽しんでください!"),
], bt=[2], progress="n/a", first=30, primary="ag-ueda",
   difficult=False, turnaround=False, did_it=False,
   notes="The company fixed the points and booked the lesson -> did_it false. Not difficult. Two agents with 2 public messages each -> tie -> ag-ueda (earlier first message). 4-minute handover inside the chat -> n/a.")

# ---------------------------------------------------------------- b8-020
C("b8-020", "en", "email", "2026-10-12T08:40:00+11:00", [
    (U, "cu-2020", "Olivia Grant", 0,
     "Hi,\n\nSince 8am none of our staff can sign in to Ledgerly. The SSO page shows 'SAML response signature invalid'. About 250 people are blocked from invoicing and payroll runs today. Please treat this as urgent.\n\nOlivia Grant\nFinance Operations"),
    (A, "ag-hughes", "Sam Hughes", 25 * M,
     "Hi Olivia,\n\nI'm sorry, I know having 250 people blocked on a payroll day is a big deal. To confirm: since 8am every SSO sign-in fails with 'SAML response signature invalid'. That error almost always means your identity provider rotated its signing certificate and Ledgerly still holds the old one. Your IT admin can fix it on your side:\n1. In your identity provider, download the new signing certificate (Base64 .cer).\n2. In Ledgerly, go to Admin > Security > Single sign-on and click 'Replace certificate'.\n3. Upload the file, click Save, then try signing in again.\n\nSeveral customers hit this after the same certificate rotation last month, and this sorted it for them.\n\nSam\nLedgerly Support",
     {"tz": "+00:00"}),
    (U, "cu-2020", "Olivia Grant", 1 * H + 10 * M,
     "Hi Sam,\n\nOur IT admin (Raj) uploaded the new certificate as you described and everyone can log in again. Thanks so much for the quick and clear help, you saved our payroll day.\n\nOlivia\n\n> 2. In Ledgerly, go to Admin > Security > Single sign-on and click 'Replace certificate'."),
    (A, "ag-hughes", "Sam Hughes", 1 * H + 30 * M,
     "Hi Olivia,\n\nGreat to hear everyone is back in! Thank you and Raj for your cooperation today.\n\nSam",
     {"tz": "+00:00"}),
], bt=[2], progress="n/a", closing=True, first=25 * M, primary="ag-hughes",
   difficult=True, turnaround=True, did_it=True,
   step=[2], vic=[2], emo=[2, 4],
   notes="250 people blocked + 'urgent' -> difficult. The customer's own IT admin replaced the certificate following the steps and everyone can log in -> did_it (someone on the customer's side). Thanks -> turnaround. 'Several customers... sorted it' -> vicarious. Customer +11:00, agent +00:00.")

# ---------------------------------------------------------------- b8-021
C("b8-021", "ja", "chat", "2026-10-03T23:20:00+09:00", [
    (U, "cu-2121", "ゆうと", 0, "DLが99%で止まる。何度やっても止まるんだけど。もう3回目"),
    (A, "ag-sakai", "酒井", 45,
     "サポートの酒井です。ダウンロードが99%で止まって、3回やり直しても同じなんですね。何度も止まるとイライラしますよね。"),
    (A, "ag-sakai", "酒井", 55,
     "本体の『設定』→『ネットワーク』→『インターネット接続を設定』で、DNSを『手動』にして、プライマリに 1.1.1.1 を入れてみていただけますか?"),
    (U, "cu-2121", "ゆうと", 200, "入れた"),
    (A, "ag-sakai", "酒井", 230, "DNSの設定、バッチリです!そのままダウンロードを再開してみてください。"),
    (U, "cu-2121", "ゆうと", 600, "いった。最後までいった"),
    (A, "ag-sakai", "酒井", 640, "最後までいってよかったです!またなにかあればいつでもどうぞ。"),
], bt=[2], progress="n/a", first=45, primary="ag-sakai",
   difficult=True, turnaround=False, did_it=True,
   step=[3, 5], enc=[5], emo=[2, 7],
   notes="何度やっても + 3回目 -> difficult. He changed DNS himself and the download finished (最後までいった) -> did_it. Last customer message is a success report only, no thanks -> no turnaround. Closing has no thanks.")

# ---------------------------------------------------------------- b8-022
C("b8-022", "en", "chat", "2026-10-06T09:51:00+09:00", [
    (U, "cu-2222", "Chloe", 0, "my rail pass QR won't scan at the Kyoto station gate, train leaves in 10 min!!!"),
    (A, "ag-tanaka", "Yui Tanaka", 40,
     "Hi Chloe! Quick fix to try: turn your screen brightness to max and open the pass from 'My Passes > Offline copy' instead of the email. Then hold it flat about 10 cm above the reader."),
    (U, "cu-2222", "Chloe", 150, "ok it scanned, I'm through"),
    (U, "cu-2222", "Chloe", 155, "thx"),
    (A, "ag-tanaka", "Yui Tanaka", 180, "Great, have a good trip!"),
], progress="n/a", first=40, primary="ag-tanaka",
   difficult=True, turnaround=True, did_it=True, step=[2],
   notes="Deadline (train in 10 min, !!!) -> difficult. She did the brightness/offline-copy steps herself and got through the gate -> did_it. Her last messages include 'thx' -> turnaround. No restatement; 'Great, have a good trip!' is not specific relief-sharing.")

# ---------------------------------------------------------------- b8-023
C("b8-023", "ja", "email", "2026-10-05T12:00:00+09:00", [
    (U, "cu-2323", "田中 浩二", 0,
     "チャージホーム ご担当者様\n\nお世話になっております。先月、御社の家庭用EV充電器の設置を申し込みました田中です。\nまだ施工日の連絡がありませんが、いつ頃になりますでしょうか。\n\n田中 浩二"),
    (A, "ag-yoshida", "吉田", 2 * D + 3 * H,
     "田中様\n\nお世話になっております。チャージホーム カスタマーセンターの吉田でございます。\n先月お申し込みいただいた設置工事について、まだ施工日のご連絡が届いていないとのこと、ご心配をおかけし申し訳ございません。\n現在、電力会社への申請結果待ちの状態です。申請結果が出るまで通常2〜3週間ほどかかりますが、前後する可能性がございます。結果が出ましたら、施工業者より日程のご連絡を差し上げます。\n\n吉田"),
    (U, "cu-2323", "田中 浩二", 24 * D,
     "吉田様\n\n3週間以上経ちましたが、まだ連絡がありません。年末までに設置できないと困ります。その後いかがでしょうか。\n\n田中"),
    (A, "ag-yoshida", "吉田", 25 * D + 2 * H,
     "田中様\n\nお待たせしており申し訳ございません。電力会社に確認したところ、申請は10月27日に承認されておりました。施工業者に日程調整を依頼済みで、今週中に業者よりご連絡いたします。ご安心ください、絶対に年内には設置いたします。\n\n吉田"),
    (A, "ag-yoshida", "吉田", 27 * D + 4 * H,
     "田中様\n\n施工日が12月5日(土)午前に決定いたしました。当日は作業員2名でお伺いします。\n当日はどうぞよろしくお願いいたします。\n\n吉田"),
    (U, "cu-2323", "田中 浩二", 27 * D + 6 * H, "承知しました。"),
], bt=[2], progress="concrete", expect=True, over=True, first=2 * D + 3 * H,
   primary="ag-yoshida", difficult=True, turnaround=False, did_it=False, emo=[2, 4],
   notes="Chase (その後いかがでしょうか) + 困ります -> difficult. Bare 承知しました at the end -> no turnaround. m02 (status with 通常〜ほど/前後する可能性) and m04 (approval found, scheduling requested, contact this week) are concrete -> concrete. 通常2〜3週間...前後する可能性 -> expectation_set; 絶対に年内には設置 -> overpromise (both true). Company schedules the install -> did_it false.")

# ---------------------------------------------------------------- b8-024
C("b8-024", "en", "chat", "2026-10-08T06:50:00-05:00", [
    (U, "cu-2424", "Bill Kessler", 0,
     "Morning. My 6R tractor dropped off the FleetView app map yesterday. Other two machines still there. Bit of a nuisance."),
    (A, "ag-moreau", "Julien", 300,
     "Morning Bill. So the 6R disappeared from the FleetView map yesterday while the other two machines are still showing. Could you go to Machines > 6R > 'Re-link terminal' and tell me what message you get?"),
    (U, "cu-2424", "Bill Kessler", 420, "says 'Link failed: subscription inactive'"),
    (A, "ag-moreau", "Julien", 450, "Thanks for your patience, that explains it. Let me look at the subscription."),
    (A, "ag-moreau", "Julien", 630,
     "The 6R's connectivity subscription lapsed on Sept 30 because the card on file had expired. It's covered by your dealer plan, so I've renewed it from our side at no charge. It's back on the map now."),
    (U, "cu-2424", "Bill Kessler", 700, "Yep, there it is. Cheers."),
    (A, "ag-moreau", "Julien", 730, "Good stuff. Have a good harvest, Bill."),
], bt=[2], progress="n/a", first=300, primary="ag-moreau",
   difficult=False, turnaround=False, did_it=False, step=[2],
   notes="'Bit of a nuisance' is mild -> not difficult. The customer's re-link only produced a diagnostic; the company renewed the subscription -> did_it false. The only thanks for patience (m04) is mid-conversation; the closing turn m07 has none -> closing_gratitude false.")
