#!/usr/bin/env python3
"""Writes sample_data/: four synthetic weeks (2026-02-09 .. 03-08, ISO weeks W07-W10) of a
Japanese support desk, so reports show trends and week-over-week changes.

Written for otai; deterministic (fixed seed), so re-running it yields the same bytes.
Chats (JSONL), e-mail threads (mbox mixing ISO-2022-JP and UTF-8, quoted replies,
signatures), a Shift_JIS CSV export from "Excel", and a few deliberately broken records.
Run from the repository root: python3 scripts/make_sample_data.py
"""
import json
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
import base64
import os

JST = timezone(timedelta(hours=9))
rng = random.Random(20260302)
OUT = "sample_data"

AGENTS = [
    ("agt-sato", "佐藤 美咲"),
    ("agt-suzuki", "鈴木 健太"),
    ("agt-tanaka", "田中 陽子"),
    ("agt-takahashi", "高橋 誠"),
    ("agt-ito", "伊藤 さくら"),
    ("agt-watanabe", "渡辺 翔"),
]
CUSTOMERS = [
    "森 由香里", "小林 大輔", "加藤 真理", "吉田 拓海", "山本 恵", "中村 優子", "斎藤 隆", "松本 彩",
    "井上 翼", "木村 直子", "林 健一", "清水 美穂", "山口 亮", "阿部 千尋", "池田 悠", "橋本 葵",
    "石川 陸", "前田 美咲", "藤田 蓮", "岡田 結衣",
]
EN_CUSTOMERS = ["Emily Carter", "Daniel Wright", "Sophie Turner", "Liam Brooks", "Olivia Hayes"]
PRODUCTS = ["TimeNote", "KakeiBox", "ShiftBoard"]


def iso(dt):
    return dt.astimezone(JST).isoformat()


class Conv:
    def __init__(self, cid, start, channel="chat"):
        self.cid, self.t, self.channel, self.msgs = cid, start, channel, []

    def say(self, gap_s, role, who, text, internal=False):
        self.t += timedelta(seconds=gap_s)
        aid, name = who
        m = {
            "conversation_id": self.cid,
            "message_id": f"{self.cid}-m{len(self.msgs) + 1:02d}",
            "timestamp": iso(self.t),
            "role": role,
            "author_id": aid,
            "author_name": name,
            "channel": self.channel,
            "text": text,
        }
        if internal:
            m["internal"] = True
        self.msgs.append(m)
        return self


BOT = ("bot-support", "サポートBot")


def cust(i):
    return (f"cus-{10400 + i}", CUSTOMERS[i % len(CUSTOMERS)])


# ---------------------------------------------------------------- chat scenarios
def login_cookie(c, a, u, p):
    c.say(0, "bot", BOT, "お問い合わせありがとうございます。担当者におつなぎしますので、少々お待ちください。")
    c.say(15, "customer", u, f"{p}にログインできません。朝から何度やっても、パスワードを入れるとまたログイン画面に戻ります。")
    c.say(rng.randint(40, 150), "agent", a, f"お待たせいたしました。サポート担当の{a[1].split()[0]}です。パスワードを入れてもログイン画面に戻ってしまい、{p}に入れない状態なのですね。ご不便をおかけしております。お使いのブラウザを教えていただけますか。")
    c.say(50, "customer", u, "Chromeです。昨日までは使えていました。")
    c.say(70, "agent", a, "ありがとうございます。古いCookieが残っていると同じ現象が起きることがございます。以前にも同じ状況のお客様が、この手順で解決されています。\n1. Chromeの右上「︙」から「閲覧履歴データを削除」を開きます\n2. 期間を「過去7日間」にして「Cookieと他のサイトデータ」を選びます\n3. 削除したあと、もう一度ログインしてみていただけますか。ゆっくりで構いません。")
    c.say(200, "customer", u, "消してみたらログインできました！自分でできました。助かりました。")
    c.say(40, "agent", a, "無事ログインできてよかったです。手順どおりにスムーズに進めていただけました。お忙しいところ、ご協力いただきありがとうございました。")


def refund_vague(c, a, u, p):
    c.say(0, "customer", u, f"{p}の年額プランを解約したのに、今月も請求されています。どうなってるんですか。すぐ返金してください。")
    c.say(rng.randint(60, 200), "agent", a, "承知しました。")
    c.say(30, "agent", a, "お調べいたしますので少々お待ちください。")
    c.say(900, "customer", u, "まだですか？")
    c.say(60, "agent", a, "確認しております。")
    c.say(1200, "agent", a, "解約日が請求締め日の後だったため、今月分が請求されておりました。返金手続きを行いました。通常5〜10営業日ほどでカード会社経由で返金されますが、カード会社によっては前後する可能性がございます。")
    c.say(120, "customer", u, "10日もかかるんですか。まあ仕方ないですね。")
    c.say(60, "agent", a, "ご迷惑をおかけして申し訳ございません。")


def outage_concrete(c, a, u, p):
    c.say(0, "customer", u, f"{p}の打刻画面が開かず、社員全員が打刻できずに困っています。給与締めが明日なので急いでいます。")
    c.say(rng.randint(60, 180), "agent", a, "ご不安な状況の中ご連絡いただきありがとうございます。つまり、本日朝から打刻画面が開かず、全社員の方が打刻できない状況でよろしいでしょうか。")
    c.say(40, "customer", u, "はい、その通りです。")
    c.say(30, "agent", a, "承知いたしました。お調べいたしますので少々お待ちください。")
    c.say(1800, "agent", a, "現在の状況をご報告いたします。サーバー側のログを確認したところ、打刻APIへの接続がタイムアウトしていることがわかりました。ネットワーク設定は正常でした。このあと開発部門と原因の切り分けを行い、14時頃に次のご報告をいたします。")
    c.say(3600, "agent", a, "14時のご報告です。原因は昨夜の設定変更と特定できました。現在修正版を準備しており、15時頃の復旧見込みです。ただし検証の結果次第で前後する可能性がございます。本日15時30分までに改めてご連絡いたします。")
    c.say(2400, "agent", a, "修正が完了しました。打刻画面が開くかご確認いただけますでしょうか。")
    c.say(300, "customer", u, "開きました！本当に助かりました。丁寧に状況を教えていただいて安心しました。")
    c.say(60, "agent", a, "復旧できて何よりです。長時間にわたりお待ちいただき、またご協力いただき誠にありがとうございました。")


def overpromise_broken(c, a, u, p):
    c.say(0, "customer", u, f"{p}のデータ連携が昨日から止まっています。何度設定し直してもだめです。")
    c.say(rng.randint(100, 300), "agent", a, "ご連絡ありがとうございます。確認いたします。")
    c.say(600, "agent", a, "必ず本日中に直ります。絶対に大丈夫ですのでご安心ください。本日17時までにご連絡いたします。")
    c.say(6 * 3600, "customer", u, "17時を過ぎましたが連絡がありません。いい加減にしてください。")
    c.say(3600, "agent", a, "大変申し訳ございません。引き続き確認しております。")
    c.say(600, "customer", u, "もう結構です。何度も同じ説明を聞かされて、いい加減にしてほしいです。")


def simple_question(c, a, u, p):
    c.say(0, "customer", u, f"{p}のプランを月額から年額に変更したいのですが、どこから手続きできますか。")
    c.say(rng.randint(30, 120), "agent", a, f"お問い合わせありがとうございます。{p}の管理画面右上の「契約情報」から「プラン変更」を選ぶと、年額プランへ切り替えられます。切り替えは翌月1日から反映されます。")
    c.say(90, "customer", u, "わかりました。ありがとうございます。")
    c.say(30, "agent", a, "お時間をいただきありがとうございました。またいつでもお問い合わせください。")


def export_steps(c, a, u, p):
    c.say(0, "customer", u, f"{p}から先月の勤怠データをCSVで出したいのですが、やり方がわかりません。")
    c.say(rng.randint(40, 140), "agent", a, "先月分の勤怠データをCSVで出力されたいのですね。一緒に進めましょう。まず画面左の「レポート」を開いてみていただけますか。")
    c.say(80, "customer", u, "開きました。")
    c.say(30, "agent", a, "ありがとうございます、順調です。次に期間で「2026年2月」を選び、右上の「CSV出力」ボタンを押せますか。")
    c.say(120, "customer", u, "できました！ファイルがダウンロードされました。")
    c.say(30, "agent", a, "素晴らしいです！次回からはこの手順でいつでも出力できます。ご協力ありがとうございました。")


def bot_only(c, a, u, p):
    c.say(0, "customer", u, "営業時間を教えてください。")
    c.say(5, "bot", BOT, "サポート窓口の営業時間は平日9時〜18時（土日祝休み）です。")
    c.say(30, "customer", u, "ありがとうございます。")


def handover(c, a, u, p):
    b = AGENTS[(AGENTS.index(a) + 1) % len(AGENTS)]
    c.say(0, "customer", u, f"{p}の請求書の宛名を変更したいです。先月分から再発行できますか。")
    c.say(rng.randint(60, 200), "agent", a, "ご連絡ありがとうございます。請求書の宛名を変更し、先月分から再発行をご希望とのことですね。担当部署に確認いたしますので少々お待ちください。")
    c.say(120, "agent", a, f"経理チームへ引き継ぎ。再発行は{b[1]}さんが対応。", internal=True)
    c.say(1500, "agent", b, f"お待たせいたしました。{b[1].split()[0]}が引き継ぎました。宛名を変更のうえ、先月分の請求書を再発行いたしました。管理画面の「請求書」からダウンロードできます。")
    c.say(200, "agent", b, "ほかにご不明な点がございましたらお知らせください。")
    c.say(300, "customer", u, "確認できました。ありがとうございました。")
    c.say(40, "agent", b, "ご確認いただきありがとうございました。")


def unanswered(c, a, u, p):
    c.say(0, "customer", u, f"{p}のスマホアプリで通知が届きません。")
    c.say(3600, "customer", u, "その後いかがでしょうか。")
    c.say(7200, "customer", u, "返事がないので困っています。")


def unlock_by_agent(c, a, u, p):
    c.say(0, "customer", u, f"パスワードを何度も間違えて{p}のアカウントがロックされました。会議で使うので急いでいます。")
    c.say(rng.randint(30, 120), "agent", a, "お急ぎのところご不便をおかけしております。アカウントがロックされ、会議までにログインが必要な状況なのですね。本人確認のため、ご登録のメールアドレスを教えていただけますか。")
    c.say(60, "customer", u, "mori@example.com です。")
    c.say(90, "agent", a, "確認できました。こちらでロックを解除いたしました。ログインをお試しください。")
    c.say(120, "customer", u, "入れました。ありがとうございました、助かりました。")
    c.say(30, "agent", a, "間に合ってよかったです。お急ぎの中ご協力いただきありがとうございました。")


def chase_no_update(c, a, u, p):
    c.say(0, "customer", u, f"{p}で帳票の印刷レイアウトが崩れます。")
    c.say(rng.randint(60, 240), "agent", a, "ご連絡ありがとうございます。確認いたしますので少々お待ちください。")
    c.say(5400, "customer", u, "その後どうなりましたか？")
    c.say(1800, "agent", a, "お待たせいたしました。ブラウザの拡大率が100%以外だと崩れることがわかりました。拡大率を100%に戻してから印刷してください。")
    c.say(600, "customer", u, "直りました。")


def en_billing(c, a, u, p):
    c.say(0, "customer", u, f"Hi, I was charged twice for my {p} subscription this month.")
    c.say(rng.randint(60, 200), "agent", a, "Hello, thanks for reaching out. Just to confirm, you see two charges for the same monthly subscription on your card statement?")
    c.say(60, "customer", u, "Yes, exactly. Two charges on March 1.")
    c.say(90, "agent", a, "I checked your account and found a duplicate payment caused by a retry. I have refunded the second charge. Refunds usually take 5 to 10 business days to appear, though I can't promise the exact date because it depends on your bank.")
    c.say(120, "customer", u, "Great, thanks a lot. That's a relief.")
    c.say(30, "agent", a, "Thank you for your patience while I looked into this. Have a great day!")


def en_crash(c, a, u, p):
    c.say(0, "customer", u, f"The {p} app keeps crashing when I open reports. I've tried several times and I'm getting frustrated.")
    c.say(rng.randint(60, 200), "agent", a, "I'm sorry for the trouble. So what you're seeing is the app closing as soon as you open the reports screen, correct? Could you try these steps:\n1. Sign out of the app\n2. Clear the app cache in Settings\n3. Sign in again and open reports")
    c.say(300, "customer", u, "I did that and it works now. That fixed it, thanks!")
    c.say(30, "agent", a, "Well done, you handled that perfectly. Thanks for your time today!")


SCENARIOS = [
    (login_cookie, 5), (refund_vague, 4), (outage_concrete, 4), (overpromise_broken, 3),
    (simple_question, 6), (export_steps, 5), (bot_only, 2), (handover, 4), (unanswered, 2),
    (unlock_by_agent, 4), (chase_no_update, 3),
]
EN_SCENARIOS = [(en_billing, 3), (en_crash, 3)]


def make_chats():
    convs = []
    n = 0
    day0 = datetime(2026, 2, 9, 9, 0, tzinfo=JST)  # Monday of 2026-W07
    plan = [(f, False) for f, k in SCENARIOS for _ in range(2 * k)] + [(f, True) for f, k in EN_SCENARIOS for _ in range(2 * k)]
    rng.shuffle(plan)
    for i, (f, en) in enumerate(plan):
        n += 1
        week, day = (i // 5) % 4, i % 5  # four weeks, Mon..Fri
        start = day0 + timedelta(days=7 * week + day, minutes=rng.randint(0, 7 * 60))
        c = Conv(f"chat-{n:03d}", start)
        agent = AGENTS[rng.randrange(len(AGENTS))]
        if en:
            u = (f"cus-en-{i}", EN_CUSTOMERS[i % len(EN_CUSTOMERS)])
        else:
            u = cust(i)
        f(c, agent, u, PRODUCTS[rng.randrange(len(PRODUCTS))])
        convs.append(c)
    return convs


def write_chats(convs):
    lines = []
    for c in convs:
        for m in c.msgs:
            lines.append(json.dumps(m, ensure_ascii=False))
    # Deliberately broken records, each must land in rejects.csv with its line.
    lines.insert(10, '{"conversation_id": "chat-001", "message_id": "broken-1", "timestamp": "2026-03-02T09:10:00+09:00", "role": "customer", "text": "途中で切れた行')
    lines.insert(20, json.dumps({"conversation_id": "chat-002", "message_id": "broken-2", "timestamp": "2026-02-30 25:61", "role": "agent", "author_id": "agt-sato", "text": "不正な日時"}, ensure_ascii=False))
    lines.insert(30, json.dumps({"conversation_id": "chat-003", "message_id": "broken-3", "timestamp": "2026-03-02T10:00:00+09:00", "role": "manager", "author_id": "x", "text": "未知のロール"}, ensure_ascii=False))
    lines.insert(40, json.dumps({"message_id": "broken-4", "timestamp": "2026-03-02T10:00:00+09:00", "role": "customer", "text": "会話IDがありません"}, ensure_ascii=False))
    with open(f"{OUT}/chats.jsonl", "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- e-mail
DESK = "support@otai-desk.example"
SIG = "\n\n━━━━━━━━━━━━━━━━━━━━\n株式会社オタイ・デスク サポート窓口\n{name}\nTEL: 03-1234-5678\nMail: support@otai-desk.example\n━━━━━━━━━━━━━━━━━━━━"

MAIL_THREADS = [
    ("請求書の再発行について", [
        ("c", "お世話になっております。\n先月分の請求書を紛失してしまいました。再発行していただけますでしょうか。"),
        ("a", "お問い合わせありがとうございます。\n先月分の請求書の再発行をご希望とのこと、承知いたしました。\n本日中に再発行し、PDFをお送りいたします。"),
        ("a", "再発行した請求書を添付いたします。ご確認のほどよろしくお願いいたします。\nお手数をおかけしましたが、ご協力いただきありがとうございました。"),
        ("c", "受け取りました。迅速なご対応ありがとうございました。"),
    ]),
    ("データが消えた件", [
        ("c", "昨日から入力したデータが消えています。とても困っています。大丈夫でしょうか。"),
        ("a", "ご不安な思いをおかけしており申し訳ございません。\n昨日入力されたデータが画面に表示されなくなった、という状況でよろしいでしょうか。\n現在、バックアップの状況を確認しております。3営業日以内に調査結果をご連絡いたします。"),
        ("a", "途中経過のご報告です。\nバックアップを確認したところ、昨日18時時点のデータが残っていることがわかりました。\n次に復元手順の検証を行い、明日午前中に復元の見込みをお知らせいたします。"),
        ("a", "データの復元が完了しました。現時点では確定ではございませんが、原因は同期処理の不具合と見ております。\n長い間お待ちいただき、誠にありがとうございました。"),
        ("c", "データが戻っていました。本当に安心しました。丁寧なご報告ありがとうございました。"),
    ]),
    ("契約プランの変更", [
        ("c", "来月から利用人数が増えるので、プランを変更したいです。"),
        ("a", "ご連絡ありがとうございます。\n管理画面の「契約情報」からプラン変更が可能です。変更は翌月1日から反映されます。"),
        ("c", "わかりました。"),
    ]),
    ("CSV取込エラー", [
        ("c", "社員データのCSVを取り込むとエラーになります。何度やっても同じです。"),
        ("a", "ご不便をおかけしております。\nCSVの取り込み時にエラーになってしまうのですね。\nお手数ですが、以下をお試しいただけますでしょうか。\n1. Excelで「名前を付けて保存」を開く\n2. 形式を「CSV UTF-8」にして保存する\n3. もう一度取り込む"),
        ("c", "言われた通りにやったら取り込めました！ありがとうございます。"),
        ("a", "無事取り込めてよかったです。手順どおりに進めていただきありがとうございました。"),
    ]),
    ("ログインできない", [
        ("c", "ログインできません。至急対応してください。"),
        ("a", "お問い合わせありがとうございます。確認しております。"),
        ("c", "その後いかがでしょうか。"),
        ("a", "引き続き確認しております。"),
        ("a", "アカウントのロックを解除しました。ログインをお試しください。"),
    ]),
    ("請求金額の誤り", [
        ("c", "今月の請求金額が契約と違います。先月も同じことがありました。いい加減にしてください。"),
        ("a", "ご迷惑をおかけしており、誠に申し訳ございません。\n今月の請求額が契約内容と異なり、先月も同じ誤りがあったということですね。\n経理部門と確認のうえ、明日15時までにご連絡いたします。"),
        ("a", "確認の結果、割引の適用漏れがございました。差額を返金いたします。通常5営業日ほどで返金されます。"),
        ("c", "対応ありがとうございました。助かりました。"),
    ]),
    ("APIの仕様について", [
        ("c", "APIで勤怠データを取得する際の上限件数を教えてください。"),
        ("a", "お問い合わせありがとうございます。1リクエストあたり最大1000件まで取得できます。それ以上はページングをご利用ください。"),
    ]),
    ("アプリが起動しない", [
        ("c", "スマホアプリが起動しなくなりました。"),
        ("a", "ご不便をおかけしております。アプリを一度削除して、再インストールしてみていただけますか。"),
        ("c", "再インストールしましたが、できませんでした。"),
        ("a", "お試しいただきありがとうございます。開発部門に確認いたします。必ず明日までに直ります。"),
        ("c", "まだ直っていません。いつ直るんですか。"),
    ]),
    ("領収書の宛名", [
        ("c", "領収書の宛名を会社名に変えられますか。"),
        ("a", "はい、管理画面の「請求先情報」から変更できます。"),
        ("c", "できました。ありがとうございます。"),
    ]),
    ("退職者のアカウント", [
        ("c", "退職した社員のアカウントを削除したいです。"),
        ("a", "ご連絡ありがとうございます。退職された社員の方のアカウントを削除されたいのですね。管理画面の「社員一覧」から該当の方を選び「無効化」を押してください。"),
        ("c", "無効化できました。"),
        ("a", "ご確認いただきありがとうございました。"),
    ]),
    ("有給休暇の計算", [
        ("c", "有給休暇の残日数の計算がおかしい気がします。"),
        ("a", "確認いたしますので、少々お待ちください。"),
        ("a", "計算ロジックを確認したところ、付与日の設定が4月1日ではなく入社日基準になっていました。設定画面で付与基準日を変更すると正しく計算されます。"),
        ("c", "変更したら正しくなりました。ありがとうございます。"),
    ]),
    ("セキュリティ設定", [
        ("c", "二段階認証を全員に必須にしたいです。"),
        ("a", "お問い合わせありがとうございます。「セキュリティ設定」から「二段階認証を必須にする」を有効にしてください。"),
    ]),
    ("打刻の修正", [
        ("c", "昨日の打刻を修正したいのですが、修正ボタンが押せません。急いでいます。"),
        ("a", "お急ぎのところ申し訳ございません。修正ボタンが押せない状態なのですね。締め処理済みの日は修正できない仕様です。管理者の方に締めの解除を依頼していただけますか。"),
        ("c", "管理者に解除してもらって、自分で修正できました。助かりました。"),
        ("a", "修正できてよかったです。ご協力ありがとうございました。"),
    ]),
    ("Invoice question", [
        ("c", "Hello, could you send me last month's invoice in English?"),
        ("a", "Hello, thank you for contacting us. Just to confirm, you need the February invoice issued in English? I will send it by tomorrow noon."),
        ("a", "Please find the English invoice attached. Thank you for your patience."),
        ("c", "Got it, thanks!"),
    ]),
    ("年末調整の機能", [
        ("c", "年末調整の機能はいつ頃リリースされますか。"),
        ("a", "ご期待いただきありがとうございます。現時点では確定ではございませんが、秋頃のリリースを目安に開発を進めております。決まり次第お知らせいたします。"),
        ("c", "わかりました。楽しみにしています。"),
    ]),
]
MAIL_CUSTOMERS = [("yamada@example.com", "山田 太郎"), ("kato@example.net", "加藤 真理"), ("hayashi@example.org", "林 健一"),
                  ("ikeda@example.com", "池田 悠"), ("abe@example.jp", "阿部 千尋"), ("brooks@example.com", "Liam Brooks")]


def encode_mail(frm, to, subject, date, body, msgid, parents, charset, html_only=False, alternative=False):
    if alternative:
        # A fixed boundary: the sample must be byte-identical on every run.
        msg = MIMEMultipart("alternative", boundary="==otai-sample-boundary-" + msgid.split("@")[0] + "==")
        msg.attach(MIMEText(body, "plain", charset))
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n")) + "</body></html>"
        msg.attach(MIMEText(html, "html", "utf-8"))
    elif html_only:
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n")) + "</body></html>"
        msg = MIMEText(html, "html", charset)
    else:
        msg = MIMEText(body, "plain", charset)
    name, addr = frm
    msg["From"] = f"{Header(name, charset).encode()} <{addr}>"
    msg["To"] = to
    msg["Subject"] = Header(subject, charset).encode()
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{msgid}>"
    if parents:
        msg["In-Reply-To"] = f"<{parents[-1]}>"
        msg["References"] = " ".join(f"<{p}>" for p in parents)
    return msg.as_string()


def quote_block(prev_date, prev_name, prev_addr, prev_body):
    d = prev_date.astimezone(JST)
    wd = "月火水木金土日"[d.weekday()]
    head = f"{d.year}年{d.month}月{d.day}日({wd}) {d.hour}:{d.minute:02d} {prev_name} <{prev_addr}>:"
    return "\n\n" + head + "\n" + "\n".join("> " + line for line in prev_body.split("\n"))


def make_mbox():
    out = []
    t0 = datetime(2026, 3, 2, 10, 0, tzinfo=JST)
    for ti, (subject, mails) in enumerate(MAIL_THREADS):
        cust_addr, cust_name = MAIL_CUSTOMERS[ti % len(MAIL_CUSTOMERS)]
        agent = AGENTS[ti % len(AGENTS)]
        agent_addr = f"{agent[0].split('-')[1]}@otai-desk.example"
        # Spread over the four weeks (the latest holds most of the threads).
        weeks_back = [3, 2, 1, 0, 0, 0][ti % 6]
        t = t0 + timedelta(days=ti % 5 - 7 * weeks_back, hours=rng.randint(0, 6), minutes=rng.randint(0, 59))
        ids = []
        prev = None
        for mi, (who, body) in enumerate(mails):
            if mi:
                t += timedelta(hours=rng.choice([1, 2, 3, 5, 20, 26]), minutes=rng.randint(0, 59))
            is_agent = who == "a"
            frm = (agent[1], agent_addr) if is_agent else (cust_name, cust_addr)
            to = cust_addr if is_agent else DESK
            full = body + (SIG.format(name=agent[1]) if is_agent else "")
            if prev is not None and mi % 2 == 1:
                full += quote_block(*prev)
            msgid = f"t{ti:02d}.m{mi}.{rng.randint(1000, 9999)}@{'otai-desk.example' if is_agent else 'mail.example'}"
            charset = "iso-2022-jp" if (ti + mi) % 2 == 0 and "Invoice" not in subject else "utf-8"
            # Thread 10 replies carry no reference headers: the subject fallback must join them.
            parents = [] if ti == 10 else list(ids)
            subj = subject if mi == 0 else ("Re: " + subject if ti != 10 else "返信: " + subject)
            html_only = ti == 11 and mi == 1
            alternative = ti == 6 and mi == 1
            out.append((frm[1], t, encode_mail(frm, to, subj, t, full, msgid, parents, charset, html_only, alternative)))
            ids.append(msgid)
            prev = (t, frm[0], frm[1], body)
    # A broken mail: no Date header.
    out.append(("spam@example.invalid", t0, "From: spam@example.invalid\nSubject: no date\nMessage-ID: <nodate@example.invalid>\n\nThis mail has no Date header.\n"))
    with open(f"{OUT}/support_mail.mbox", "w", encoding="utf-8", newline="\n") as fh:
        for addr, t, text in out:
            fh.write(f"From {addr} {t.astimezone(timezone.utc).strftime('%a %b %d %H:%M:%S %Y')}\n")
            for line in text.replace("\r\n", "\n").split("\n"):
                if line.startswith("From "):
                    line = ">" + line
                fh.write(line + "\n")
            fh.write("\n")


# ---------------------------------------------------------------- Shift_JIS CSV from Excel
def make_csv():
    rows = [["問い合わせ番号", "送信日時", "送信者区分", "対応者コード", "氏名", "本文"]]
    base = datetime(2026, 3, 5, 13, 0)
    convs = [
        [("お客様", "", "松本 彩", "ShiftBoardのシフト表が印刷できません。"),
         ("窓口", "agt-ito", "伊藤 さくら", "シフト表が印刷できない状態なのですね。印刷設定で用紙サイズをA4横にしてみていただけますか。"),
         ("お客様", "", "松本 彩", "A4横にしたら印刷できました！"),
         ("窓口", "agt-ito", "伊藤 さくら", "よかったです。お試しいただきありがとうございました。")],
        [("お客様", "", "井上 翼", "①②の丸数字や髙橋の「髙」が文字化けします。"),
         ("窓口", "agt-watanabe", "渡辺 翔", "ご不便をおかけしております。文字コードの設定を確認いたします。本日中にご連絡いたします。"),
         ("窓口", "agt-watanabe", "渡辺 翔", "設定画面の「文字コード」をUTF-8に変更すると正しく表示されます。"),
         ("お客様", "", "井上 翼", "直りました。ありがとうございます。")],
        [("お客様", "", "木村 直子", "ｼﾌﾄの締め日を変更したいです。"),
         ("窓口", "agt-tanaka", "田中 陽子", "締め日は「会社設定」から変更できます。"),
         ("お客様", "", "木村 直子", "わかりました。")],
    ]
    for ci, conv in enumerate(convs):
        t = base + timedelta(hours=ci * 2)
        for mi, (kind, aid, name, text) in enumerate(conv):
            t += timedelta(minutes=rng.randint(1, 9))
            rows.append([f"X-{2001 + ci}", t.strftime("%Y/%m/%d %H:%M"), kind, aid, name, text])
    rows.insert(4, ["X-2001", "2026/13/45 99:99", "お客様", "", "松本 彩", "日付が壊れた行"])
    import csv, io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    os.makedirs(f"{OUT}/excel", exist_ok=True)
    with open(f"{OUT}/excel/chat_export_sjis.csv", "wb") as fh:
        fh.write(buf.getvalue().encode("cp932"))
    with open(f"{OUT}/excel/otai.toml", "w", encoding="utf-8") as fh:
        fh.write("""# Japanese Excel export of the chat tool: Shift_JIS, Japanese headers.
tz = "Asia/Tokyo"

[input]
channel = "chat"

[input.columns]
conversation_id = "問い合わせ番号"
timestamp = "送信日時"
role = "送信者区分"
author_id = "対応者コード"
author_name = "氏名"
text = "本文"

[input.roles]
"お客様" = "customer"
"窓口" = "agent"
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    write_chats(make_chats())
    make_mbox()
    make_csv()
    with open(f"{OUT}/otai.toml", "w", encoding="utf-8") as fh:
        fh.write("""# Settings for the sample desk. `otai analyze sample_data --out out` needs no flags.
tz = "Asia/Tokyo"

[mail]
# Mail from these domains is from agents; everything else is from customers.
agent_domains = ["otai-desk.example"]

[agents]
# The same people answer chat and mail: their mail addresses are their agent ids.
"sato@otai-desk.example" = "agt-sato"
"suzuki@otai-desk.example" = "agt-suzuki"
"tanaka@otai-desk.example" = "agt-tanaka"
"takahashi@otai-desk.example" = "agt-takahashi"
"ito@otai-desk.example" = "agt-ito"
"watanabe@otai-desk.example" = "agt-watanabe"
""")


if __name__ == "__main__":
    main()
