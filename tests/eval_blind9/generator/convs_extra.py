"""b9-069 (English) and b9-070 (Japanese): edge cases added after the first pass
(no public agent reply at all; a chat with both vague and concrete interim updates)."""
from common import conv, agent, customer, SYSTEM

CONVS = []
A = CONVS.append

# ---------------------------------------------------------------- b9-069
A(conv(69, "en", "email", "2026-04-03T17:25:00-07:00",
  {"c": customer("Derek Olsen", "-07:00"), "a": agent("nadia")},
  [
    (0, "c", "Subject: Licence key not received\n\nHi,\nI paid for PixelForge Pro on 3 April (order PF-77120) but no licence key came to my email, also not in spam. Please send it.\n\nDerek"),
    ("15h10m", "a", "Key delivery failed: bounce from customer's mail server (mailbox full?). Need to confirm an alternative address before resending.", "int"),
    ("2d4h", "c", "Hello? Still no key and no answer from you. I need to start the project on Monday.\n\n> I paid for PixelForge Pro on 3 April (order PF-77120) but no licence key came to my email"),
  ],
  progress="none", expectation_set=False, overpromise=False, closing_gratitude=False,
  difficult=True, turnaround=False, customer_did_it=False,
  notes="The only agent message is an internal note -> no public agent message: first_response_s null, primary_agent_id "
        "null, all message lists empty. The customer waited and chased with no reply -> progress none (LABELING: a "
        "customer who waits for an agent who never replies publicly). Chase + deadline -> difficult."))

# ---------------------------------------------------------------- b9-070
A(conv(70, "ja", "chat", "2026-03-29T13:10:00+09:00",
  {"c": customer("長谷川 葵", "+09:00"), "a": agent("sato")},
  [
    (0, "c", "キャンペーンで購入したのに、ポイント20%還元が付与されていません。"),
    ("1m05s", "a", "キャンペーン期間中にご購入いただいたのに、20%のポイント還元が付与されていないのですね。ご購入日と作品名を教えていただけますか。", "bt"),
    ("50s", "c", "3月20日、『星の図書館』全5巻です。"),
    ("20s", "a", "ありがとうございます。確認いたしますので少々お待ちください。"),
    ("4m00s", "a", "ただいま確認しております。"),
    ("5m10s", "a", "ご購入履歴を確認したところ、5巻ともキャンペーン対象でしたが、ポイント付与の処理が止まっていることが分かりました。システム担当に再処理を依頼しており、5分ほどで完了する見込みです。"),
    ("40s", "c", "わかりました"),
    ("5m30s", "a", "お待たせいたしました。5巻分、合計990ポイントを付与いたしました。アプリの「ポイント履歴」でご確認いただけます。"),
    ("1m20s", "c", "確認できました。"),
    ("15s", "a", "長らくお待たせして申し訳ございませんでした。お付き合いいただきありがとうございました。", "emo"),
  ],
  progress="mixed", expectation_set=True, overpromise=False, closing_gratitude=True,
  difficult=False, turnaround=False, customer_did_it=False,
  notes="m04 開始の通知、m05「ただいま確認しております」-> vague、m06 確認内容・判明事項・次の手順と所要時間 -> concrete -> progress mixed。"
        "m06「5分ほどで完了する見込み」は結果が出る時期の見通し(「ほど」「見込み」で不確実さを示す)-> expectation_set。"
        "顧客は催促も不満表明もなし -> difficult false。m08 の「ポイント履歴でご確認いただけます」は付与済みの確認方法の案内で解決手順ではない -> step guidance ではない。"
        "m10「長らくお待たせして申し訳ございませんでした」-> emotional care、「お付き合いいただきありがとうございました」-> closing_gratitude。"))
