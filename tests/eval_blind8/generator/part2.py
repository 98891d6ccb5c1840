# -*- coding: utf-8 -*-
"""Conversations b8-025 .. b8-048."""
from common import C, M, H, D

A, U, B = "agent", "customer", "bot"

# ---------------------------------------------------------------- b8-025
C("b8-025", "ja", "chat", "2026-10-10T20:00:00+09:00", [
    (A, "ag-kato", "加藤", 0, "こんにちは!たびスタ予約サポートの加藤です。ご用件をどうぞ。"),
    (U, "cu-2525", "まき", 95, "11/14から2泊で取ってる箱根の宿、1日後ろにずらしたいです。できますか?"),
    (A, "ag-kato", "加藤", 140,
     "11月14日から2泊の箱根のご予約を、1日後ろ(11月15日から2泊)に変更されたいのですね。こちらのプランは日程の変更が可能です。"),
    (A, "ag-kato", "加藤", 160,
     "マイページ→予約一覧→該当のご予約→『日程を変更』から、15日チェックインを選んでいただけますか?"),
    (U, "cu-2525", "まき", 300, "変更できました〜!料金も同じでした"),
    (A, "ag-kato", "加藤", 330,
     "ご自身でスムーズに変更いただけましたね!箱根旅行、楽しんでください。本日はありがとうございました。"),
    (U, "cu-2525", "まき", 350, "ありがとうございました!"),
], bt=[3], progress="n/a", closing=True, first=45, primary="ag-kato",
   difficult=False, turnaround=False, did_it=True, step=[4], enc=[6],
   notes="Agent greeting m01 precedes the customer -> not a response; first_response_s = m03 - m02 = 45. Customer changed the dates herself (変更できました) -> did_it. Not difficult. 本日はありがとうございました in the closing -> closing_gratitude.")

# ---------------------------------------------------------------- b8-026
C("b8-026", "en", "email", "2026-10-13T18:00:00-07:00", [
    (U, "cu-2626", "Hannah Price", 0,
     "Hi,\n\nWe had to cancel our March wedding at Cedar Hollow because Leo's father is seriously ill. We are heartbroken and honestly really stressed about money now. Can we please get our $4,000 deposit back? We need to know as soon as possible.\n\nHannah"),
    (A, "ag-cho", "Grace Cho", 20 * H,
     "Dear Hannah,\n\nI'm so sorry to hear about Leo's father. That is a lot to carry, and I'm sorry you're having to deal with this on top of it. I understand you've cancelled your March wedding and are asking for your $4,000 deposit back.\n\nUnder your contract, cancellations more than 120 days before the date get 50% of the deposit back, so you will receive $2,000. I've asked our manager whether an exception is possible given the circumstances, but I can't promise it will be approved. I'll let you know by Friday either way.\n\nWarmly,\nGrace Cho\nCedar Hollow Events"),
    (U, "cu-2626", "Hannah Price", 2 * D + 2 * H,
     "Grace, thanks for being kind about it. But half feels unfair when we're cancelling for a medical reason. Any news from your manager?"),
    (A, "ag-cho", "Grace Cho", 3 * D + 1 * H,
     "Dear Hannah,\n\nOur manager reviewed your request. We can't refund more than the contract allows, but we can offer the remaining $2,000 as credit for any event at Cedar Hollow within two years. The $2,000 refund was sent to your card today; refunds usually appear within 5-7 business days.\n\nThank you for your patience while we looked into this.\n\nWarmly,\nGrace"),
    (U, "cu-2626", "Hannah Price", 3 * D + 5 * H,
     "I still think it's unfair, but ok. We'll take the refund. Not sure we'll ever use the credit."),
], bt=[2], progress="none", expect=True, closing=True, first=20 * H, primary="ag-cho",
   difficult=True, turnaround=False, did_it=False, emo=[2],
   notes="'really stressed', 'as soon as possible', chase -> difficult; still unhappy at the end -> no turnaround. m02 answers the contract part and starts the exception review (start-of-work); the customer chased and the next agent mail is the result -> progress none. 'can't promise it will be approved' (what the resolution covers) and 'usually 5-7 business days' -> expectation_set. No customer-side fix.")

# ---------------------------------------------------------------- b8-027
C("b8-027", "ja", "chat", "2026-10-15T11:00:00+09:00", [
    (U, "cu-2727", "斎藤", 0, "3階の複合機に印刷できません。送信しても何も出てこないです"),
    (A, "ag-nishi", "西", 150,
     "ワークベース サポートの西です。3階の複合機に送っても印刷されないのですね。お使いのPCはWindowsとMacのどちらでしょうか?"),
    (U, "cu-2727", "斎藤", 200, "あ、すみません自己解決しました!2階のプリンタを選んでました笑 ちゃんと出ました"),
    (A, "ag-nishi", "西", 240,
     "解決してよかったです!フロアごとにプリンタ名が分かれているので紛らわしいですよね。またいつでもどうぞ。"),
], bt=[2], progress="n/a", first=150, primary="ag-nishi",
   difficult=False, turnaround=False, did_it=False, emo=[4],
   notes="The customer fixed it on her own before any guidance (the agent had only asked an information question) -> did_it false: not 'following the agent's guidance'. Not difficult.")

# ---------------------------------------------------------------- b8-028
C("b8-028", "en", "chat", "2026-10-17T15:30:00-04:00", [
    (U, "cu-2828", "Devon", 0,
     "My audiobook loan keeps saying 'license unavailable' even though the title page says 'Available now'."),
    (A, "ag-fitz", "Maeve", 180, "Hi Devon, thanks for flagging. Let me check the title's licenses."),
    (A, "ag-fitz", "Maeve", 480,
     "Publisher license pool out of sync with catalogue. Escalating to content team, customer may need to wait.",
     {"internal": True}),
    (U, "cu-2828", "Devon", 1200, "hello? any update?"),
    (U, "cu-2828", "Devon", 2400, "seriously, is anyone there? i've been waiting 40 minutes"),
], progress="none", first=180, primary="ag-fitz",
   difficult=True, turnaround=False, did_it=False,
   notes="Customer chases twice and gets no public reply after 'Let me check' (the internal note does not count) -> progress none, difficult. m02 thanks only for the contact ('thanks for flagging') at the opening -> closing_gratitude false.")

# ---------------------------------------------------------------- b8-029
C("b8-029", "ja", "chat", "2026-10-19T14:00:00+09:00", [
    (U, "cu-2929", "木下", 0, "請求書PDFに登録番号(T番号)が出てきません。設定はしたはずなのですが"),
    (A, "ag-takeda", "武田", 120, "カゾエル サポートの武田です。見積書のPDFに登録番号が表示されない、ということでよろしいでしょうか。"),
    (U, "cu-2929", "木下", 160, "いえ、請求書です"),
    (A, "ag-takeda", "武田", 200,
     "失礼いたしました。請求書のPDFに登録番号が表示されないのですね。『設定』→『帳票設定』→『請求書』の『登録番号を表示する』にチェックが入っているか確認していただけますか。"),
    (U, "cu-2929", "木下", 320, "チェック入ってませんでした。入れて保存しました"),
    (A, "ag-takeda", "武田", 350, "ありがとうございます。その設定で正しく保存できています。もう一度請求書のPDFを出力してみてください。"),
    (U, "cu-2929", "木下", 430, "表示されました。ありがとうございます"),
    (A, "ag-takeda", "武田", 460, "無事表示されてよかったです。設定作業にご協力いただきありがとうございました。"),
], bt=[2, 4], progress="n/a", closing=True, first=120, primary="ag-takeda",
   difficult=False, turnaround=False, did_it=True,
   step=[4, 6], enc=[6], emo=[8],
   notes="m02 restates wrongly (見積書) and is corrected in m04 -> both count as backtracking. Customer ticked the setting and re-exported herself (表示されました) -> did_it. Not difficult.")

# ---------------------------------------------------------------- b8-030
C("b8-030", "en", "email", "2026-10-20T22:10:00-06:00", [
    (U, "cu-3030", "Marcus Ruiz", 0,
     "Hi, my Nexa One console updated last night and now it won't boot past the logo. I tried everything on your website. This is ridiculous, I paid $500 for this thing and it's 3 months old."),
    (A, "ag-sullivan", "Erin Sullivan", 8 * H,
     "Hi Marcus,\n\nI'm really sorry. Your three-month-old console is stuck on the logo after last night's update, and the recovery steps on our website didn't help. That's not okay, so I've opened a warranty repair for you. Please use the attached prepaid label to send it in.\n\nErin\nNexa Support",
     {"tz": "-05:00"}),
    (U, "cu-3030", "Marcus Ruiz", 9 * D, "Sent it a week ago. Any news?"),
    (A, "ag-sullivan", "Erin Sullivan", 9 * D + 3 * H,
     "Hi Marcus, it's still being looked at by the repair team.\n\nErin\n\n> Sent it a week ago. Any news?",
     {"tz": "-05:00"}),
    (U, "cu-3030", "Marcus Ruiz", 12 * D, "Still nothing. I've been without it for almost 2 weeks."),
    (A, "ag-sullivan", "Erin Sullivan", 12 * D + 2 * H,
     "Hi Marcus,\n\nThe repair center found that the storage chip on the motherboard failed during the update, so they're replacing the whole unit instead of repairing it. The replacement ships Wednesday, and it will definitely reach you by Friday.\n\nErin",
     {"tz": "-05:00"}),
    (U, "cu-3030", "Marcus Ruiz", 16 * D, "Got the new console, it works. Thanks, you came through in the end."),
    (A, "ag-sullivan", "Erin Sullivan", 16 * D + 1 * H,
     "Great to hear, Marcus, enjoy! And thank you for your patience through all this.\n\nErin",
     {"tz": "-05:00"}),
], bt=[2], progress="mixed", over=True, closing=True, first=8 * H, primary="ag-sullivan",
   difficult=True, turnaround=True, did_it=False, emo=[2, 8],
   notes="'ridiculous' + chases -> difficult; thanks at the end -> turnaround. Company replaced the console -> did_it false. m04 vague, m06 concrete -> mixed. 'will definitely reach you by Friday' -> overpromise; no hedged outlook -> expectation_set false. Customer -06:00, agent -05:00.")

# ---------------------------------------------------------------- b8-031
C("b8-031", "ja", "email", "2026-10-01T07:45:00+09:00", [
    (U, "cu-3131", "中島 幸子", 0,
     "ひまわり歯科 御中\n\nいつもお世話になっております。10月8日(木)15時に予約しております中島です。\n仕事の都合で、同じ週の土曜日午前に変更をお願いできますでしょうか。\nよろしくお願いいたします。\n\n中島 幸子"),
    (A, "ag-hirano", "平野", 4 * H,
     "中島様\n\nひまわり歯科 受付の平野です。\n10月8日(木)15時のご予約を、同じ週の土曜日午前へご変更ご希望とのこと、承知いたしました。\n10月10日(土)10時30分に空きがございましたので、こちらでお取りいたしました。\n\nお問い合わせいただきありがとうございました。\n\n平野"),
    (U, "cu-3131", "中島 幸子", 6 * H,
     "平野様\n\nご対応ありがとうございます。10日10時30分に伺います。\n\n> 10月10日(土)10時30分に空きがございましたので、こちらでお取りいたしました。\n\n中島"),
], bt=[2], progress="n/a", first=4 * H, primary="ag-hirano",
   difficult=False, turnaround=False, did_it=False,
   notes="Routine reschedule done by the clinic -> did_it false. The only closing thanks is お問い合わせいただきありがとうございました (thanks for the contact) -> closing_gratitude false.")

# ---------------------------------------------------------------- b8-032
C("b8-032", "en", "chat", "2026-10-22T17:30:00+01:00", [
    (U, "cu-3232", "Ahmed", 0,
     "The CleanCity app crashes every time I try to book a bulky waste pickup. I'm moving out on Saturday and really worried the sofa will still be here."),
    (A, "ag-walsh", "Fiona", 60,
     "Hi Ahmed, sorry about that, I know moving week is stressful enough. So the app crashes whenever you try to book the bulky pickup, and you need the sofa gone before Saturday. Let's try this first: go to your phone's Settings > Apps > CleanCity > Storage and tap 'Clear cache', then open the app again."),
    (U, "cu-3232", "Ahmed", 240, "ok did it, the booking page opens now"),
    (A, "ag-walsh", "Fiona", 270, "Good, you cleared it correctly. Now pick 'Sofa' and the Friday slot."),
    (U, "cu-3232", "Ahmed", 400, "ugh it crashed again at the payment screen. seriously"),
    (A, "ag-walsh", "Fiona", 430,
     "I'm sorry, that's frustrating. The crash on the payment screen is a known bug our developers are working on. I can book the Friday pickup for you over the phone instead, would that work?"),
    (U, "cu-3232", "Ahmed", 500, "fine. call me at the number on my account."),
    (A, "ag-walsh", "Fiona", 520, "Will do, I'll call you in 5 minutes."),
], bt=[2], progress="n/a", first=60, primary="ag-walsh",
   difficult=True, turnaround=False, did_it=False,
   step=[2, 4], enc=[4], emo=[2, 6],
   notes="'really worried' + Saturday deadline -> difficult. Clearing the cache helped at first, then the app crashed again at payment; the booking moves to the phone -> did_it false. 'fine.' -> no turnaround. 'I'll call you in 5 minutes' is only the next contact -> not expectation_set.")

# ---------------------------------------------------------------- b8-033
C("b8-033", "ja", "chat", "2026-10-24T10:05:00+09:00", [
    (U, "cu-3333", "渡辺", 0,
     "すみません。今月の請求がいつもより3千円も高いのですが、何か間違って契約してしまったのでしょうか。不安です。"),
    (A, "ag-aoki", "青木", 150,
     "お問い合わせありがとうございます。担当の青木です。今月のご請求がいつもより3,000円ほど高く、何か契約してしまったのではとご不安なのですね。お調べいたしますので、少々お待ちください。"),
    (A, "ag-aoki", "青木", 270,
     "お待たせいたしました。9月に海外でデータ通信をご利用になったため、海外ローミング料金が3,080円かかっておりました。新しいご契約などはございませんので、ご安心ください。"),
    (U, "cu-3333", "渡辺", 340, "ああ、9月に台湾に行きました。そういうことでしたか。安心しました。ありがとうございました。"),
    (A, "ag-aoki", "青木", 380, "とんでもございません。ご不明な点があればいつでもお問い合わせください。"),
], bt=[2], progress="n/a", first=150, primary="ag-aoki",
   difficult=True, turnaround=True, did_it=False, emo=[2, 3],
   notes="不安です -> difficult; after the answer 安心しました+ありがとうございました -> turnaround. Nothing to fix (explanation only) -> did_it false. 2-minute look-up -> n/a.")

# ---------------------------------------------------------------- b8-034
C("b8-034", "en", "email", "2026-10-26T09:10:00+01:00", [
    (U, "cu-3434", "Katrin Vogel", 0,
     "Hello,\n\nwe have assigned the course 'Data Privacy Basics' to our 40 new trainees yesterday but they don't see it in their dashboard. Can you check please?\n\nBest regards\nKatrin Vogel, HR"),
    (A, "ag-dimitrov", "Petar Dimitrov", 2 * H,
     "Hello Katrin,\n\nThanks for your message. You assigned 'Data Privacy Basics' to 40 new trainees yesterday, but it isn't showing on their dashboards. This happens when a course is assigned before its enrolment window opens. Could you (or your LMS admin) do the following:\n1. Open Courses > Data Privacy Basics > Settings.\n2. Set 'Enrolment window' to start today.\n3. Click 'Re-send assignment' on the Learners tab.\n\nBest regards,\nPetar"),
    (U, "cu-3434", "Katrin Vogel", 1 * D + 1 * H,
     "Hello Petar,\n\nour LMS admin changed the enrolment window as you described and re-sent, that did the trick. The trainees see the course now. Thank you!\n\nKatrin"),
    (A, "ag-dimitrov", "Petar Dimitrov", 1 * D + 2 * H,
     "Hello Katrin,\n\nExcellent, you and your admin set it up exactly right. Thanks for your cooperation!\n\nPetar"),
], bt=[2], progress="n/a", closing=True, first=2 * H, primary="ag-dimitrov",
   difficult=False, turnaround=False, did_it=True, step=[2], enc=[4],
   notes="The customer's LMS admin applied the steps and the trainees see the course -> did_it. Not difficult, so no turnaround despite the thanks.")

# ---------------------------------------------------------------- b8-035
C("b8-035", "ja", "chat", "2026-10-27T21:30:00+09:00", [
    (U, "cu-3535", "さとみ", 0,
     "ミドリPASSのアプリで定期の区間変更ってどうやるんですか?明日の朝の通勤から新しい区間で使いたいので困ってます"),
    (A, "ag-nakamura", "中村", 100,
     "ミドリ交通の中村です。明日の朝の通勤から、新しい区間の定期をお使いになりたいのですね。区間変更はアプリから以下の手順でできます。\n1. 『定期券』→『区間変更』をタップ\n2. 新しい乗車駅・降車駅を入力\n3. 差額をお支払い\nつまり、窓口に行かなくてもアプリだけで手続きが完結します。"),
    (U, "cu-3535", "さとみ", 240, "今夜やって、明日の朝駅で試してみます!ありがとうございます、助かりました"),
    (A, "ag-nakamura", "中村", 270,
     "どういたしまして。お手続きの際にご不明な点があれば、またご連絡ください。"),
], bt=[2], progress="n/a", first=100, primary="ag-nakamura",
   difficult=True, turnaround=True, did_it=False, step=[2],
   notes="困ってます + tomorrow-morning deadline -> difficult. The question was answered and she thanks (助かりました) -> turnaround. She will do it tonight and test tomorrow: success never shown -> did_it false. つまり explains the product, not a restatement.")

# ---------------------------------------------------------------- b8-036
C("b8-036", "en", "chat", "2026-10-29T18:00:00-04:00", [
    (U, "cu-3636", "Gary", 0,
     "hi there, so we got the WattBox charger installed last week by your guy, nice fella, anyway the app won't let me set the off-peak schedule, it just greys out the save button, my wife says I'm doing it wrong lol, she's probably right"),
    (A, "ag-kim", "Jenna Kim", 70,
     "Hi Gary! So the Save button stays greyed out when you set the off-peak schedule in the app. That happens when the charger's clock hasn't synced yet after install. Could you tap Charger > Settings > Time zone and choose your time zone, even if it already looks right?"),
    (U, "cu-3636", "Gary", 160, "done, picked Eastern"),
    (A, "ag-kim", "Jenna Kim", 190,
     "That's the right one, nicely done. Now go back to Schedule and set your hours again. Lots of customers with new installs hit this, and the time zone step fixed it for them."),
    (U, "cu-3636", "Gary", 300, "well would you look at that, it saved. don't tell my wife 😂 thanks!"),
    (A, "ag-kim", "Jenna Kim", 330, "Haha, your secret's safe! Glad it's sorted."),
], bt=[2], progress="n/a", first=70, primary="ag-kim",
   difficult=False, turnaround=False, did_it=True,
   step=[2, 4], vic=[4], enc=[4], emo=[6],
   notes="He set the time zone and saved the schedule himself ('it saved') -> did_it. Self-deprecating joking is not frustration -> not difficult. 'Lots of customers... fixed it' -> vicarious.")

# ---------------------------------------------------------------- b8-037
C("b8-037", "ja", "email", "2026-11-02T09:00:00+09:00", [
    (U, "cu-3737", "森本 由佳", 0,
     "ご担当者様\n\n先日納品いただいた招待状ですが、新郎の名前の漢字が間違っております(「高橋 翔」が「髙橋 翔」になっています)。\n発送予定日が来週の月曜日なので、とても焦っています。どうしたらよいでしょうか。\n\n森本 由佳"),
    (A, "ag-kimura", "木村", 3 * H,
     "森本様\n\nこの度は大変申し訳ございません。ブライダルサロンの木村でございます。\n納品した招待状で、新郎様のお名前が「高橋 翔」ではなく「髙橋 翔」と誤って印刷されていたとのこと、発送日を控えてさぞご心配のことと存じます。\n全60部をこちらで無償で刷り直しいたします。印刷所によると通常3営業日ほどで仕上がりますが、混雑状況により前後する可能性がございます。仕上がり次第、速達でお送りいたします。\n\n木村"),
    (U, "cu-3737", "森本 由佳", 2 * D + 1 * H,
     "木村様\n\nその後、印刷の進み具合はいかがでしょうか。月曜に間に合うか心配です。\n\n森本"),
    (A, "ag-kimura", "木村", 2 * D + 2 * H,
     "森本様\n\nご心配をおかけしております。本日、校正を印刷所と確認し、正しい「高橋 翔」で本刷りに入りました。金曜の午前中に仕上がる見込みで、同日中に速達で発送する予定です。\n\n木村"),
    (A, "ag-kimura", "木村", 4 * D + 5 * H,
     "森本様\n\n本日、刷り直した招待状60部を速達で発送いたしました。明日の午前中に到着予定です。\n度重なるご心配をおかけし、申し訳ございませんでした。お忙しい中、校正のご確認にもご協力いただき、ありがとうございました。\n\n木村"),
    (U, "cu-3737", "森本 由佳", 5 * D + 4 * H,
     "木村様\n\n本日届きました。名前も正しくなっており、本当にほっとしました。迅速にご対応いただき、ありがとうございました。\n\n森本"),
], bt=[2], progress="concrete", expect=True, closing=True, first=3 * H, primary="ag-kimura",
   difficult=True, turnaround=True, did_it=False, emo=[2, 4, 5],
   notes="とても焦っています + chase + 心配です -> difficult; ほっとしました+ありがとう -> turnaround. The venue reprinted -> did_it false. m04 concrete interim update -> concrete. 通常3営業日ほど...前後する可能性 -> expectation_set. Closing thanks for cooperation.")

# ---------------------------------------------------------------- b8-038
C("b8-038", "en", "chat", "2026-09-18T23:02:00+01:00", [
    (U, "cu-3838", "Sofia R.", 0, "I'm standing outside the apartment in Porto, it's 11pm and I never got the door code!! please help"),
    (A, "ag-silva", "Tiago", 45,
     "Hi Sofia, I'm so sorry, that's a stressful spot to be in. You're outside the Porto apartment and never received your door code. I'm generating a new one for you right now."),
    (A, "ag-silva", "Tiago", 165, "Your new code is 4 8 1 7 #. It's active now."),
    (U, "cu-3838", "Sofia R.", 240, "ok typed it in, I'm in!!"),
    (U, "cu-3838", "Sofia R.", 250, "thank god. thank you so much"),
    (A, "ag-silva", "Tiago", 280, "So glad you're in safe! Sorry again for the scare. Have a lovely stay."),
], bt=[2], progress="n/a", first=45, primary="ag-silva",
   difficult=True, turnaround=True, did_it=False, emo=[2, 6],
   notes="Late-night lock-out + 'please help' -> difficult; thanks -> turnaround. The company issued the code; typing it in is only a follow-up -> did_it false.")

# ---------------------------------------------------------------- b8-039
C("b8-039", "ja", "chat", "2026-11-05T19:40:00+09:00", [
    (U, "cu-3939", "村上", 0, "子どものゲーム時間を1日1時間に制限したいです。どこから設定しますか?"),
    (A, "ag-sakai", "酒井", 80,
     "酒井です。お子さまのプレイ時間を1日1時間に制限されたいのですね。操作の流れをGIFにしたものをお送りしますので、見ながら進めてみてください。\n[GIF: 見守り設定_プレイ時間.gif]\n1. 本体の『設定』→『見守り設定』\n2. お子さまのアカウントを選ぶ\n3. 『1日のプレイ時間』を60分にして保存"),
    (U, "cu-3939", "村上", 400, "設定できました!子どものアカウントで見たら、残り時間60分って出てました"),
    (A, "ag-sakai", "酒井", 430, "ばっちり設定できていますね!お子さまのアカウントで確認までしていただいて完璧です。"),
    (U, "cu-3939", "村上", 470, "ありがとうございました〜"),
], bt=[2], progress="n/a", first=80, primary="ag-sakai",
   difficult=False, turnaround=False, did_it=True,
   step=[2], vic=[2], enc=[4],
   notes="The parent set the limit herself with the GIF walkthrough and verified it -> did_it. GIF demo -> vicarious. Not difficult. Closing turn m04 has praise but no thanks -> closing_gratitude false.")

# ---------------------------------------------------------------- b8-040
C("b8-040", "en", "email", "2026-11-06T10:00:00+08:00", [
    (U, "cu-4040", "Li Wei", 0,
     "Hello,\n\nMy campaign payout was scheduled for Nov 1 but I haven't received it. Could you check?\n\nLi Wei"),
    (B, "bot-fundrise", "FundRise Auto-reply", 60,
     "Thanks for contacting FundRise. We've received your request (#88213) and will reply within 2 business days."),
    (A, "ag-porter", "Liam Porter", 1 * D,
     "Payout held by compliance: KYC document expired. Need new ID from customer. Assigning to payouts queue.",
     {"internal": True}),
    (U, "cu-4040", "Li Wei", 4 * D,
     "Hi, following up on #88213. Any news? I need to pay my suppliers this week."),
    (U, "cu-4040", "Li Wei", 7 * D, "Still no answer. This is really not OK."),
], progress="none", first=None, primary=None,
   difficult=True, turnaround=False, did_it=False,
   notes="No public agent reply at all (bot auto-reply and internal note excluded) -> first_response_s and primary_agent_id null, progress none. Chase + supplier deadline -> difficult.")

# ---------------------------------------------------------------- b8-041
C("b8-041", "ja", "chat", "2026-11-08T22:00:00+09:00", [
    (U, "cu-4141", "本好き", 0, "電子書籍借りたのに、何度やってもダウンロードが途中で失敗します。返却期限あるし焦ってます"),
    (A, "ag-ito", "伊藤", 130,
     "〇〇市立図書館 電子書籍サポートの伊藤です。お借りになった電子書籍のダウンロードが、何度試しても途中で失敗してしまうのですね。返却期限もあって焦りますよね。まず、Wi-Fiにつながっていることを確認して、アプリの『本棚』から該当の本を長押しし、『再ダウンロード』を押していただけますか。"),
    (U, "cu-4141", "本好き", 300, "Wi-Fiです。再ダウンロードもだめでした。48%で止まる"),
    (A, "ag-ito", "伊藤", 340,
     "ありがとうございます。端末の空き容量が足りない可能性があります。スマホの『設定』→『ストレージ』で、空き容量が何GBあるか見ていただけますか。"),
    (U, "cu-4141", "本好き", 600, "0.3GBしかなかった…写真消しました。今2GBあいてます"),
    (A, "ag-ito", "伊藤", 630,
     "空き容量の確保、まさにそれが必要でした!あと一息です、もう一度『再ダウンロード』を押してみてください。"),
    (U, "cu-4141", "本好き", 800, "言われた通りにやったら最後までいきました!読めます!ありがとうございます😭"),
    (A, "ag-ito", "伊藤", 830, "無事読めるようになってよかったです!粘り強く試していただき、ありがとうございました。"),
], bt=[2], progress="n/a", closing=True, first=130, primary="ag-ito",
   difficult=True, turnaround=True, did_it=True,
   step=[2, 4, 6], enc=[6], emo=[2, 8],
   notes="何度やっても + 焦ってます -> difficult. First attempt failed, then she freed storage and re-downloaded herself (言われた通りにやったら最後までいきました) -> did_it; thanks -> turnaround. Closing thanks for her effort.")

# ---------------------------------------------------------------- b8-042
C("b8-042", "en", "chat", "2026-11-10T12:15:00-08:00", [
    (U, "cu-4242", "Jess", 0,
     "wow 40 minutes in the queue, great service 👏 my number port from Telly has been 'pending' for 3 days and I have no signal"),
    (A, "ag-hassan", "Omar", 90,
     "Hi Jess, I'm really sorry about the wait and that you've been without signal. Your port from Telly has been stuck on pending for 3 days. Let me check it."),
    (A, "ag-hassan", "Omar", 330,
     "Found it: Telly rejected the port because the account number didn't match. I've corrected it from the details on your file and re-submitted the port; it's processing now. Thanks for your patience while this goes through."),
    (A, "ag-hassan", "Omar", 1050, "Port completed. Your number is now active on our network."),
    (U, "cu-4242", "Jess", 1200, "bars are back. took you long enough."),
], bt=[2], progress="concrete", first=90, primary="ag-hassan",
   difficult=True, turnaround=False, did_it=False, emo=[2],
   notes="Sarcasm about the queue + 3 days without signal -> difficult; 'took you long enough' -> no turnaround. Company re-submitted the port -> did_it false. m03 is a concrete interim update during a 15-minute wait -> concrete. m03's thanks for patience is 12 minutes before the last agent message m04, so it is outside the closing turn -> closing_gratitude false.")

# ---------------------------------------------------------------- b8-043
C("b8-043", "ja", "chat", "2026-11-12T07:30:00+09:00", [
    (U, "cu-4343", "石田", 0, "草刈機のエンジンがかからんのです。去年買うたやつです。ひもを引っ張っても、うんともすんとも言わん"),
    (A, "ag-fujii", "藤井", 240,
     "アグリテック サポートの藤井と申します。去年お買い上げの草刈機で、スターターのひもを引いてもエンジンがかからないのですね。ゆっくりで大丈夫ですので、一つずつ確認していきましょう。まず、エンジンの横にある丸い透明なポンプを、ガソリンが見えるまで7〜8回押していただけますか。"),
    (U, "cu-4343", "石田", 540, "押しました。ガソリンが見えました"),
    (A, "ag-fujii", "藤井", 580,
     "はい、それで正しくできています。次にチョークレバーを『始動』の位置(上)にして、ひもを3回ほど引いてみてください。"),
    (U, "cu-4343", "石田", 900, "かかった!かかりました。ブルンいうた"),
    (A, "ag-fujii", "藤井", 930, "おめでとうございます!かかったら、チョークレバーを『運転』(下)に戻してください。"),
    (U, "cu-4343", "石田", 1000, "戻しました。ちゃんと回っとります。ありがとうございました。ほんまに助かりました"),
    (A, "ag-fujii", "藤井", 1030, "よかったです!長い時間お付き合いいただき、ありがとうございました。"),
], bt=[2], progress="n/a", closing=True, first=240, primary="ag-fujii",
   difficult=False, turnaround=False, did_it=True,
   step=[2, 4, 6], enc=[4], emo=[2, 6, 8],
   notes="Elderly farmer describes the fault calmly (no frustration/anxiety/urgency) -> not difficult, so no turnaround despite 助かりました. He primed, choked and started the engine himself (かかりました) -> did_it. Closing thanks for his time.")

# ---------------------------------------------------------------- b8-044
C("b8-044", "en", "email", "2026-11-14T08:00:00+02:00", [
    (U, "cu-4444", "Nomvula Dlamini", 0,
     "Hi!\n\nI'm running the 'SolarSip bottle' campaign. A backer wrote this to me:\n\n> Why do I only see your updates on the public page? Very annoying, I'm really frustrated.\n\nHow do I send an update to backers only, not public?\n\nNomvula"),
    (A, "ag-porter", "Liam Porter", 5 * H,
     "Hi Nomvula,\n\nTo post a backers-only update:\n1. Go to your campaign dashboard > Updates > New update.\n2. Under 'Visibility', choose 'Backers only'.\n3. Write your update and click Publish.\n\nIn other words, only people who backed the campaign will see it, and they get an email notification straight away.\n\nLiam\nFundRise Creator Support",
     {"tz": "+00:00"}),
    (U, "cu-4444", "Nomvula Dlamini", 6 * H, "Thanks Liam! Will try it tonight after work 🙂"),
], progress="n/a", first=5 * H, primary="ag-porter",
   difficult=False, turnaround=False, did_it=False, step=[2],
   notes="The frustration is a quoted backer's words, not the customer's -> not difficult. She will try later; success not shown -> did_it false. 'In other words' explains the product -> not backtracking. Customer +02:00, agent +00:00.")

# ---------------------------------------------------------------- b8-045
C("b8-045", "ja", "chat", "2026-11-16T14:05:00+09:00", [
    (U, "cu-4545", "三浦", 0,
     "14時から会議室A予約してたのに、行ったら他の人が使ってるんですけど。お客さん来てるんですよ。どうなってるんですか"),
    (A, "ag-nishi", "西", 60,
     "大変申し訳ございません、ワークベースの西です。14時から会議室Aをご予約いただいていたのに、別の方が使用されているのですね。お客様をお待たせしている状況かと存じます。すぐに確認いたします。"),
    (U, "cu-4545", "三浦", 240, "まだですか?"),
    (A, "ag-nishi", "西", 270, "お待たせして申し訳ございません、現在確認中です。"),
    (A, "ag-nishi", "西", 480,
     "システムの不具合で、同じ時間帯に二重で予約が入っておりました。代わりに会議室C(同じ6名用、3階奥)をご用意しました。本日の会議室料金は無料とさせていただきます。"),
    (U, "cu-4545", "三浦", 540, "まあ、今回はいいです。次はちゃんとしてください"),
    (A, "ag-nishi", "西", 570, "ご迷惑をおかけし、誠に申し訳ございませんでした。再発防止に努めます。"),
], bt=[2], progress="vague", first=60, primary="ag-nishi",
   difficult=True, turnaround=False, did_it=False, emo=[2, 4, 7],
   notes="Anger + client waiting + chase -> difficult; ends with a reproach, no thanks -> no turnaround. The only interim update (m04 確認中です) is vague -> vague. Company gave a different room -> did_it false.")

# ---------------------------------------------------------------- b8-046
C("b8-046", "en", "chat", "2026-11-18T08:20:00-05:00", [
    (U, "cu-4646", "Pat O'Neill", 0,
     "Your patient portal keeps locking me out. Tried 5 times with the right password. So annoying, I just need my x-ray results."),
    (A, "ag-mensah", "Abena", 110,
     "Hi Pat, sorry for the hassle! You've been locked out after five tries even with the correct password, and you need your x-ray results. Let me take a look at your account."),
    (A, "ag-mensah", "Abena", 230,
     "Your account was locked by our security filter after the failed attempts. I've unlocked it and reset the counter, so you can log in now with your current password."),
    (U, "cu-4646", "Pat O'Neill", 300, "I'm in!"),
    (A, "ag-mensah", "Abena", 330, "Great! Your x-ray results are under Records > Imaging."),
], bt=[2], progress="n/a", first=110, primary="ag-mensah",
   difficult=True, turnaround=False, did_it=False, emo=[2],
   notes="Repeated failures + 'So annoying' -> difficult. The company unlocked the account; logging in is only a follow-up -> did_it false. 'I'm in!' is a success report without thanks -> no turnaround.")

# ---------------------------------------------------------------- b8-047
C("b8-047", "ja", "email", "2026-11-19T09:30:00+09:00", [
    (U, "cu-4747", "川口", 0,
     "カゾエル サポート ご担当者様\n\n株式会社ミナト 総務の川口です。\n先週も問い合わせましたが、まだ解決していません。会計ソフト『カゾエル』のライセンス認証が「サーバーに接続できません」となり、経理の3名が使えない状態が続いています。\n前回のご回答では直りませんでした。\n\n> パソコンを再起動のうえ、再度お試しください。\n\n至急ご対応をお願いします。\n\n川口"),
    (A, "ag-takeda", "武田", 5 * H,
     "川口様\n\nお世話になっております。カゾエル サポートの武田でございます。\n先週からライセンス認証で「サーバーに接続できません」と表示され、再起動をお試しいただいても改善せず、経理の3名様がご利用になれない状況とのこと、前回のご案内で解決に至らず大変申し訳ございません。\n社内ネットワークのファイアウォールで、認証サーバーへの通信が遮断されている可能性がございます。お手数ですが、社内のシステムご担当者様に以下をご依頼いただけますでしょうか。\n1. ファイアウォールで license.kazoeru.jp への443番ポートの通信を許可する\n2. 許可後、カゾエルを起動し『ヘルプ』→『ライセンス認証』を再実行する\n以前にも同じエラーのお客様が、この設定で解決されております。\n\n武田"),
    (U, "cu-4747", "川口", 1 * D + 3 * H,
     "武田様\n\n社内のシステム担当が手順どおりにファイアウォールの設定を変更し、認証を再実行したところ、ようやく3名とも使えるようになりました。\n\n> 1. ファイアウォールで license.kazoeru.jp への443番ポートの通信を許可する\n\n川口"),
    (A, "ag-takeda", "武田", 1 * D + 5 * H,
     "川口様\n\nご報告ありがとうございます。無事にご利用いただけるようになり、安心いたしました。\nこの度はご不便をおかけし、申し訳ございませんでした。システムご担当者様にもご対応いただき、誠にありがとうございました。\n\n武田\n\n> ようやく3名とも使えるようになりました。"),
], bt=[2], progress="n/a", closing=True, first=5 * H, primary="ag-takeda",
   difficult=True, turnaround=False, did_it=True,
   step=[2], vic=[2], emo=[2, 4],
   notes="Repeat contact + 至急 -> difficult. The customer's own system admin changed the firewall per the steps and all 3 can use it -> did_it. Last customer mail is a success report without thanks (ようやく) -> no turnaround. Closing thanks the admin for handling it (cooperation) -> closing_gratitude. The customer's quote of the earlier reply and the agent's quote of the customer do not count.")

# ---------------------------------------------------------------- b8-048
C("b8-048", "en", "chat", "2026-11-21T07:45:00-06:00", [
    (U, "cu-4848", "Megan", 0,
     "my FeedPal feeder isnt dispensing, it just makes a grinding noise. my cat skipped breakfast and I'm kind of freaking out"),
    (A, "ag-rivera", "Marco", 55,
     "Hi Megan, I'm sorry, I can tell you're worried about your cat. So the feeder grinds but no food comes out, and she missed breakfast. That noise usually means a kibble is jammed in the rotor. Can you unplug the feeder and lift the hopper off the base?"),
    (U, "cu-4848", "Megan", 150, "ok its off. there's a big piece of kibble stuck in the wheel thing"),
    (A, "ag-rivera", "Marco", 180,
     "Great find, that's the culprit. Pull it out, put the hopper back until it clicks, plug it in and press the manual feed button once."),
    (U, "cu-4848", "Megan", 330, "that fixed it!! food came out and she's eating now. thank you so much, I was panicking"),
    (A, "ag-rivera", "Marco", 360, "Yay, so glad she's eating! Thanks for working through it with me."),
], bt=[2], progress="n/a", closing=True, first=55, primary="ag-rivera",
   difficult=True, turnaround=True, did_it=True,
   step=[2, 4], enc=[4], emo=[2, 6],
   notes="'freaking out' -> anxiety -> difficult. She cleared the jam herself ('that fixed it') -> did_it; thanks -> turnaround. Closing thanks for her effort.")
