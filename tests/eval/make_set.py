#!/usr/bin/env python3
"""Writes tests/eval/messages.jsonl and labels.jsonl: otai's own labeled conversations.

Written for otai, labeled by the rules in ../shared/eval/LABELING.md, with phrasings that
the dev set does not use (different stock phrases, domains, hard negatives), so that
`otai eval` on it measures how the rules generalize. Deterministic.
Run from the repository root: python3 tests/eval/make_set.py
"""
import json
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
CONVS = []


def conv(cid, start, channel, msgs, **labels):
    """msgs: (role, seconds after start, text[, 'internal'])."""
    CONVS.append((cid, start, channel, msgs, labels))


A, B, C = ("agt-kondo", "近藤 遥"), ("agt-mori", "森 一樹"), ("agt-ueda", "上田 絢")
E1, E2 = ("agt-lee", "Grace Lee"), ("agt-park", "Min Park")

# --- 1: paraphrase with 〜ということでしょうか; concrete update; hedge; closing thanks
conv("own-001", datetime(2026, 4, 6, 10, 0, tzinfo=JST), "chat", [
    ("customer", 0, "保険アプリで保険証券のPDFをダウンロードしようとすると、真っ白な画面になってしまいます。"),
    ("agent", 75, "お問い合わせありがとうございます。担当の近藤です。保険証券のPDFを開こうとすると白い画面のまま表示されない、ということでしょうか。"),
    ("customer", 120, "はい、そうです。iPhoneです。"),
    ("agent", 160, "ありがとうございます。表示の処理を確認いたしますので、少々お待ちください。"),
    ("agent", 900, "途中経過をお伝えします。ログを確認したところ、昨日公開したバージョン3.2でPDF表示部品の読み込みに失敗していることが分かりました。このあと開発担当に修正の見通しを確認いたします。"),
    ("agent", 1500, "開発担当によると、修正版の公開は明後日を予定していますが、審査の状況によっては数日遅れる可能性がございます。それまではWeb版のマイページから証券をダウンロードいただけます。"),
    ("customer", 1700, "Web版でダウンロードできました。助かりました。"),
    ("agent", 1760, "お手数をおかけしました。最後までお付き合いいただき、ありがとうございました。"),
], backtracking=True, backtracking_message_ids=["own-001-m02"], progress="concrete", expectation_set=True,
   overpromise=False, closing_gratitude=True, first_response_s=75, primary_agent_id="agt-kondo",
   difficult=False, turnaround=False, customer_did_it=True)

# --- 2: hard negative: agent says かしこまりました only; vague update; overpromise 間違いなく
conv("own-002", datetime(2026, 4, 6, 13, 0, tzinfo=JST), "chat", [
    ("customer", 0, "ポイントが付与されていません。先週の買い物の分です。いい加減にしてください。"),
    ("agent", 140, "かしこまりました。お調べしますのでお待ちください。"),
    ("customer", 800, "まだですか？"),
    ("agent", 850, "ただいま調査中です。"),
    ("agent", 1400, "確認の結果、付与処理が漏れておりました。本日中に付与いたしますので、明日には間違いなく反映されます。"),
    ("customer", 1500, "わかりました。"),
], backtracking=False, backtracking_message_ids=[], progress="vague", expectation_set=False,
   overpromise=True, closing_gratitude=False, first_response_s=140, primary_agent_id="agt-mori",
   difficult=True, turnaround=False, customer_did_it=False)

# --- 3: 〜とのことですね restatement; n/a; closing gratitude via 感謝
conv("own-003", datetime(2026, 4, 7, 9, 30, tzinfo=JST), "chat", [
    ("customer", 0, "旅行の予約日を5月3日から5月10日に変更したいです。差額はかかりますか。"),
    ("agent", 50, "ご予約日を5月3日から5月10日へ変更されたく、差額の有無を知りたいとのことですね。"),
    ("customer", 70, "はい。"),
    ("agent", 130, "5月10日は同じ料金帯のため、差額はかかりません。予約変更の画面から日付を選び直してください。"),
    ("customer", 300, "変更できました。"),
    ("agent", 330, "ご確認いただき感謝申し上げます。よいご旅行を。"),
], backtracking=True, backtracking_message_ids=["own-003-m02"], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=50, primary_agent_id="agt-ueda",
   difficult=False, turnaround=False, customer_did_it=True)

# --- 4: agent's つまり explains the product (hard negative); request at the end (no thanks)
conv("own-004", datetime(2026, 4, 7, 11, 0, tzinfo=JST), "chat", [
    ("customer", 0, "家計簿アプリで、先月の支出グラフが表示されません。"),
    ("agent", 40, "ご連絡ありがとうございます。グラフは毎月1日の午前中に前月分が集計されます。つまり、月初の朝はまだ前月分が表示されない仕組みになっております。"),
    ("customer", 90, "今日は1日でした。午後にもう一度見てみます。"),
    ("agent", 120, "お手数ですが、ご確認のほどよろしくお願いいたします。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=40, primary_agent_id="agt-kondo",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 5: customer chased, no update → none; 必ず折り返し (commitment, not overpromise)
conv("own-005", datetime(2026, 4, 8, 15, 0, tzinfo=JST), "chat", [
    ("customer", 0, "解約手続きをしたのに、まだ会員ページに有料会員と表示されています。"),
    ("agent", 90, "ご不便をおかけしております。確認して必ず折り返しご連絡いたします。"),
    ("customer", 2400, "その後いかがでしょうか。"),
    ("agent", 3300, "お待たせいたしました。解約は月末付けで処理されており、4月30日までは有料会員として表示されます。5月1日以降は無料会員に切り替わります。"),
    ("customer", 3400, "そういうことなんですね。"),
], backtracking=False, backtracking_message_ids=[], progress="none", expectation_set=True,
   overpromise=False, closing_gratitude=False, first_response_s=90, primary_agent_id="agt-mori",
   difficult=True, turnaround=False, customer_did_it=False)

# --- 6: English, "If I understand correctly"; concrete; "can't guarantee"; closing thanks
conv("own-006", datetime(2026, 4, 8, 1, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "My team can't see the shared calendar since this morning. We have a client meeting at 3pm."),
    ("agent", 95, "Hi, I'm Grace. If I understand correctly, your team lost access to the shared calendar this morning and you need it before a 3pm client meeting?"),
    ("customer", 140, "Yes, that's right."),
    ("agent", 170, "Thanks. Let me check the sharing settings on our side."),
    ("agent", 700, "Update: I found that the calendar owner's account was suspended after a failed payment, which hides shared calendars. I'm now asking billing to lift the suspension."),
    ("agent", 1300, "Billing has lifted it. Access normally returns within 15 minutes, but I can't guarantee it for every device, so please refresh your calendar app."),
    ("customer", 1600, "It's back for everyone. Thank you so much, what a relief!"),
    ("agent", 1650, "Glad to hear it. Thanks for your patience this morning, and good luck with the meeting!"),
], backtracking=True, backtracking_message_ids=["own-006-m02"], progress="concrete", expectation_set=True,
   overpromise=False, closing_gratitude=True, first_response_s=95, primary_agent_id="agt-lee",
   difficult=True, turnaround=True, customer_did_it=False)

# --- 7: English hard negative: customer restates ("In other words"); agent "Got it."; vague; no thanks
conv("own-007", datetime(2026, 4, 9, 2, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "My invoice shows 12 seats but we only have 9 users."),
    ("agent", 60, "Could you share the workspace name?"),
    ("customer", 90, "acme-design. In other words, you're billing us for 3 seats we don't use."),
    ("agent", 120, "Got it. I'm checking your seats now."),
    ("customer", 900, "Any news?"),
    ("agent", 930, "Still looking into it."),
    ("agent", 1500, "I've removed the 3 unused seats. The credit will appear on your next invoice."),
    ("customer", 1550, "OK."),
    ("agent", 1570, "Have a good day."),
], backtracking=False, backtracking_message_ids=[], progress="vague", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=60, primary_agent_id="agt-park",
   difficult=True, turnaround=False, customer_did_it=False)

# --- 8: English overpromise "100% sure"; n/a; thanks only at opening
conv("own-008", datetime(2026, 4, 9, 5, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "Will the new firmware fix my camera's overheating?"),
    ("agent", 45, "Thanks for reaching out! Yes, I'm 100% sure the update fixes it. Install version 4.1 from the app."),
    ("customer", 80, "Ok."),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=True, closing_gratitude=False, first_response_s=45, primary_agent_id="agt-lee",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 9: e-mail, Saturday → Monday; restatement と理解いたしました; hedge 目安; thanks; quoted reply
conv("own-009", datetime(2026, 4, 11, 11, 0, tzinfo=JST), "email", [
    ("customer", 0, "サポートご担当者様\n\n先月導入したPOSレジで、レシートの店舗名が旧店名のまま印字されます。\n設定を変えても直りません。\n\n佐々木"),
    ("agent", 2 * 86400 - 3600 * 2, "佐々木様\n\nお世話になっております。サポートの上田でございます。\n\nレシートの店舗名が、設定を変更しても旧店名のまま印字されてしまう状況と理解いたしました。\n店舗名の変更は、本体に設定を送信するまで反映されない仕様です。管理画面の「設定送信」を押していただくと、目安として5分ほどで反映されます。\n\nよろしくお願いいたします。"),
    ("customer", 2 * 86400 + 3600, "上田様\n\n設定送信したら新しい店名で印字されました。ありがとうございました。\n\n> 管理画面の「設定送信」を押していただくと、目安として5分ほどで反映されます。"),
    ("agent", 2 * 86400 + 3600 * 2, "佐々木様\n\nご確認いただき、ありがとうございました。今後ともよろしくお願いいたします。"),
], backtracking=True, backtracking_message_ids=["own-009-m02"], progress="n/a", expectation_set=True,
   overpromise=False, closing_gratitude=True, first_response_s=2 * 86400 - 7200, primary_agent_id="agt-ueda",
   difficult=False, turnaround=False, customer_did_it=True)

# --- 10: e-mail, urgent, vague updates, unconditional guarantee, unhappy end
conv("own-010", datetime(2026, 4, 13, 9, 0, tzinfo=JST), "email", [
    ("customer", 0, "【至急】給与明細が全社員分表示されません。今日が支給日です。"),
    ("agent", 5400, "ご連絡ありがとうございます。状況を確認中です。"),
    ("customer", 9000, "どうなっていますか。社員から問い合わせが殺到しています。"),
    ("agent", 10800, "引き続き調査を進めております。しばらくお待ちください。"),
    ("agent", 18000, "原因が判明し修正いたしました。もう二度と起きませんのでご安心ください。絶対に大丈夫です。"),
    ("customer", 19000, "表示されましたが、半日かかったのは問題です。"),
], backtracking=False, backtracking_message_ids=[], progress="vague", expectation_set=False,
   overpromise=True, closing_gratitude=False, first_response_s=5400, primary_agent_id="agt-kondo",
   difficult=True, turnaround=False, customer_did_it=False)

# --- 11: handover with internal note; restatement 〜の件ですね; mixed progress; thanks split turn
conv("own-011", datetime(2026, 4, 14, 14, 0, tzinfo=JST), "chat", [
    ("customer", 0, "スマート錠のアプリで、家族の合鍵を追加しようとするとエラーコードE-204が出ます。"),
    ("agent", 100, "家族の方の合鍵を追加しようとするとE-204のエラーが出てしまう件ですね。確認いたしますので少々お待ちください。"),
    ("customer", 800, "何か分かりましたか。"),
    ("agent", 830, "現在確認しております。"),
    ("agent", 900, "専門部署に引き継ぎます。", ),
    ("note", 920, "E-204は合鍵上限。上田さんへ。"),
    ("agent_b", 1500, "引き継ぎました上田です。確認したところ、E-204は合鍵の登録上限（5件）に達した場合のエラーでした。これから不要な合鍵の削除方法をご案内いたします。"),
    ("agent_b", 1560, "「合鍵一覧」で使っていない合鍵を左にスワイプして削除し、もう一度追加してみてください。"),
    ("customer", 1800, "削除してから追加できました！ありがとうございます。"),
    ("agent_b", 1830, "うまくいってよかったです。ご協力ありがとうございました。"),
    ("agent_b", 1850, "合鍵の上限は5件ですので、今後もご注意ください。"),
], backtracking=True, backtracking_message_ids=["own-011-m02"], progress="mixed", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=100, primary_agent_id="agt-ueda",
   # m03 「何か分かりましたか。」 asks for news: a chase, so difficult; m09 ends in thanks.
   difficult=True, turnaround=True, customer_did_it=True)

# --- 12: bot only
conv("own-012", datetime(2026, 4, 14, 22, 0, tzinfo=JST), "chat", [
    ("bot", 0, "こんばんは。ご用件をお選びください。"),
    ("customer", 20, "パスワードを忘れました"),
    ("bot", 22, "ログイン画面の「パスワードをお忘れの方」から再設定できます。ご利用ありがとうございました。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=None, primary_agent_id=None,
   difficult=False, turnaround=False, customer_did_it=False)

# --- 13: customer never answered by an agent, chased → none
conv("own-013", datetime(2026, 4, 15, 10, 0, tzinfo=JST), "chat", [
    ("customer", 0, "注文した部品の到着予定を教えてください。"),
    ("note", 600, "倉庫確認待ち"),
    ("customer", 3600, "まだでしょうか？"),
], backtracking=False, backtracking_message_ids=[], progress="none", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=None, primary_agent_id=None,
   difficult=True, turnaround=False, customer_did_it=False)

# --- 14: scope expectation (対象外) + hedge; empathy; no backtracking (question only)
conv("own-014", datetime(2026, 4, 15, 16, 0, tzinfo=JST), "chat", [
    ("customer", 0, "落としてしまったスマホの画面が割れました。保証で直せますか。"),
    ("agent", 70, "それは大変でしたね。ご購入日を教えていただけますか。"),
    ("customer", 110, "去年の6月です。"),
    ("agent", 150, "ありがとうございます。落下による破損はメーカー保証の対象外となります。有償修理の場合、費用は通常2万円前後ですが、内部の損傷によって変わることがございます。"),
    ("customer", 200, "そうですか。考えます。"),
    ("agent", 230, "ご検討のほどよろしくお願いいたします。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=True,
   overpromise=False, closing_gratitude=False, first_response_s=70, primary_agent_id="agt-mori",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 15: 〜でお間違いないでしょうか restatement; steps; customer did it; anxious → relief
conv("own-015", datetime(2026, 4, 16, 10, 0, tzinfo=JST), "chat", [
    ("customer", 0, "ネットバンキングのワンタイムパスワードのアプリを新しいスマホに移したいのですが、やり方がわからず不安です。"),
    ("agent", 60, "新しいスマートフォンにワンタイムパスワードのアプリを移行されたい、ということでお間違いないでしょうか。"),
    ("customer", 90, "はい。"),
    ("agent", 120, "一緒に進めましょう。\n1. 古いスマホのアプリで「機種変更」を押します\n2. 表示された番号を控えます\n3. 新しいスマホのアプリで番号を入力します\nまず1を押してみていただけますか。"),
    ("customer", 400, "全部できました！新しいスマホで使えてます。安心しました。"),
    ("agent", 430, "ご自身で最後まで進められましたね。お時間をいただきありがとうございました。"),
], backtracking=True, backtracking_message_ids=["own-015-m02"], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=60, primary_agent_id="agt-kondo",
   difficult=True, turnaround=True, customer_did_it=True)

# --- 16: English; restatement "So you're seeing"; expectation "typically"; overpromise "definitely"
conv("own-016", datetime(2026, 4, 16, 3, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "The parcel tracking hasn't moved for 6 days."),
    ("agent", 80, "So you're seeing no tracking movement on your parcel for 6 days now?"),
    ("customer", 100, "Correct."),
    ("agent", 140, "Parcels at the border typically clear customs in 5 to 8 days. It will definitely be delivered this week."),
    ("customer", 200, "Okay, thanks."),
], backtracking=True, backtracking_message_ids=["own-016-m02"], progress="n/a", expectation_set=True,
   overpromise=True, closing_gratitude=False, first_response_s=80, primary_agent_id="agt-park",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 17: e-mail; customer sent two mails before reply; concrete update; promise kept
conv("own-017", datetime(2026, 4, 20, 9, 0, tzinfo=JST), "email", [
    ("customer", 0, "先月分の利用明細をCSVで受け取りたいです。"),
    ("customer", 1800, "追記です。部署別に分けていただけると助かります。"),
    ("agent", 7200, "お問い合わせありがとうございます。先月分の利用明細を部署別に分けたCSVでご希望とのこと、承知いたしました。作成いたしますので、本日17時までにお送りいたします。"),
    ("agent", 18000, "作業状況をご報告いたします。全体のデータ抽出は完了し、現在部署別の分割を行っております。予定どおり17時までにお送りできる見込みです。"),
    ("agent", 27000, "CSVファイルを添付いたします。ご確認ください。"),
    ("customer", 30000, "受け取りました。ありがとうございます。"),
], backtracking=True, backtracking_message_ids=["own-017-m03"], progress="concrete", expectation_set=True,
   overpromise=False, closing_gratitude=False, first_response_s=7200, primary_agent_id="agt-ueda",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 18: angry; apology; no restatement; result directly; closing thanks for patience; relief
conv("own-018", datetime(2026, 4, 21, 12, 0, tzinfo=JST), "chat", [
    ("customer", 0, "配達予定日を3回も過ぎています。何度問い合わせても同じ回答で、もう限界です。"),
    ("agent", 120, "何度もご連絡いただいているにもかかわらず、ご迷惑をおかけして大変申し訳ございません。お届け先の郵便番号を教えていただけますか。"),
    ("customer", 160, "150-0001です。"),
    ("agent", 400, "配送会社の拠点で荷物が止まっておりましたので、本日夕方の便で発送するよう手配しました。"),
    ("customer", 500, "今日届くならいいです。対応ありがとうございました。"),
    ("agent", 540, "長い間お待たせしたにもかかわらず、辛抱強くお待ちいただきありがとうございました。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=120, primary_agent_id="agt-mori",
   difficult=True, turnaround=True, customer_did_it=False)

# --- 19: English; agent thanks mid conversation only; closes with "Bye"
conv("own-019", datetime(2026, 4, 21, 6, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "How do I export my notes to PDF?"),
    ("agent", 30, "Open a note, tap Share, then Export as PDF."),
    ("customer", 60, "Found it, thanks."),
    ("agent", 70, "Thanks for confirming!"),
    ("customer", 90, "One more: can I export all notes at once?"),
    ("agent", 120, "Not yet, bulk export is planned but has no release date. Bye!"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=True,
   overpromise=False, closing_gratitude=False, first_response_s=30, primary_agent_id="agt-lee",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 20: restatement 〜とお見受けしました? (paraphrase with ですね after quote); mixed offsets
conv("own-020", datetime(2026, 4, 22, 10, 0, tzinfo=JST), "chat", [
    ("customer", 0, "会計ソフトの自動仕訳で、電気代が通信費として登録されてしまいます。"),
    ("agent", 65, "電気代の明細が、自動仕訳で通信費の科目に振り分けられてしまうのですね。学習ルールを確認いたします。"),
    ("agent", 400, "確認したところ、取引先名に「ネット」を含む明細を通信費にするルールが登録されていました。このルールを編集して、電力会社を除外してみてください。"),
    ("customer", 700, "ルールを直したら電気代が水道光熱費になりました。"),
    ("agent", 720, "正しく振り分けられてよかったです。"),
], backtracking=True, backtracking_message_ids=["own-020-m02"], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=65, primary_agent_id="agt-ueda",
   difficult=False, turnaround=False, customer_did_it=True)

# --- 21: e-mail, English; restatement "To confirm"; concrete; hedge; thanks
conv("own-021", datetime(2026, 4, 22, 8, 0, tzinfo=UTC), "email", [
    ("customer", 0, "Hello,\n\nOur nightly backup job has failed three nights in a row with error 'quota exceeded'.\n\nBest,\nRavi"),
    ("agent", 14400, "Hi Ravi,\n\nTo confirm, the nightly backup has failed for the last three nights with a 'quota exceeded' error?\n\nI'm checking your storage usage now.\n\nMin"),
    ("customer", 16000, "Yes, exactly.\n\n> To confirm, the nightly backup has failed for the last three nights"),
    ("agent", 30000, "Hi Ravi,\n\nQuick update: I found that old snapshots from a deleted project are still counted against your quota. I'm now asking our storage team to purge them.\n\nMin"),
    ("agent", 60000, "Hi Ravi,\n\nThe old snapshots are purged and your quota is back to 40% used. Tonight's backup should run normally, though large first runs sometimes take longer.\n\nThank you for your patience while we sorted this out.\n\nMin"),
], backtracking=True, backtracking_message_ids=["own-021-m02"], progress="concrete", expectation_set=True,
   overpromise=False, closing_gratitude=True, first_response_s=14400, primary_agent_id="agt-park",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 22: 〜の状態でいらっしゃるのですね (keigo) restatement; self-efficacy praise; did it
conv("own-022", datetime(2026, 4, 23, 10, 0, tzinfo=JST), "chat", [
    ("customer", 0, "テレビ会議のアプリでマイクが認識されず、相手に声が届きません。"),
    ("agent", 55, "アプリでマイクが認識されず、相手の方に声が届かない状態でいらっしゃるのですね。設定画面の「オーディオ」を開いてみていただけますか。"),
    ("customer", 120, "開きました。マイクの欄が「なし」になっています。"),
    ("agent", 150, "順調です！そこで「内蔵マイク」を選んでください。"),
    ("customer", 200, "選んだら声が届くようになりました！"),
    ("agent", 220, "素晴らしいです。ご協力ありがとうございました。"),
], backtracking=True, backtracking_message_ids=["own-022-m02"], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=55, primary_agent_id="agt-kondo",
   difficult=False, turnaround=False, customer_did_it=True)

# --- 23: hard negative: agent confirms the customer's own restatement ("はい、その通りです")
conv("own-023", datetime(2026, 4, 23, 14, 0, tzinfo=JST), "chat", [
    ("customer", 0, "年間プランの途中解約について教えてください。"),
    ("agent", 80, "年間プランは途中解約いただけますが、残り期間分の返金はございません。"),
    ("customer", 120, "つまり、解約しても残りの月の料金は戻らないということですね。"),
    ("agent", 150, "はい、その通りです。"),
    ("customer", 170, "わかりました。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=True,
   overpromise=False, closing_gratitude=False, first_response_s=80, primary_agent_id="agt-mori",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 24: agent fixes remotely (not customer did it); urgency; turnaround with 安心しました
conv("own-024", datetime(2026, 4, 24, 9, 0, tzinfo=JST), "chat", [
    ("customer", 0, "ECサイトの管理画面に入れません。今日セールなので急いでいます！"),
    ("agent", 45, "お急ぎのところ申し訳ございません。管理画面にログインできない状況なのですね。アカウントを確認いたしますので少々お待ちください。"),
    ("agent", 300, "不正ログイン対策でアカウントが一時的にロックされていましたので、こちらで解除いたしました。再度ログインをお試しください。"),
    ("customer", 360, "入れました。安心しました、ありがとうございます。"),
    ("agent", 390, "セールの準備でお忙しい中、ご協力いただきありがとうございました。"),
], backtracking=True, backtracking_message_ids=["own-024-m02"], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=45, primary_agent_id="agt-ueda",
   difficult=True, turnaround=True, customer_did_it=False)

# --- 25: 「できましたが、また止まりました」 not success; agent promise broken
conv("own-025", datetime(2026, 4, 24, 11, 0, tzinfo=JST), "chat", [
    ("customer", 0, "プリンターのドライバーを入れ直しても、印刷が途中で止まります。"),
    ("agent", 60, "一度USBケーブルを抜き差ししてから、テスト印刷を試してみていただけますか。"),
    ("customer", 300, "テスト印刷はできましたが、また止まりました。"),
    ("agent", 330, "ご不便をおかけしております。メーカーに確認し、13時までにご連絡いたします。"),
    ("agent", 3 * 3600 + 1800, "お待たせしました。メーカーによるとファームウェアの更新が必要とのことです。"),
    ("customer", 3 * 3600 + 2000, "遅いです。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=60, primary_agent_id="agt-kondo",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 26: English; restatement as tag question "..., is that right?"; empathy; vague + none? -> vague
conv("own-026", datetime(2026, 4, 27, 1, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "I was double charged for my gym membership. I'm really annoyed."),
    ("agent", 70, "I'm sorry about that. You were charged twice for the membership this month, is that right?"),
    ("customer", 100, "Yes."),
    ("agent", 130, "Let me look into the payment records."),
    ("customer", 800, "Hello?? Still waiting."),
    ("agent", 830, "Still checking, thanks for waiting."),
    ("agent", 1300, "The duplicate charge is refunded now."),
    ("customer", 1350, "Fine."),
], backtracking=True, backtracking_message_ids=["own-026-m02"], progress="vague", expectation_set=False,
   # m06 "thanks for waiting" is 470 s before the last agent message with no customer
   # message between: the same closing turn by LABELING.md, so closing_gratitude is true.
   overpromise=False, closing_gratitude=True, first_response_s=70, primary_agent_id="agt-lee",
   difficult=True, turnaround=False, customer_did_it=False)

# --- 27: e-mail JP; quoted agent text in customer reply contains 必ず (quoted, ignored); hedge
conv("own-027", datetime(2026, 4, 27, 10, 0, tzinfo=JST), "email", [
    ("customer", 0, "お世話になっております。\n領収書の再発行をお願いできますでしょうか。\n\n山口"),
    ("agent", 3600, "山口様\n\nお世話になっております。上田でございます。\n領収書は再発行可能です。発行には通常3営業日ほどお時間をいただいております。\n\nよろしくお願いいたします。"),
    ("customer", 7200, "承知しました。\n\n> 発行には通常3営業日ほどお時間をいただいております。"),
    ("agent", 3 * 86400, "山口様\n\n領収書を添付にてお送りいたします。お待ちいただきありがとうございました。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=True,
   overpromise=False, closing_gratitude=True, first_response_s=3600, primary_agent_id="agt-ueda",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 28: polite opener thanks is not relief; neutral; n/a; customer's ありがとうございます at start
conv("own-028", datetime(2026, 4, 28, 10, 0, tzinfo=JST), "chat", [
    ("customer", 0, "いつもありがとうございます。請求先の住所を変更したいです。"),
    ("agent", 40, "「アカウント設定」の「請求先情報」から変更いただけます。"),
    ("customer", 100, "わかりました。"),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=False, first_response_s=40, primary_agent_id="agt-mori",
   difficult=False, turnaround=False, customer_did_it=False)

# --- 29: English; customer did it, "that fixed it"; agent praise; closing thanks
conv("own-029", datetime(2026, 4, 28, 3, 0, tzinfo=UTC), "chat", [
    ("customer", 0, "The sync keeps failing on my laptop and I've tried everything. Frustrating!"),
    ("agent", 65, "Sorry for the trouble. Could you try signing out, then signing back in with the same account?"),
    ("customer", 240, "Signed out and in again, that fixed it! Thanks."),
    ("agent", 260, "Nicely done! Thanks for trying that with me."),
], backtracking=False, backtracking_message_ids=[], progress="n/a", expectation_set=False,
   overpromise=False, closing_gratitude=True, first_response_s=65, primary_agent_id="agt-park",
   difficult=True, turnaround=True, customer_did_it=True)

# --- 30: 〜とのご要望と承りました; 前後する可能性 hedge; concrete report; no thanks (apology end)
conv("own-030", datetime(2026, 4, 30, 10, 0, tzinfo=JST), "email", [
    ("customer", 0, "研修用アカウントを50名分、5月1日までに追加したいです。"),
    ("agent", 5400, "研修用のアカウントを50名分、5月1日までに追加されたいとのご要望と承りました。作成を進め、明日途中経過をご報告いたします。"),
    ("agent", 86400, "途中経過をご報告いたします。50名分のうち30名分の作成が完了しました。残り20名分は本日中に作成する予定ですが、確認作業によって前後する可能性がございます。"),
    ("agent", 86400 + 20000, "50名分の作成が完了しました。ご連絡が遅くなり申し訳ございません。"),
], backtracking=True, backtracking_message_ids=["own-030-m02"], progress="concrete", expectation_set=True,
   overpromise=False, closing_gratitude=False, first_response_s=5400, primary_agent_id="agt-kondo",
   difficult=False, turnaround=False, customer_did_it=False)


def main():
    msgs_out, labels_out = [], []
    agent_for = {"agent": None, "agent_b": C}
    for cid, start, channel, msgs, labels in CONVS:
        primary = labels["primary_agent_id"]
        first_agent = next((a for a in (A, B, C, E1, E2) if a[0] == primary), A)
        if cid == "own-011":
            first_agent = A
        for i, m in enumerate(msgs):
            role, secs, text = m[0], m[1], m[2]
            internal = role == "note"
            out_role = {"agent_b": "agent", "note": "agent"}.get(role, role)
            if role == "customer":
                who = ("cus-" + cid[-3:], "お客様")
            elif role == "bot":
                who = ("bot", "Bot")
            elif role == "agent_b":
                who = C
            else:
                who = first_agent
            rec = {
                "conversation_id": cid,
                "message_id": f"{cid}-m{i + 1:02d}",
                "timestamp": (start + timedelta(seconds=secs)).isoformat(),
                "role": out_role,
                "author_id": who[0],
                "author_name": who[1],
                "channel": channel,
                "text": text,
            }
            if internal:
                rec["internal"] = True
            msgs_out.append(json.dumps(rec, ensure_ascii=False))
        labels_out.append(json.dumps({"conversation_id": cid, **labels}, ensure_ascii=False))
    with open("tests/eval/messages.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(msgs_out) + "\n")
    with open("tests/eval/labels.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(labels_out) + "\n")


if __name__ == "__main__":
    main()
