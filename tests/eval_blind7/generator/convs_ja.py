# Japanese conversations (odd numbers). Written blind from LABELING.md.
from common import C, M, T, agents

agents(ag_kubo="久保", ag_mori="森", ag_sato="佐藤", ag_hayashi="林", ag_fujii="藤井",
       ag_nakano="中野", ag_ueda="上田", ag_ishii="石井", ag_oda="小田", ag_kondo="近藤",
       ag_yamada="山田", ag_kimura="木村", ag_shimizu="清水", ag_inoue="井上", ag_aoki="青木",
       ag_okada="岡田", ag_hara="原")

# ---------------------------------------------------------------- b7-001
C("b7-001", "ja", "chat", "2026-09-05", "+09:00", customer_name="ゆうき", msgs=[
    M("10:14:02", "cu-3107", "地図更新できないんだけど。SDカード入れてアプリから更新押すと途中で\"書き込みエラー E-204\"って出て止まる"),
    M("10:15:31", "ag-kubo", "お問い合わせありがとうございます。ナビリンク サポートの久保です。SDカードへの書き込みの途中でE-204が出て、更新が止まってしまうということですね。", tags="bt"),
    M("10:15:58", "ag-kubo", "まず空き容量を確認したいので、ナビリンクアプリ左下の「カード情報」を押して、表示される空き容量を教えていただけますか?", tags="step"),
    M("10:18:40", "cu-3107", "カード情報押した。空き 1.2GBって出てる"),
    M("10:19:30", "ag-kubo", """
        カード情報の確認、ばっちりです。今回の更新データは約6GB必要なので、容量不足が原因と思われます。次の手順でカードを初期化してみてください。
        1. 「カード情報」画面で「カードを初期化」を押す
        2. 確認画面で「はい」を押す(消えるのはナビ用のデータだけです)
        3. 初期化が終わったら、もう一度「更新」を押す""", tags="step enc"),
    M("10:24:05", "cu-3107", "初期化した。いま更新中…30%"),
    M("10:24:40", "ag-kubo", "順調に進んでいますね、あと一息です!完了まで通常20分ほどかかりますので、そのままお待ちください。", tags="enc"),
    M("10:47:12", "cu-3107", "いけました!ナビに挿したら地図のバージョン 2026年夏版って出た"),
    M("10:48:01", "ag-kubo", "無事更新できて良かったです!", tags="emo"),
    M("10:48:20", "ag-kubo", "カードの初期化から更新まで、ご自身で進めていただきありがとうございました。またお困りの際はお気軽にどうぞ。"),
    M("10:49:00", "cu-3107", "どもー"),
], progress="n/a", exp=True, over=False, closing=True, frs=89, primary="ag-kubo",
  difficult=False, turnaround=False, did=True,
  notes="Customer formatted the card and re-ran the update themselves after step guidance, and reported the new map version (いけました). No frustration/anxiety/urgency. Closing turn = m09+m10 (19 s apart); m10 thanks for the customer's effort. '通常20分ほど' is a hedged outlook on when the update completes.")

# ---------------------------------------------------------------- b7-003
C("b7-003", "ja", "email", "2026-10-27", "+09:00", customer_name="田辺 真理", msgs=[
    M("09:12:00", "cu-8841", """
        ネット申告アシスト サポートご担当者様

        株式会社ミナト設計 経理の田辺と申します。
        いつもお世話になっております。

        ネット申告アシストで法人税の電子申告を行おうとしておりますが、電子署名の段階で「ICカードを読み取れませんでした(エラーコード: SIG-31)」と表示され、先へ進めません。
        カードリーダーはこれまで問題なく使えていたもので、先週Windowsのアップデートがあったくらいしか心当たりがございません。

        申告期限が10月31日のため、大変焦っております。できるだけ早くご回答いただけますと幸いです。

        よろしくお願いいたします。
        田辺"""),
    M("11:40:00", "ag-mori", """
        株式会社ミナト設計 田辺様

        ネット申告アシスト サポートセンターの森でございます。
        お問い合わせいただきありがとうございます。期限が迫る中、ご不安な思いをおかけしており申し訳ございません。

        先週のWindowsアップデート以降、電子署名の際に「SIG-31」のエラーが表示され、先へ進めなくなったという状況と承知いたしました。

        このエラーは、Windowsアップデートでカードリーダーのドライバが置き換わってしまった場合に多く発生しており、以前にも同じ状況のお客様が以下の手順で解決されています。
        お手数ですが、次の手順をお試しいただけますでしょうか。

        1. カードリーダーをパソコンから抜く
        2. 「デバイスマネージャー」を開き、「スマートカード読み取り装置」を右クリックして「デバイスのアンインストール」を選ぶ
        3. カードリーダーのメーカーサイトから最新のドライバをダウンロードしてインストールする
        4. パソコンを再起動し、カードリーダーを挿し直してから、もう一度電子署名を行う

        万一この手順で解消しない場合も、通常は翌営業日中に別の方法をご案内できる見込みですが、状況により前後する可能性がございます。

        ご不明点がございましたら、お気軽にご返信ください。

        ネット申告アシスト サポートセンター
        森""", tags="bt vic step emo"),
    M("14:05:00", "cu-8841", """
        森様

        ご丁寧なご案内をありがとうございます。
        ご案内の手順どおりドライバを入れ直して再起動したところ、電子署名が通り、無事に送信まで完了いたしました。受付番号も表示されています。
        期限前に間に合い、本当に助かりました。

        > 1. カードリーダーをパソコンから抜く
        > 2. 「デバイスマネージャー」を開き、「スマートカード読み取り装置」を右クリックして…

        田辺"""),
    M("14:30:00", "ag-mori", """
        田辺様

        森でございます。
        無事に解決できて、私どもも安心いたしました。
        ドライバの再インストールまでご自身で進めていただき、お忙しい中ご協力いただきありがとうございました。

        今後ともネット申告アシストをよろしくお願いいたします。
        森""", tags="emo"),
], progress="n/a", exp=True, over=False, closing=True, frs=8880, primary="ag-mori",
  difficult=True, turnaround=True, did=True,
  notes="Deadline pressure (期限10月31日, 大変焦っております, できるだけ早く) = difficult. Customer reinstalled the driver following the numbered steps and reports the filing went through, then 本当に助かりました = turnaround. Quoted steps in the customer mail are ignored. m02 gives a hedged outlook on the fallback (通常は翌営業日中…前後する可能性).")

# ---------------------------------------------------------------- b7-005
C("b7-005", "ja", "chat", "2026-09-14", "+09:00", customer_name="まなみ", msgs=[
    M("19:40:05", "cu-6613", "こんばんは。子どもの学校のタブレットで、まなびノートにログインできなくなりました。パスワード違うって出ます。子どもは変えてないって言ってます"),
    M("19:41:10", "ag-sato", "こんばんは、まなびパッド サポートの佐藤です。お子さまはパスワードを変えていないのに、まなびノートで「パスワードが違います」と表示されるんですね。", tags="bt"),
    M("19:41:35", "ag-sato", "恐れ入りますが、エラーの下に英数字のコード(例:LN-xxx)は出ていますか?"),
    M("19:43:50", "cu-6613", "LN-402って書いてある"),
    M("19:45:00", "ag-sato", """
        ありがとうございます。LN-402は、学校の管理画面でアカウントが一時停止されているときに出るものです。こちらのサポートからは学校のアカウントを操作できないため、お手数ですが学校のICT担当の先生(または担任の先生)に、次の操作をお願いしていただけますか。
        1. 管理画面の「児童・生徒」→ お子さまのお名前を開く
        2. 「アカウント停止を解除」を押す
        3. 必要に応じて「パスワードを初期化」を押す
        解除されたら、タブレットを再起動してからログインしてみてください。""", tags="step"),
    M("19:46:30", "cu-6613", "え、学校に言わなきゃなの?めんどくさ…まあ明日連絡帳に書きます"),
    M("19:47:10", "ag-sato", "お手数をおかけして申し訳ございません。先生にはこのチャットの手順をそのまま見ていただければ大丈夫です。", tags="emo"),
    M("d1 16:20:00", "cu-6613", "昨日の件です。担任の先生が解除してくれて、再起動したらログインできました!"),
    M("d1 16:22:30", "ag-sato", "ご連絡ありがとうございます!先生へのお願いから再起動まで、スムーズに進めていただけましたね。ログインできて良かったです。", tags="enc emo"),
    M("d1 16:22:50", "ag-sato", "ご協力いただきありがとうございました。"),
], progress="n/a", exp=False, over=False, closing=True, frs=65, primary="ag-sato",
  difficult=False, turnaround=False, did=True,
  notes="customer_did_it: the school teacher (the customer's own side/administrator) lifted the suspension following the agent's steps and the parent rebooted; login success reported. 'めんどくさ…' is mild grumbling about the procedure, not frustration about failures or handling -> not difficult (judgement call). Closing turn m09+m10 thanks for cooperation.")

# ---------------------------------------------------------------- b7-007
C("b7-007", "ja", "chat", "2026-10-10", "+09:00", customer_name="KENTA", msgs=[
    M("18:02:00", "cu-9014", "返却したのに利用中のままになってるんだけど!!ポートにちゃんと停めて鍵もかけた。料金ずっと加算されてる。急いでるから早くして"),
    M("18:02:50", "ag-hayashi", "まちチャリ サポートの林です。ご迷惑をおかけして申し訳ございません。", tags="emo"),
    M("18:03:10", "ag-hayashi", "ポートに停めて施錠されたのに、アプリでは利用中のままで料金が加算され続けている、ということですね。確認いたしますので、自転車番号を教えていただけますか。", tags="bt"),
    M("18:03:45", "cu-9014", "MC-20931 早く"),
    M("18:05:30", "ag-hayashi", "確認いたしました。ポート側の通信不良で返却が記録されていませんでした。こちらで18:01付けで返却処理を行い、18:01以降に加算された料金は取り消しました。"),
    M("18:05:50", "ag-hayashi", "今後は同じことは二度と起きませんので、ご安心ください。", tags="emo"),
    M("18:06:20", "cu-9014", "了解"),
], progress="n/a", exp=False, over=True, closing=False, frs=50, primary="ag-hayashi",
  difficult=True, turnaround=False, did=False,
  notes="Anger + urgency (!!, 急いでるから早くして, 早く) = difficult. The company ended the rental and cancelled the charge; customer did nothing -> did false. Last customer message is a bare 了解 -> no turnaround. '二度と起きません' is an unconditional guarantee without basis -> overpromise. Short look-up inside the back-and-forth -> progress n/a.")

# ---------------------------------------------------------------- b7-009
C("b7-009", "ja", "email", "2026-09-24", "+09:00", customer_name="大野 さくら", msgs=[
    M("10:05:00", "cu-1180", """
        サイトクラフト サポートご担当者様

        いつもお世話になっております。カフェ・ルポの大野です。
        先日取得した独自ドメイン(cafe-repos.jp)をサイトに設定したのですが、ブラウザで開くと「この接続ではプライバシーが保護されません」と出てしまいます。
        何か設定が足りないのでしょうか。ご教示いただけますと幸いです。

        大野"""),
    M("13:20:00", "ag-fujii", """
        大野様

        サイトクラフト サポートの藤井でございます。お問い合わせありがとうございます。

        取得された独自ドメイン cafe-repos.jp を設定後、ブラウザで「この接続ではプライバシーが保護されません」と表示されてしまう件、承知いたしました。

        SSL証明書は、ドメインのDNS設定がサイトクラフトに向いていることを確認できた時点で自動発行されます。お手数ですが、ドメインを取得されたサービスの管理画面で、以下の設定をお願いいたします。

        1. DNS設定(レコード設定)の画面を開く
        2. 種別「CNAME」、ホスト名「www」、値「sites.sitecraft.jp」を追加する
        3. 既存の「A」レコードがあれば、値を「203.0.113.40」に変更する

        DNSの反映には通常数時間、長い場合は72時間ほどかかることがございます。反映後にSSL証明書が自動で発行されますが、発行のタイミングはドメイン会社側の反映状況により前後いたします。

        藤井""", tags="bt step"),
    M("21:40:00", "cu-1180", """
        藤井様

        ご丁寧にありがとうございます。
        CNAMEとAレコード、設定しました。反映に時間がかかるとのことなので、数日様子を見てみます。

        大野"""),
    M("d1 09:30:00", "ag-fujii", """
        大野様

        藤井でございます。設定のご対応をいただきありがとうございます。
        数日経っても表示が変わらない場合は、お手数ですがこちらにご返信ください。

        藤井"""),
], progress="n/a", exp=True, over=False, closing=True, frs=11700, primary="ag-fujii",
  difficult=False, turnaround=False, did=False,
  notes="Customer made the DNS changes but will wait and see; success is never shown -> customer_did_it false. Hedged outlook on DNS/SSL timing (通常数時間…72時間ほど…前後) = expectation_set. Final mail thanks for the customer's work on the settings -> closing_gratitude.")

# ---------------------------------------------------------------- b7-011
C("b7-011", "ja", "chat", "2026-09-27", "+09:00", customer_name="りょう", msgs=[
    M("08:12:00", "cu-2078", "オートロック効かなくなった。閉めても開いたまま。鍵開けっぱで出かけられなくて困ってる"),
    M("08:13:05", "ag-nakano", "カギル サポートの中野です。お出かけ前にご不便をおかけして申し訳ありません。", tags="emo"),
    M("08:13:30", "ag-nakano", "扉を閉めてもオートロックがかからず、開いたままになってしまうんですね。最近、本体を付け直したり電池交換をされたりしましたか?", tags="bt"),
    M("08:14:10", "cu-2078", "昨日電池かえた"),
    M("08:14:55", "ag-nakano", "ありがとうございます。電池交換のあとは扉の位置情報がずれることがあります。アプリの「設定」→「扉の位置登録」を開いて、扉を閉めた状態で「登録」を押していただけますか?", tags="step"),
    M("08:17:20", "cu-2078", "押した。登録完了って出た"),
    M("08:17:50", "ag-nakano", "ばっちりです!では扉を一度開けて、閉めてみてください。", tags="enc step"),
    M("08:18:30", "cu-2078", "できた!閉めたら勝手にロックかかった"),
    M("08:18:40", "cu-2078", "助かった〜ありがと"),
    M("08:19:10", "ag-nakano", "オートロックが戻って良かったです!電池交換のあとは位置登録をやり直すのがおすすめです。お急ぎのところ最後までご対応いただき、ありがとうございました。いってらっしゃいませ。", tags="emo"),
], progress="n/a", exp=False, over=False, closing=True, frs=65, primary="ag-nakano",
  difficult=True, turnaround=True, did=True,
  notes="困ってる + can't leave home = anxiety/urgency -> difficult. Customer re-registered the door position themselves and reports the lock engages (できた!), then 助かった〜ありがと -> turnaround and customer_did_it.")

# ---------------------------------------------------------------- b7-013
C("b7-013", "ja", "email", "2026-11-05", "+09:00", customer_name="坂口 陽子", msgs=[
    M("22:10:00", "cu-5099", """
        おもいでBOOK ご担当者様

        はじめて利用しております。娘の七五三の写真でフォトブックを作っているのですが、何枚かの写真に黄色い三角のマークが出て、「画質が低いため印刷が粗くなる可能性があります」と表示されます。
        スマホで撮った写真なのですが、このまま注文してよいものか、ご教示いただけますでしょうか。

        坂口"""),
    M("d1 09:40:00", "ag-ueda", """
        坂口様

        おもいでBOOK サポートの上田でございます。お問い合わせいただきありがとうございます。

        スマートフォンで撮影された七五三のお写真に、黄色い三角マークと「画質が低い」という表示が出ているとのこと、承知いたしました。
        LINEなどのアプリを経由して保存された写真は自動的に縮小されているため、元の写真を選び直すと解消することがほとんどです。次の手順でお試しいただけますでしょうか。

        1. 編集画面で三角マークの付いた写真をタップし、「写真を差し替え」を選ぶ
        2. 「アルバム」ではなく「カメラで撮影した写真」フォルダから同じ写真を選ぶ
        3. 三角マークが消えたことを確認する

        上田""", tags="bt step"),
    M("d1 20:15:00", "cu-5099", """
        上田様

        ありがとうございます。言われたとおりカメラのフォルダから選び直したら、三角マークが全部消えました!無事に注文もできました。

        坂口"""),
    M("d2 10:05:00", "ag-ueda", """
        坂口様

        上田でございます。
        写真の差し替えまで、正しく進めていただけていたようですね。
        お手数をおかけしましたが、ご対応いただきありがとうございました。フォトブックの仕上がりを楽しみにお待ちくださいませ。

        上田""", tags="enc"),
], progress="n/a", exp=False, over=False, closing=True, frs=41400, primary="ag-ueda",
  difficult=False, turnaround=False, did=True,
  notes="Neutral question (no anxiety wording). Customer re-selected the originals following the steps; warning disappeared and order placed -> customer_did_it. Last mail thanks for the customer's effort -> closing_gratitude. '…ことがほとんどです' explains the cause, not other customers' success -> not vicarious.")

# ---------------------------------------------------------------- b7-015
C("b7-015", "ja", "chat", "2026-10-20", "+09:00", customer_name="原田", msgs=[
    M("13:22:00", "cu-7730", "マイページの使用量のグラフが真っ白で何も表示されません。先月までは見られていました。"),
    M("13:24:40", "ag-ishii", "でんきナビ サポートの石井です。お問い合わせありがとうございます。先月までは見られていた使用量のグラフが、今は真っ白で何も表示されないのですね。", tags="bt"),
    M("13:25:05", "ag-ishii", """
        ブラウザに古いデータが残っていると、グラフが表示されないことがございます。次の手順をお試しいただけますか。
        1. ブラウザ右上の「…」から「設定」を開く
        2. 「閲覧データを削除」で「キャッシュされた画像とファイル」だけにチェックを入れて削除する
        3. マイページを開き直す
        詳しくはヘルプ記事(https://help.denki-navi.example/cache)もご覧ください。""", tags="step"),
    M("13:31:10", "cu-7730", "削除してみました。表示OKです"),
    M("13:31:45", "ag-ishii", "表示されるようになって良かったです。本日はありがとうございました。", tags="emo"),
], progress="n/a", exp=False, over=False, closing=True, frs=160, primary="ag-ishii",
  difficult=False, turnaround=False, did=True,
  notes="Customer cleared the cache themselves; 表示OKです = success in their own words -> customer_did_it. 本日はありがとうございました counts as closing thanks for time. The help-article link alone is not vicarious.")

# ---------------------------------------------------------------- b7-017
C("b7-017", "ja", "chat", "2026-09-16", "+09:00", customer_name="西村", msgs=[
    M("15:00:00", "cu-4402", "母の補聴器のことで相談です。充電ケースに入れるとランプが赤く点滅して充電されません。母がすごく困っていて、明日病院なのでそれまでに使えるようにしたいです"),
    M("15:01:20", "ag-oda", "みみとも サポートの小田です。お母さまがお困りのところ、ご心配ですよね。", tags="emo"),
    M("15:01:45", "ag-oda", "充電ケースに入れるとランプが赤く点滅して、充電できない状態なのですね。まず、補聴器の金色の端子部分と、ケース側の端子を、乾いた柔らかい布で拭いていただけますか?", tags="bt step"),
    M("15:06:30", "cu-4402", "拭いたら緑になりました!"),
    M("15:07:00", "ag-oda", "よかったです。そのまま30分ほど充電してみてください。", tags="emo step"),
    M("15:40:10", "cu-4402", "右は大丈夫そうなんですが、左耳のほうだけまた赤の点滅に戻りました…"),
    M("15:41:30", "ag-oda", "ご報告ありがとうございます。左だけ再び赤点滅になる場合は、充電池の劣化の可能性が高いです。左耳の補聴器を無償で点検・交換させていただけますか。本日発送の手配をすれば、通常は2〜3日で代替機がお手元に届きますが、配送状況により前後する場合がございます。"),
    M("15:43:00", "cu-4402", "明日には間に合わないんですね…わかりました、お願いします"),
    M("15:44:10", "ag-oda", "明日に間に合わず、ご不便をおかけして申し訳ございません。右耳は問題なくお使いいただけます。発送用の箱と伝票を本日中にお送りいたします。", tags="emo"),
], progress="n/a", exp=True, over=False, closing=False, frs=80, primary="ag-oda",
  difficult=True, turnaround=False, did=False,
  notes="すごく困っていて + 明日病院なのでそれまでに = difficult. Half success (cleaning turned the light green) then the left unit failed again; the company replaces it -> customer_did_it false. Ends with わかりました、お願いします, no thanks/relief -> no turnaround. Hedged delivery outlook (通常は2〜3日…前後) = expectation_set. Closing turn has an apology, no thanks.")

# ---------------------------------------------------------------- b7-019
C("b7-019", "ja", "email", "2026-09-11", "+09:00", customer_name="松本 健", msgs=[
    M("20:30:00", "cu-2604", """
        まもるモバイル ご担当者様

        スマホ保険「まもるモバイル」に加入している松本と申します。
        来月ハワイへ旅行に行くのですが、旅行中にスマホを落として画面が割れた場合も補償の対象になるのでしょうか。
        海外で修理することになった場合の手続きも教えていただけますと助かります。

        松本"""),
    M("d1 10:15:00", "ag-kondo", """
        松本様

        まもるモバイル カスタマーセンターの近藤でございます。

        ハワイご旅行中に端末を落として画面が割れた場合に補償の対象となるか、また海外で修理される場合の手続きについてのお問い合わせですね。

        海外での破損も補償の対象となります。ただし、お支払いの可否は修理内容を確認したうえで審査にて決定いたしますため、現時点で必ず対象になるとは断言いたしかねます。
        海外で修理された場合は、修理明細書(英文可)と領収書を保管のうえ、帰国後30日以内にアプリの「保険金請求」からご申請ください。審査は通常5営業日ほどで完了いたします。

        近藤""", tags="bt"),
    M("d1 12:40:00", "cu-2604", """
        近藤様

        丁寧にありがとうございました。安心して行ってきます。

        松本"""),
    M("d1 14:00:00", "ag-kondo", """
        松本様

        ご返信ありがとうございます。どうぞお気をつけて、ハワイ旅行をお楽しみくださいませ。

        近藤"""),
], progress="n/a", exp=True, over=False, closing=False, frs=49500, primary="ag-kondo",
  difficult=False, turnaround=False, did=False,
  notes="Pure information question, no fix needed -> customer_did_it false. Coverage outlook hedged (断言いたしかねます, 通常5営業日ほど) -> expectation_set. Closing thanks only for the reply -> not closing_gratitude. The claim procedure is information for a hypothetical, not a step of a solution -> not step_guidance.")

# ---------------------------------------------------------------- b7-021
C("b7-021", "ja", "chat", "2026-10-14", "+09:00", customer_name="カフェ みどり", msgs=[
    M("11:48:00", "cu-5305", "お世話になってます。店のバリスタプロなんですが、今朝からミルクが全然泡立たなくて。スチームは出てます"),
    M("11:50:20", "ag-yamada", "バリスタプロ サポートの山田です。スチームは出ているのに、今朝からミルクが泡立たなくなったということですね。", tags="bt"),
    M("11:50:50", "ag-yamada", """
        ミルクノズル先端の小さな空気穴が詰まっている可能性が高いです。以下の手順で洗浄をお願いできますか。
        1. 電源を切り、ノズルが冷めるまで待つ
        2. ノズル先端を反時計回りに回して外す
        3. 付属のピンで空気穴を通し、ぬるま湯で洗う
        4. 取り付けて、スチームを5秒出してから泡立てを試す""", tags="step"),
    M("11:51:10", "ag-yamada", "同じ症状でご連絡いただいた店舗様の多くは、この洗浄で解消されています。", tags="vic"),
    M("11:53:00", "cu-5305", "ランチ前で今ちょっとバタバタしてるんで、閉店後にやってみます"),
    M("11:53:40", "ag-yamada", "承知しました。もし解消しない場合は、このチャットにご返信ください。ランチ営業、がんばってください!"),
], progress="n/a", exp=False, over=False, closing=False, frs=140, primary="ag-yamada",
  difficult=False, turnaround=False, did=False,
  notes="Customer will try after closing; no result shown -> customer_did_it false. Busy-at-lunch is not urgency about the problem. Closing has no thanks.")

# ---------------------------------------------------------------- b7-023
C("b7-023", "ja", "chat", "2026-10-22", "+09:00", customer_name="みく", msgs=[
    M("20:15:00", "cu-8832", "チケット友達に分配したいのにボタン押しても何も起きないんだけど"),
    M("20:16:30", "ag-kimura", "チケプラ サポートの木村です!分配ボタンを押しても何も反応がないんですね。", tags="bt"),
    M("20:16:50", "ag-kimura", "分配するには、お友達が先にチケプラに会員登録している必要があります。お友達が登録済みかどうか、わかりますか?"),
    M("20:18:00", "cu-8832", "してるって"),
    M("20:18:40", "ag-kimura", """
        ありがとうございます。では次の順番でやってみてください。
        1. アプリを最新版に更新
        2. 「マイチケット」→ 公演を選択 →「分配する」
        3. お友達の登録電話番号を入力して「送信」""", tags="step"),
    M("20:24:10", "cu-8832", "送れた!友達の方にも出てるって"),
    M("20:24:50", "ag-kimura", "ばっちりです、分配完了ですね!当日は必ず問題なく入場できますので、ご安心ください。", tags="enc emo"),
    M("20:25:05", "ag-kimura", "本日はご利用ありがとうございました!"),
], progress="n/a", exp=False, over=True, closing=True, frs=90, primary="ag-kimura",
  difficult=False, turnaround=False, did=True,
  notes="Customer updated the app and sent the ticket following the steps; friend sees it -> customer_did_it. '必ず問題なく入場できます' = unconditional guarantee -> overpromise. Closing turn m07+m08: 本日はご利用ありがとうございました counts per the guide.")

# ---------------------------------------------------------------- b7-025
C("b7-025", "ja", "email", "2026-11-02", "+09:00", customer_name="村井 直子", msgs=[
    M("10:00:00", "cu-3070", """
        キュウヨ+ サポートご担当者様

        株式会社アオバ食品 総務の村井です。
        10月分の給与計算で、扶養家族が2人いる社員の所得税が、扶養0人の金額で計算されています。従業員情報の扶養人数は正しく「2」と登録されていることを確認済みです。
        対象は12名ほどです。原因をお調べいただけますでしょうか。

        村井"""),
    M("11:30:00", "ag-shimizu", """
        村井様

        キュウヨ+ サポートの清水でございます。
        従業員情報では扶養人数が「2」と正しく登録されているにもかかわらず、10月分の所得税が扶養0人の金額で計算されている件、承知いたしました。
        担当部署に確認いたしますので、少々お時間をいただけますでしょうか。

        清水""", tags="bt"),
    M("11:42:00", "ag-shimizu", "開発チケット DEV-2281 起票。年途中で扶養変更した社員のみ? 要確認", internal=True),
    M("d2 09:20:00", "cu-3070", """
        清水様

        その後いかがでしょうか。

        村井"""),
    M("d2 10:45:00", "ag-shimizu", """
        村井様

        長らくお待たせしており申し訳ございません。
        開発部門で調査した結果、10月のアップデート以降、扶養人数を年の途中で変更した社員について、変更前の値が参照されてしまう不具合があることを確認いたしました。
        現在修正版を準備しており、11月10日にリリースする予定です。確定ではございませんが、日程が前後する場合は改めてご連絡いたします。

        清水""", tags="emo"),
    M("d8 15:00:00", "ag-shimizu", """
        村井様

        本日、修正版をリリースいたしました。10月分の給与データは、画面を開き直すと正しい扶養人数で自動的に再計算されます。

        清水"""),
    M("d8 16:30:00", "cu-3070", """
        清水様

        開き直したところ、12名とも正しい税額になりました。ご対応いただきありがとうございました。

        村井"""),
    M("d8 17:00:00", "ag-shimizu", """
        村井様

        ご確認ありがとうございます。このたびはご不便をおかけし、申し訳ございませんでした。
        修正までお待ちいただき、ありがとうございました。

        清水""", tags="emo"),
], progress="concrete", exp=True, over=False, closing=True, frs=5400, primary="ag-shimizu",
  difficult=True, turnaround=True, did=False,
  notes="Polite chase その後いかがでしょうか = difficult. The only interim update (m05) names the bug found and the planned release date -> concrete; it also hedges the date (確定ではございませんが) -> expectation_set. The company fixed it; the customer only reopened the screen -> customer_did_it false. Customer's last mail thanks -> turnaround. m03 is an internal note and is ignored.")

# ---------------------------------------------------------------- b7-027
C("b7-027", "ja", "chat", "2026-09-29", "+09:00", customer_name="鈴木整体院", msgs=[
    M("14:00:00", "cu-4111", "すみません、ホームページのお問い合わせフォームから送ってもらったメールが届いてないみたいで…お客さんから「送ったのに返事がない」って言われてしまいました。パソコンのことよくわからなくて、不安です"),
    M("14:01:30", "ag-inoue", "ホームメーカー サポートの井上です。ご不安ですよね。大丈夫ですよ、ゆっくり一緒に確認していきましょう。", tags="emo"),
    M("14:01:50", "ag-inoue", "フォームから送信されたお問い合わせのメールが、受信箱に届いていないということですね。", tags="bt"),
    M("14:02:20", "ag-inoue", "まず、管理画面の「フォーム設定」を開いて、「通知先メールアドレス」に何と書かれているか見ていただけますか?", tags="step"),
    M("14:05:40", "cu-4111", "開けました。info@suzuki-seitai.jp ってなってます。でも私が見てるのはsuzuki.seitai@gmail.comのほうです…"),
    M("14:06:30", "ag-inoue", """
        そこまで確認していただけたので、原因が分かりました!通知先が、普段ご覧になっていないアドレスになっています。次の手順で変更しましょう。
        1. 「通知先メールアドレス」の欄を suzuki.seitai@gmail.com に書き換える
        2. 下の「保存」を押す
        3. 「テスト送信」を押す""", tags="enc step"),
    M("14:09:00", "cu-4111", "テスト送信したら届きました!!"),
    M("14:09:20", "cu-4111", "ほんとに助かりました、ありがとうございます😭"),
    M("14:10:00", "ag-inoue", "無事届いて良かったです!ご自身で設定を変更していただき、ありがとうございました。", tags="emo"),
], progress="n/a", exp=False, over=False, closing=True, frs=90, primary="ag-inoue",
  difficult=True, turnaround=True, did=True,
  notes="不安です = anxiety -> difficult. Customer changed the notification address and the test mail arrived -> customer_did_it; ほんとに助かりました -> turnaround. Closing thanks the customer for doing the change.")

# ---------------------------------------------------------------- b7-029
C("b7-029", "ja", "chat", "2026-09-09", "+09:00", customer_name="そうた", msgs=[
    M("22:30:00", "cu-6025", "発音チェックのとこ、しゃべっても全然反応しないんだけど"),
    M("22:31:40", "ag-aoki", "ことばトーク サポートの青木です。発音チェックで話しかけても、まったく反応がないんですね。", tags="bt"),
    M("22:32:00", "ag-aoki", "同じ症状のお客様の多くが、マイクの許可をオンにすることで解決されています。iPhoneの「設定」→「ことばトーク」を開いて、「マイク」がオンになっているか見てもらえますか?", tags="vic step"),
    M("22:34:10", "cu-6025", "オフになってた"),
    M("22:34:40", "ag-aoki", "それです!オンに切り替えて、アプリを開き直してから発音チェックをもう一度試してみてください。", tags="enc step"),
    M("22:36:05", "cu-6025", "マイクの許可オンにしたら反応した!点数も出た"),
    M("22:36:30", "ag-aoki", "良かったです!練習がんばってください😊", tags="emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=100, primary="ag-aoki",
  difficult=False, turnaround=False, did=True,
  notes="Customer switched the microphone permission on themselves; 反応した!点数も出た -> customer_did_it. No thanks in the closing.")

# ---------------------------------------------------------------- b7-031
C("b7-031", "ja", "email", "2026-10-01", "+09:00", customer_name="佐野 隆", msgs=[
    M("12:10:00", "cu-7311", """
        ナビリンク サポート御中

        ナビリンクの地図更新を購入したところ、クレジットカードに同じ金額(9,800円)が2回請求されています。
        二重に引き落とされていて困っています。返金していただけますか。

        佐野"""),
    M("15:25:00", "ag-kubo", """
        佐野様

        ナビリンク サポートの久保でございます。
        このたびはご迷惑をおかけし、申し訳ございません。

        地図更新のご購入時に、9,800円が2回請求されているとのこと、承知いたしました。
        決済記録を確認したところ、通信エラーにより決済が重複しておりました。重複分の9,800円につきまして、本日返金手続きを完了いたしました。
        カード会社での反映には通常1〜2か月ほどかかり、時期はカード会社により前後いたします。

        久保""", tags="bt emo"),
    M("16:02:00", "cu-7311", """
        承知しました。

        佐野"""),
], progress="n/a", exp=True, over=False, closing=False, frs=11700, primary="ag-kubo",
  difficult=True, turnaround=False, did=False,
  notes="困っています = difficult. Company refunded; no customer action -> did false. Bare 承知しました -> no turnaround. Hedged refund timing -> expectation_set. No closing thanks.")

# ---------------------------------------------------------------- b7-033
C("b7-033", "ja", "chat", "2026-10-30", "+09:00", customer_name="合同会社ハル 山下", msgs=[
    M("16:45:00", "cu-2019", "さっき法人税の申告を送信したんですが、ちゃんと届いてるのか分からなくて不安です。受信通知ってどこで見られますか?"),
    M("16:46:10", "ag-mori", "ネット申告アシスト サポートの森です。送信はできたものの、受け付けられたかどうか確認できず、ご不安なのですね。", tags="bt emo"),
    M("16:46:40", "ag-mori", """
        受信通知は次の手順で確認できます。
        1. 画面左の「送信履歴」を押す
        2. 本日の送信分の右にある「メッセージボックス」を押す
        3. 「受信通知」という件名のメッセージを開く""", tags="step"),
    M("16:49:30", "cu-2019", "ありました!受付番号と「受付完了」って出てます"),
    M("16:49:45", "cu-2019", "安心しましたー、ありがとうございます"),
    M("16:50:20", "ag-mori", "受付完了になっていれば問題ございません。無事に確認できて良かったです!", tags="emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=70, primary="ag-mori",
  difficult=True, turnaround=True, did=True,
  notes="不安です = difficult; 安心しました、ありがとう -> turnaround. customer_did_it true is a judgement call: nothing was broken, but the task (finding the receipt notice) was completed by the customer following the numbered steps and shown to work (ありました!). No thanks in the agent's closing.")

# ---------------------------------------------------------------- b7-035
C("b7-035", "ja", "chat", "2026-09-25", "+09:00", customer_name="ともこ", msgs=[
    M("17:10:00", "cu-1560", "娘の学校タブレットで、宿題に出ている英語のサイトが「ブロックされています」と出て開けません。"),
    M("17:11:30", "ag-sato", "まなびパッド サポートの佐藤です。宿題で指定された英語のサイトが、タブレットで「ブロックされています」と表示されて開けないのですね。サイトのアドレスを教えていただけますか?", tags="bt"),
    M("17:12:40", "cu-1560", "eigo-kids.example.com です"),
    M("17:15:00", "ag-sato", """
        ありがとうございます。こちらのサイトは学校様のフィルタリング設定でブロックされており、保護者様やこちらのサポートからは解除できない設定となっております。
        学校様の管理者に、サイトの許可を依頼するご連絡をこちらからお送りしました。
        通常2〜3営業日ほどで反映されますが、学校様のご対応次第で前後する可能性がございます。"""),
    M("17:16:30", "cu-1560", "わかりました、待ちます。宿題の提出は来週なので"),
    M("17:17:00", "ag-sato", "反映されましたら、タブレットを再起動してからサイトを開いてみてください。", tags="step"),
], progress="n/a", exp=True, over=False, closing=False, frs=90, primary="ag-sato",
  difficult=False, turnaround=False, did=False,
  notes="Calm customer, no deadline pressure (提出は来週). Agent escalated to the school; outcome not reached in the conversation -> did false. Hedged timing (通常2〜3営業日ほど…前後) -> expectation_set. No waiting period inside the conversation that called for an update -> progress n/a.")

# ---------------------------------------------------------------- b7-037
C("b7-037", "ja", "chat", "2026-11-21", "+09:00", customer_name="あや", msgs=[
    M("21:50:00", "cu-9876", "家に入れない!!スマートロックが反応しない、電池切れかも。外寒いし子ども寝かせなきゃいけないのに。急いでます"),
    M("21:50:40", "ag-nakano", "カギル サポートの中野です。大丈夫です、外から開ける方法がありますので、すぐにご案内しますね。", tags="emo"),
    M("21:51:00", "ag-nakano", "電池切れで、外から操作しても反応しない状態ですね。お手元か近くのコンビニで、9V形の角型電池を用意できますか?", tags="bt step"),
    M("21:58:30", "cu-9876", "コンビニで買ってきた"),
    M("21:59:00", "ag-nakano", "ありがとうございます!本体の下にある金色の2つの端子に、電池のプラスとマイナスを当ててください。", tags="step"),
    M("21:59:50", "cu-9876", "当てたら光った!"),
    M("22:00:10", "ag-nakano", "その調子です!電池を当てたまま、テンキーでいつもの暗証番号を入力してみてください。", tags="enc step"),
    M("22:00:50", "cu-9876", "開いた〜〜"),
    M("22:01:05", "cu-9876", "ありがとうございます本当に助かりました"),
    M("22:01:40", "ag-nakano", "無事に開いて良かったです!中に入ったら、本体の電池(単3×4本)を交換してくださいね。", tags="emo step"),
    M("22:01:55", "ag-nakano", "寒い中、最後までご対応いただきありがとうございました。おやすみなさいませ。"),
], progress="n/a", exp=False, over=False, closing=True, frs=40, primary="ag-nakano",
  difficult=True, turnaround=True, did=True,
  notes="Locked out, 急いでます = urgency -> difficult. Customer bought the battery, powered the lock and entered the code themselves; 開いた〜〜 = success -> customer_did_it; 本当に助かりました -> turnaround. Closing turn m10+m11 thanks for the customer's effort.")

# ---------------------------------------------------------------- b7-039
C("b7-039", "ja", "email", "2026-10-05", "+09:00", customer_name="岡本 由紀", msgs=[
    M("09:00:00", "cu-6868", """
        おもいでBOOK ご担当者様

        9月20日に注文したフォトブック(注文番号 OB-30118)がまだ届きません。発送済みのメールは9月26日に届いています。
        祖母の誕生日に渡すもので、10月12日までにどうしても必要です。

        岡本"""),
    M("14:00:00", "ag-ueda", """
        岡本様

        おもいでBOOK サポートの上田でございます。
        9月26日に発送済みとなっているにもかかわらず、ご注文のフォトブックがまだお手元に届いていない件、承知いたしました。
        配送業者に確認いたします。

        上田""", tags="bt"),
    M("d1 17:00:00", "ag-ueda", """
        岡本様

        引き続き配送業者に確認中です。

        上田"""),
    M("d3 10:30:00", "cu-6868", """
        上田様

        まだ何も分からないんですか?もう一週間以上経っています。いい加減にしてください。12日に間に合わなかったら意味がないんです。

        岡本"""),
    M("d3 13:20:00", "ag-ueda", """
        岡本様

        ご心配とご不便をおかけし、誠に申し訳ございません。
        配送業者の調査の結果、中継センターでの仕分けミスにより、別の地域へ送られていたことが分かりました。現在当社でフォトブックを再製作しており、10月9日に発送する予定です。
        通常は発送の翌日にお届けとなりますが、地域によっては前後する可能性がございます。

        上田""", tags="emo"),
    M("d4 16:00:00", "ag-ueda", """
        岡本様

        本日、再製作したフォトブックを発送いたしました。追跡番号は 4410-2287-9931 です。

        上田"""),
    M("d5 19:00:00", "cu-6868", """
        届きました。

        岡本"""),
], progress="mixed", exp=True, over=False, closing=False, frs=18000, primary="ag-ueda",
  difficult=True, turnaround=False, did=False,
  notes="Deadline (どうしても必要) + chase with anger (いい加減にしてください) = difficult. Interim updates: m03 vague (引き続き…確認中), m05 concrete (cause found, reprint, ship date) -> mixed. Hedged delivery outlook -> expectation_set. Last customer message 届きました。 with no thanks -> no turnaround. Company reprinted and reshipped -> did false.")

# ---------------------------------------------------------------- b7-041
C("b7-041", "ja", "chat", "2026-11-01", "+09:00", customer_name="高橋", msgs=[
    M("19:30:00", "cu-1212", "明日引っ越しなんですが、電気の使用開始のメールがまだ来ていません。明日から電気使えないと困るんですが、大丈夫でしょうか"),
    M("19:31:20", "ag-ishii", "でんきナビ サポートの石井です。明日のお引っ越しを前に、使用開始のご案内メールが届いておらずご心配ですよね。", tags="bt emo"),
    M("19:31:40", "ag-ishii", "お申込み番号か、新しいご住所を教えていただけますか?"),
    M("19:32:30", "cu-1212", "さいたま市浦和区高砂2-5-8 ハイツ高砂203です"),
    M("19:34:00", "ag-ishii", "確認いたしました。11月2日から使用開始として登録が完了しております。ご案内メールは送信エラーで届いていなかったようです。明日はブレーカーを上げていただければ、そのまま電気をお使いいただけます。"),
    M("19:35:00", "cu-1212", "よかった〜安心しました。ありがとうございます"),
    M("19:35:30", "ag-ishii", "ご安心いただけて良かったです。新生活、どうぞお気をつけて。", tags="emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=80, primary="ag-ishii",
  difficult=True, turnaround=True, did=False,
  notes="困る + 大丈夫でしょうか + tomorrow = anxiety/urgency -> difficult; answered, then 安心しました。ありがとうございます -> turnaround. Nothing needed fixing (registration was complete) -> customer_did_it false. No closing thanks.")

# ---------------------------------------------------------------- b7-043
C("b7-043", "ja", "email", "2026-09-18", "+09:00", customer_name="小松 弘", msgs=[
    M("10:00:00", "cu-4545", """
        ナビリンク サポート御中

        お世話になります。先月購入したナビ(NL-700)とiPhoneをBluetoothでつないでいますが、通話はできるのに電話帳が表示されません。
        設定方法を教えてください。

        小松"""),
    M("15:30:00", "ag-kubo", """
        小松様

        ナビリンク サポートの久保でございます。
        NL-700とiPhoneをBluetoothで接続され、通話はできるものの電話帳が表示されない件、承知いたしました。

        iPhone側で連絡先の共有が許可されていない場合に、この症状が起こります。次の手順をお試しください。
        1. iPhoneの「設定」→「Bluetooth」を開く
        2. 「NL-700」の右にある「i」を押す
        3. 「連絡先を同期」をオンにする
        4. ナビの電源を一度切り、入れ直す

        各手順の画面写真を添付いたしましたので、同じ画面になっているかご確認しながら進めてください。

        久保""", tags="bt step vic"),
    M("d1 08:45:00", "cu-4545", """
        久保様

        ご案内ありがとうございます。手順通りにやったら、電話帳が出ました!ありがとうございました。

        > 3. 「連絡先を同期」をオンにする
        ここがオフになっていました。

        小松"""),
    M("d1 10:10:00", "ag-kubo", """
        小松様

        久保でございます。

        > 手順通りにやったら、電話帳が出ました!
        > ここがオフになっていました。

        連絡先の同期設定まで、正確に確認していただけましたね。
        お手数をおかけしましたが、ご協力ありがとうございました。

        久保""", tags="enc"),
], progress="n/a", exp=False, over=False, closing=True, frs=19800, primary="ag-kubo",
  difficult=False, turnaround=False, did=True,
  notes="Customer followed the numbered steps; 電話帳が出ました -> customer_did_it. Step-by-step screenshots attached -> vicarious. Agent reply quotes the customer (> lines, ignored) then praises the customer's check (encouragement) and thanks for cooperation (closing_gratitude). Not difficult.")

# ---------------------------------------------------------------- b7-045
C("b7-045", "ja", "chat", "2026-10-23", "+09:00", customer_name="ひろみ", msgs=[
    M("13:00:00", "ag-kondo", "まもるモバイルです。何かお困りのことはございませんか?"),
    M("13:04:30", "cu-5858", "保険金請求で修理の見積書をアップロードしたいんですが、どこから出すのかわからなくて"),
    M("13:04:31", "bot-mamoru", "よくある質問:保険金請求の方法はこちら https://help.mamoru-mobile.example/claim"),
    M("13:05:40", "ag-kondo", "ご連絡ありがとうございます。保険金請求の画面で、修理見積書をアップロードする場所が見つからないということですね。", tags="bt"),
    M("13:06:10", "ag-kondo", "操作の流れを画面共有でお見せしますので、画面下の「画面共有を見る」を押していただけますか?", tags="vic"),
    M("13:07:00", "cu-5858", "見えてます"),
    M("13:08:30", "ag-kondo", "このように、「請求」タブ →「書類を追加」→「見積書」を選ぶと、カメラかアルバムを選べます。では同じように、ご自身の画面で「書類を追加」まで進んで、見積書の写真を選んでいただけますか?", tags="vic step"),
    M("13:10:20", "cu-5858", "アルバムから選んで、アップロードできました"),
    M("13:10:50", "ag-kondo", "正しくアップロードできていますね、ばっちりです!審査は通常3〜5営業日ほどで完了し、結果はアプリのお知らせでお届けします。", tags="enc"),
    M("13:11:20", "ag-kondo", "最後までご協力いただきありがとうございました。"),
], progress="n/a", exp=True, over=False, closing=True, frs=70, primary="ag-kondo",
  difficult=False, turnaround=False, did=True,
  notes="m01 is a proactive greeting before the customer wrote -> not a response; first response is m04 (70 s). Screen-share demonstration (m05, m07) -> vicarious. Customer uploaded the document themselves -> customer_did_it. Hedged review time -> expectation_set. Closing turn m09+m10 thanks for cooperation.")

# ---------------------------------------------------------------- b7-047
C("b7-047", "ja", "chat", "2026-09-02", "+09:00", customer_name="ちはる", msgs=[
    M("12:30:00", "cu-5656", "予約の日時を変えたいのですが、変更ボタンがグレーで押せません"),
    M("12:31:50", "ag-okada", "みんなの診察券 サポートの岡田です。予約の変更ボタンがグレーになっていて押せないのですね。", tags="bt"),
    M("12:32:20", "ag-okada", """
        こちらのクリニックでは、アプリからの変更は一度キャンセルしてから取り直す方式になっています。次の手順でお試しください。
        1. 予約詳細の下にある「キャンセル」を押す
        2. トップ画面の「予約する」から、希望の日時を選び直す
        ※この場合キャンセル料はかかりません""", tags="step"),
    M("12:34:00", "cu-5656", "今仕事の昼休みなので、夜にやってみます"),
    M("12:34:30", "ag-okada", "承知しました。ゆっくりで大丈夫ですので、ご都合のよいときにお試しください。", tags="emo"),
    M("21:15:00", "cu-5656", "昼間の件、キャンセルして取り直したら、木曜の18時で取れました!"),
    M("21:16:10", "ag-okada", "キャンセルから取り直しまで、手順どおり進めていただけましたね。無事に予約できて良かったです!", tags="enc emo"),
], progress="n/a", exp=False, over=False, closing=False, frs=110, primary="ag-okada",
  difficult=False, turnaround=False, did=True,
  notes="Customer said they would try later, came back the same evening and reports the rebooked slot -> customer_did_it. No thanks in the agent's closing.")

# ---------------------------------------------------------------- b7-049
C("b7-049", "ja", "email", "2026-10-02", "+09:00", customer_name="石田 敏夫", msgs=[
    M("10:00:00", "cu-7007", """
        みみとも サポート御中

        9月15日に修理に出した補聴器(受付番号 MR-5521)がまだ戻ってきません。受付時には2週間ほどと伺っておりました。
        日常生活に支障が出ておりますので、状況を教えてください。

        石田"""),
    M("14:00:00", "ag-oda", """
        石田様

        みみとも サポートの小田でございます。
        9月15日に修理にお出しいただいた補聴器が、2週間ほど経ってもまだお手元に戻っていない件、承知いたしました。
        メーカーに確認いたします。

        小田""", tags="bt"),
    M("d3 11:00:00", "ag-oda", """
        石田様

        現在メーカーに確認中です。今しばらくお待ちください。

        小田"""),
    M("d5 09:30:00", "cu-7007", """
        その後いかがでしょうか。

        石田"""),
    M("d5 15:00:00", "ag-hara", """
        石田様

        担当の小田に代わりまして、原がご連絡いたします。
        長らくお待たせしており申し訳ございません。メーカーにて引き続き確認しております。

        原""", tags="emo"),
    M("d7 10:00:00", "ag-hara", """
        石田様

        修理が完了し、本日ご自宅宛てに発送いたしました。
        修理後は間違いなく元どおりにお使いいただけます。

        原"""),
    M("d8 18:00:00", "cu-7007", """
        原様

        本日受け取りました。問題なく聞こえております。ご対応ありがとうございました。

        石田"""),
], progress="vague", exp=False, over=True, closing=False, frs=14400, primary="ag-oda",
  difficult=True, turnaround=True, did=False,
  notes="The first mail already asks for news on an overdue repair, and m04 chases (その後いかがでしょうか) -> difficult ('日常生活に支障' alone would not be). Both interim updates only say the maker is checking -> vague. '間違いなく元どおり' = overpromise. Customer thanks at the end -> turnaround. primary: ag-oda and ag-hara have 2 public messages each; ag-oda wrote first.")

# ---------------------------------------------------------------- b7-051
C("b7-051", "ja", "chat", "2026-11-08", "+09:00", customer_name="なな", msgs=[
    M("10:00:00", "cu-8787", "明日のライブ、入場って何時から?"),
    M("10:00:03", "bot-tikepura", "チケプラBOTです。明日(11/9)の「ミナミホール公演」は開場17:00、開演18:00です。電子チケットはアプリの「マイチケット」から表示できます。"),
    M("10:00:40", "cu-8787", "ありがと"),
    M("10:00:42", "bot-tikepura", "ご利用ありがとうございました!"),
], progress="n/a", exp=False, over=False, closing=False, frs=None, primary=None,
  difficult=False, turnaround=False, did=False,
  notes="Bot-only conversation resolved by the bot: progress n/a, no agent -> first_response_s and primary_agent_id null; bot closing does not count.")
