# インターフェースの文言（日本語）。英語版 en.ftl が基準です。メッセージ ID と変数は
# en.ftl と同じでなければなりません（テストで確認）。名前が "-html" で終わるメッセージは
# マークアップを含みます。

## サイト名、ナビゲーション、全ページ共通のレイアウト

brand-fallback = 「中央アジア＋日本」対話 ブリーフィング
brand = { $name } ブリーフィング
nav-main = メイン
nav-overview = 概要
nav-timeline = 年表
nav-countries = 参加国
nav-areas = 協力分野
nav-powers = 競合する大国
nav-sources = 出典
nav-about = このサイトについて
layout-skip = 本文へ移動
layout-search-label = ブリーフィング内を検索
layout-search-button = 検索
layout-feed-title = { $title }（Atom フィード）
layout-calendar-title = { $title }（カレンダー）
layout-cited = このページで引用した出典
footer-reviewed-html = 内容の最終確認日：<time datetime="{ $iso }">{ $date }</time>。
footer-version-html = データのバージョン：<code class="data-version">{ $version }</code>。
footer-cites-html = すべての事実に<a href="{ $href }">出典</a>を示しています。出典で確認できない事項は「未確認」と表示しています。
footer-about = このブリーフィングについて・誤りの報告方法
footer-people = 人物
footer-data = データとダウンロード
footer-changes = 更新履歴

## 複数のページで使う部品

item-link = この項目へのリンク
badge-unconfirmed = 未確認
filter-chip = { $param }：{ $value }
filter-remove = 絞り込み条件を解除：{ $param }：{ $value }
follow-html = 最新情報：<a href="{ $feed }" type="application/atom+xml">Atom フィード</a> · <a href="{ $subscribe }">カレンダーに登録</a>（<a href="{ $calendar }" type="text/calendar" download>.ics ファイル</a>）。月または年しか分かっていない出来事はカレンダーに含まれません。
formats-data = このページのデータ：
breadcrumb = パンくずリスト
reviewed-html = 出典との最終照合日：<time datetime="{ $iso }">{ $date }</time>。
as-of-html = <time datetime="{ $iso }">{ $date }</time>現在
since-html = <time datetime="{ $iso }">{ $date }</time>から
host-badge = この枠組みの主催国
heading-events = 出来事
heading-sources = 出典
heading-memberships = 加盟状況
th-country = 国
count-events = { $count } 件の出来事

## 出来事の状況

standing-took-place = 実施済み
standing-scheduled = 予定（日程確定）
standing-planned = 計画中
standing-date-passed = 予定日経過・実施未確認
standing-postponed = 延期
standing-cancelled = 中止
standing-unconfirmed = 未確認

## 出来事の種類

kind-summit = 首脳会合
kind-ministers-meeting = 閣僚会合
kind-officials-meeting = 高級実務者会合
kind-visit = 訪問
kind-announcement = 発表
kind-postponement = 延期
kind-phone-call = 電話会談
kind-disaster = 災害
kind-rival-summit = 他国の枠組みの首脳会合
kind-other = その他

## 出典の種別

tier-official = 公式
tier-major-news = 主要報道機関
tier-secondary = 二次資料
tier-official-explanation = 各国政府自身のページ：日本の外務省・首相官邸、ロシア大統領府など。
tier-major-news-explanation = 定評ある報道機関と通信社。
tier-secondary-explanation = 転載記事、地域のニュースまとめ、百科事典、ブログ。より良い出典が見つからない場合に限って用い、その分割り引いて扱っています。

## 首脳会合の状況

summit-announced = 発表済み
summit-planned = 計画中
summit-postponed = 延期
summit-held = 開催済み

## 国連総会での投票

vote-in-favour = 賛成
vote-against = 反対
vote-abstained = 棄権
vote-did-not-vote = 投票せず

## 国際機関への加盟

membership-member = 加盟国
membership-observer = オブザーバー
membership-associate = 準加盟国
membership-former = 元加盟国
membership-never = 非加盟
membership-not-applicable = 該当なし

## 国の基本情報

fact-official-name = 正式名称
fact-capital = 首都
fact-head-of-state = 国家元首
fact-head-of-government = 政府の長
fact-population = 人口
fact-area = 面積
fact-un-vote = 国連総会決議 ES-11/1 への投票（2022年3月2日）
fact-area-value = { $number } km²

## 更新履歴の種類

change-added = 追加
change-corrected = 訂正
change-status = 状況の変更
change-seed-correction = 元記事の誤りを訂正
change-resourced = 出典の差し替え
change-removed = 削除
change-renamed = 名称変更・統合

## 出典が裏付ける内容（「引用箇所」一覧）

cited-offer = { $name }：提供する内容
cited-figure = 主要な数値：{ $label }
cited-why = なぜ重要か
cited-story = 首脳会合までの経緯：{ $status }
cited-outcome = 成果
cited-view = 見解：{ $who }
cited-point = { $name }：{ $point }
cited-began = 枠組みの発足時期
cited-frequency = 開催頻度
cited-priorities = 優先分野
cited-pledges = 表明された資金
cited-delivered = 実施済みの事項
cited-latest = 最新の動き
cited-dialogue-role = { $name }：対話における役割
cited-membership = { $name }：{ $other }への加盟
cited-relation = { $name }：{ $other }との関係
correction-label = 訂正：「{ $original }」

## 絞り込みと検索結果

param-country = 国
param-area = 分野
param-power = 大国
param-match = 一致条件
param-year = 年
legend-country = 国
legend-area = 協力分野
legend-power = 競合する大国
legend-year = 年
result-country = 国
result-power = 競合する大国
result-area = 協力分野
result-person = 人物
result-organisation = 国際機関
result-event = 出来事
result-outcome = 首脳会合の成果
result-document = 首脳会合の文書
result-source = 出典

## エラーページ

error-eyebrow = エラー { $status }
error-400 = このリンクは正しくありません
error-404 = ページが見つかりません
error-405 = このメソッドは使用できません
error-408 = リクエストがタイムアウトしました
error-410 = このページは削除されました
error-414 = アドレスが長すぎます
error-431 = リクエストヘッダーが大きすぎます
error-503 = ページの準備に時間がかかりすぎました
error-500 = サーバー側で問題が発生しました
error-did-you-mean = もしかして
error-or = または
error-question-end = ですか？
error-try-html = <a href="{ $overview }">概要</a>、<a href="{ $timeline }">年表</a>、または<a href="{ $countries }">各国の概要</a>をご覧ください。
gone-go-to-html = <a href="{ $href }">{ $label }</a>へ移動してください。
gone-evidence = 誤りであったことを示す資料：
gone-changes-html = ブリーフィングのすべての変更は<a href="{ $href }">更新履歴</a>に掲載しています。

## 年表チャート

chart-timeline-title = { $caption }：{ $years } 年間の出来事 { $marks } 件
chart-timeline-desc = 年は左から右へ並び、各年の出来事は日付順に積み上げています。印の形は出来事の種類を、塗りは状況を表します（凡例を参照）。各年はその年の年表に、各印はその出来事にリンクしています。同じ出来事はこのページに文章でも掲載しています。
chart-year-events = { $year }年：{ $count } 件の出来事
legend-summit = 「中央アジア＋日本」対話首脳会合
legend-rival = 他の大国の首脳会合
legend-ministers = 閣僚会合
legend-officials = 高級実務者会合
legend-other = 訪問、電話会談、発表、その他
legend-fills-html = <span class="key past">塗りつぶし</span>：実施済み · <span class="key upcoming">輪郭のみ</span>：今後 · <span class="key postponed">破線</span>：延期・中止 · <span class="key unconfirmed">灰色の輪郭</span>：未確認・予定日経過
chart-skipped-years = 出来事のない年は軸から省いています。

## 地図

milestone-first-meeting = 第1回外相会合
milestone-summit = 首脳会合
milestone-next = 次回首脳会合：{ $venue }
map-desc = 中央アジアの地図。日本は拡大した差し込み図に示しています。各参加国の名前はその国の概要ページへのリンクです（ポインターでは国の輪郭からも移動できます）。各開催地の説明文はその出来事へのリンクです。同じリンクを地図の下にも一覧で掲載しています。
map-legend-venue = 節目となった会合の開催地（丸印。横の説明文は出来事へのリンク）
map-legend-city = データに記載のある首都・都市
map-legend-outlines = 参加国は輪郭と名前で表示し、周辺国は薄く表示しています。日本は差し込み図に拡大して示しています。
map-participants = 参加国
map-venues = 開催地
map-source = 輪郭：Natural Earth（パブリックドメイン）を簡略化。中央アジアを中心とするランベルト正積方位図法。

## 対照表

matrix-power-caption = 結びつきの一覧：各大国と中央アジア5か国
matrix-power = 大国
matrix-since = { $year }年から
matrix-summits = 首脳会合 { $count } 回
matrix-un-vote = 国連総会決議 ES-11/1 への投票
matrix-un-vote-note = ロシアのウクライナ侵略を非難する決議、2022年3月2日
matrix-power-legend-memberships-html = 加盟国 · <span aria-hidden="true">◐</span> オブザーバー・準加盟国 · <span aria-hidden="true">○</span> 元加盟国 · <span aria-hidden="true">×</span> 非加盟（その大国が主導する機関について。出典へのリンク）
matrix-power-legend-summits = その大国と5か国の実施済みの首脳会合、および双方が登場するすべての出来事（年表へのリンク）
matrix-power-legend-votes = 賛成、反対、棄権（出典へのリンク）。— はブリーフィング内に該当する出典がないことを示します
matrix-area-caption = 各協力分野と中央アジア5か国
matrix-area = 分野
matrix-regional-plans = 地域全体を対象とする計画 { $count } 件
matrix-area-legend-plan = その国を名指しする具体的な計画（計画へのリンク）
matrix-area-legend-events = その分野とその国の両方に関連づけられた出来事（年表へのリンク）
matrix-area-legend-none = — この分野でその国を名指しする計画・出来事はありません

## 「中央アジア＋X」枠組みのチャート

formats-chart-title = 「中央アジア＋X」の各枠組みを一つの時間軸で比較
formats-chart-desc = 各枠組みについて、発足から最初の首脳会合までを線で示し（まだ開催されていない場合は今日まで破線）、首脳会合ごとに印を付けています。右側には首脳会合の開催回数と、出典がある場合は表明された資金額を示しています。各名称は枠組みのカードに、各首脳会合はその出来事にリンクしています。上の表と下のカードにも同じ事実を掲載しています。
formats-chart-held = 開催
formats-chart-pledged = 表明額
formats-chart-began = 発足：{ $date }（出典）
formats-legend-began = 発足（出典へのリンク）
formats-legend-line = 実線：最初の首脳会合まで · 破線：未開催
formats-legend-summit-html = 首脳会合：<span class="key past">塗りつぶし</span> 開催済み · <span class="key upcoming">輪郭のみ</span> 今後 · <span class="key postponed">破線</span> 延期 · <span class="key unconfirmed">灰色</span> 予定日経過・未確認
formats-legend-today = 縦線は今日を示します。

## 枠組みの概要（国・大国のページ）

points-began = 発足
points-summits = 首脳会合（開催 { $count } 回）
points-summits-none = これまでに開催なし。
points-frequency = 開催頻度
points-frequency-none = 開催頻度を示す出典はありません。
points-priorities = 表明された優先分野
points-priorities-none = 記録はありません。
points-pledges = 表明された資金
points-pledges-none = 出典に金額は見当たりません。
points-delivered = 実施済みの事項
points-delivered-none = 実施状況を報じる出典は見つかっていません。
points-latest = 最新の動き

## 項目の最近の変更

history-heading = 最近の変更
history-all = 更新履歴で全 { $count } 件の変更を見る
history-item = 更新履歴でこの項目を見る

## 共有と引用

share-heading = 共有と引用
share-permalink = 固定リンク：
share-version = このバージョンのデータ：
share-links = このページを共有
share-cite = このページを引用
share-plain = テキスト

## 埋め込み（/embed/...）と埋め込み用コード

embed-summary = この表示を埋め込む
embed-code-label = このコードを貼り付けると、あなたのページにこの表示が載ります：
embed-preview = 埋め込みのプレビュー
embed-open = ブリーフィングで開く
embed-sources = 表示内容の出典

## 概要ページ

overview-eyebrow = ブリーフィング
overview-reviewed-html = <time datetime="{ $iso }">{ $date }</time>確認
overview-at-a-glance = ひと目でわかる現状
overview-where-it-stands = 現在の状況
overview-next-summit = 次回首脳会合
overview-latest-change = 最新の動き
overview-coverage-html = <time datetime="{ $iso }">{ $date }</time>までの出典を確認済み。
overview-on-this-page = このページの内容
overview-toc-timeline = 年表
overview-toc-map = 地図
overview-toc-story = これまでの経緯
overview-toc-latest = 最近の出来事
overview-toc-next = 今後の予定
overview-toc-participants = 参加国
overview-toc-outcomes = 成果
overview-toc-areas = 協力分野
overview-toc-powers = 競合する大国
overview-chart-heading = すべての出来事（年別）
overview-chart-caption = ブリーフィングに収録したすべての出来事（年別）
overview-map-heading = 6か国の位置と対話の開催地
map-caption = 参加6か国と対話の節目となった会合の開催地を示す地図
overview-story = これまでの経緯
overview-event-in-full = この出来事の詳細
overview-latest = 最近の出来事
overview-no-latest = 実施済みの出来事はまだありません。
overview-next = 今後の予定
overview-no-next = 出典で確認できる今後の予定はありません。
overview-whole-timeline = 年表の全体
overview-why = なぜ重要か
overview-participants = 参加国
overview-compare-participants = 参加国を比較する
overview-outcomes = 東京首脳会合の成果
overview-documents = 文書
overview-areas = 協力分野
overview-powers = 競合する大国
overview-compare-powers = 各枠組みを並べて比較する
overview-views = 見解

## 年表

timeline-heading = 年表
timeline-lede = 全 { $total } 件中 { $shown } 件の出来事を古い順に表示しています。各出来事には個別のページと共有用のリンクがあります。
timeline-filtered-by = 絞り込み条件
timeline-clear = すべての条件を解除
timeline-filter = 年表を絞り込む
timeline-events-naming = 対象とする出来事
timeline-match-any = 選んだ国・分野・大国のいずれかに関わるもの
timeline-match-all-html = 選んだものすべてに関わるもの（カザフスタン<em>および</em>ウズベキスタンなど）
timeline-apply = 絞り込む
timeline-reset = リセット
timeline-earlier = 過去の年（1年ごとのページ）
timeline-jump = 年へ移動
timeline-skip-chart = チャートを飛ばして出来事の一覧へ
timeline-chart-caption = 年別の出来事
timeline-empty = 条件に合う出来事はありません。
timeline-show-all = すべての出来事を表示
timeline-names = 関係する国・大国：
timeline-back = 年の一覧に戻る

## 出来事

event-where = 場所
event-when = 日時
event-status = 状況
event-countries = 国
event-areas = 協力分野
event-powers = 競合する大国
event-people = 人物
event-neighbours = 前後の出来事
event-earlier = 前の出来事
event-later = 次の出来事

## 参加国の比較と各国の概要

countries-heading = 参加国の比較
countries-lede = 日本と中央アジア5か国を並べて比較します。各値には時点と出典を付しています。空欄は、ブリーフィング内のどの出典にもその値がないことを示します。
countries-map = 地図
countries-facts = 基本情報
countries-organisations = 国際機関
countries-led-by-html = （主導：<a href="{ $href }">{ $label }</a>）
country-facts = 基本情報
country-no-facts = { $name }の基本情報は記録されていません。
country-dialogue = 対話における役割
country-not-stated = 出典に記載なし
country-relations = 二国間関係
country-format = 自らの枠組み：表明した支援と立ち上げた事業
country-compare = 他の大国の枠組みと比較する
chart-its-events = 関連する出来事（年別）
country-no-events = 年表に{ $name }が関わる出来事はありません。
on-the-timeline = 年表で{ $name }を見る
country-sources = この概要の出典

## 協力分野

areas-heading = 協力分野
areas-lede-html = 首脳会合で取り上げられた協力分野です。2024年の報道では脱炭素、物流、人材育成とされ、2025年の東京首脳会合では「グリーン・強靱化」「連結性」「人材育成」が優先分野とされました。
areas-in-2024 = 2024年の報道での名称：{ $name }
areas-plans = 具体的な計画 { $count } 件
areas-matrix = 国別に見た協力分野
area-plans = 具体的な計画
area-no-plans = 具体的な計画はまだ記録されていません。
area-no-events = 年表にこの分野に関連づけられた出来事はありません。
area-on-timeline = 年表でこの分野を見る
area-sources = この分野の出典

## 競合する大国

powers-heading = 競合する大国とその枠組み
powers-lede = 中央アジアに働きかけているのは日本だけではありません。複数の大国がそれぞれ「中央アジア＋X」の枠組みを持っています。ここでは各国自身の首脳会合文書と公式ページに基づき、共通の項目で並べて比較します（日本の枠組みを最初に掲載）。
powers-at-a-glance = 一覧
powers-who-with-whom = 結びつきの一覧
powers-point-by-point = 項目ごとの比較
powers-caption = 「中央アジア＋X」の各枠組み：発足、首脳会合、最新の動き
powers-th-power = 大国
powers-th-began = 発足
powers-th-held = 首脳会合の開催回数
powers-th-first = 初回
powers-th-next = 次回・未確定
powers-th-latest = 最新の動き
powers-note = 予定日を過ぎても開催を確認できる出典がない首脳会合は、その旨を表示しています。回数は年表に収録した首脳会合の数で、閣僚級で会合を行う枠組みは 0 と表示されます。
power-format = 枠組み：{ $format }
power-offer = 提供する内容
power-profile = 共通の項目で見た枠組み
power-compare = 日本の枠組みや他の枠組みと比較する
power-levers = 地域における影響力の手段
power-summits = 中央アジアとの首脳会合
power-chart-caption = この国が登場するすべての出来事（年別）
power-no-summits = 首脳会合は記録されていません。
power-relations = 参加国との関係
power-sources = この大国の出典

## 出典と訂正

sources-heading = 出典と訂正
sources-lede = このブリーフィングのすべての事実は、以下の { $total } 件の出典の少なくとも一つを引用しています。各出典には、それを引用しているすべての項目を示しています。公式ページを優先し、二次資料しか見つからなかった場合はその旨を表示しています。
sources-tier-count = { $tier }（{ $count }）
sources-corrections-count = 元記事の訂正（{ $count }）
sources-undated = 日付なし
sources-checked-html = <time datetime="{ $iso }">{ $date }</time>確認
sources-cited-by = 引用している項目：{ $count } 件
sources-corrections = 元記事の訂正
sources-corrections-lede = このブリーフィングは、2024年7月の朝日新聞の記事を機械翻訳したものを出発点としています。その翻訳が不正確な箇所については、以下の訂正後の読みを用い、ここにその旨を記しています。
sources-article-says = 記事の記述
sources-corrected = 訂正後の読み

## 人物

people-heading = 人物
people-lede = ブリーフィングに登場するすべての人物と、登場する際の役職。

## このブリーフィングについて

about-heading = このブリーフィングについて
about-lede = { $name }に関するブリーフィングです。対話とは何か、最初の首脳会合に至るまでの経緯、その成果、そして日本の提案が中央アジアに働きかける他の大国の提案と比べてどうかをまとめています。事実をひと目で、それぞれの出典とともに把握する必要のあるアナリスト、記者、外交官、学生を対象としています。
about-kept = データの管理方法
about-files = ブリーフィング全体は、項目の種類ごとに一つずつのプレーンテキストファイルで構成されています。
about-holds = 現在、年表の出来事 { $events } 件と出典 { $sources } 件（うち政府の公式ページ { $official } 件）を収録しています。
about-reviewed-html = 内容の最終確認日は<time datetime="{ $iso }">{ $date }</time>です。
about-checked = 確認の方法
about-check-sources = すべての事実は少なくとも一つの出典を示しています。出典のない事実はデータの読み込み時に拒否され、どこからも引用されていない出典も同様に拒否されます。
about-check-references = 項目間のすべての参照（出来事に登場する国、国家元首としての人物など）は解決できなければなりません。ID、日付、ウェブアドレスも確認しています。
about-check-dates = 日付は精度を保って表示します。月までしか分からない日付は月として表示します。
about-check-unconfirmed-html = 出典で確認できない事項は<span class="badge unconfirmed">未確認</span>と表示するか、掲載しません。予定日を過ぎても実施を伝える出典がない出来事は「予定日経過・実施未確認」と表示します。
about-check-tiers = 出典は格付けしています。公式ページを第一に、次に主要報道機関、その次に転載記事や百科事典などの二次資料です。
about-check-corrections-html = このブリーフィングは誤りを含む機械翻訳から始まりました。{ $count } 件の誤りのそれぞれを、訂正後の読みとともに<a href="{ $href }#corrections">訂正</a>に掲載しています。
about-who = 管理者
about-report = 誤りの報告方法
about-licence = ライセンス
about-licence-text = 文章：{ $licence }
about-licence-data = データ：{ $licence }
about-licence-code = コード：{ $licence }
about-report-detail = 誤りの報告方法（詳細）
about-report-detail-text = 誤りや古くなった情報を見つけた場合は、編集者にお知らせください。ページのアドレス（すべてのページと出来事に個別のアドレスがあります）、誤っている点、正しい事実を示す公開された出典をお伝えください。出典付きの報告はその出典と照合し、確認できればその出典を引用してデータを訂正します。
about-as-data = データとしてのブリーフィング
about-as-data-text-html = すべてのページには同じ内容の JSON 版があり（アドレスに <code>.json</code> を付けます。概要ページは <code>/index.json</code>）、それぞれ公開された JSON Schema（<code>/schema/<var>page</var>.json</code>）に従っています。すべての表は CSV でダウンロードできます。
about-sharing = リンクの共有
about-sharing-text-html = すべてのページには変わらないアドレスがあります：<code>/countries/kazakhstan</code>、<code>/timeline/tokyo-summit-2025</code>、<code>/powers/china</code>。年表の絞り込み表示もリンクにできます。例：<a href="{ $href }?country=kazakhstan&amp;year=2024"><code>/timeline?country=kazakhstan&amp;year=2024</code></a>。

## データとダウンロード

data-heading = データとダウンロード
data-lede = このブリーフィングが示すすべての情報を、お使いのツールで再利用できます。ブリーフィング全体を一つにまとめたファイル、各表、更新を追うためのフィードとカレンダー、そしてデータとしてのすべてのページです。
data-reviewed-html = <time datetime="{ $iso }">{ $date }</time>確認。
data-licence = ライセンス
data-licence-text-html = データ（このページのすべてのファイル）は <a href="{ $data_href }" rel="license">{ $data_name }</a> ライセンスの下で提供しています。商用を含めて再利用でき、その際はこのブリーフィングを出典として明記してください。データ内の各事実にはそれぞれの出典があります。利用する際はその出典表示も残してください。データを配信するコードは <a href="{ $code_href }">{ $code_name }</a> ライセンスです。

## 検索

search-heading = 検索
search-label = ブリーフィング内で探す語
search-narrowed-to = 絞り込み条件
search-without-filters = 条件なしで検索
search-narrow = 検索結果を絞り込む
search-apply = 絞り込む
search-start = 名前から探す
search-start-text = 出来事、国、人物、協力分野、競合する大国、首脳会合の成果、出典を検索できます。表記の揺れ（Kazakstan、Kirgizia、Kisida など）や、ロシア語・日本語のタイトルでも見つかります。
search-none = 「{ $query }」に一致する結果はありません。
search-one = 「{ $query }」の検索結果：1 件。
search-best = 「{ $query }」の検索結果 { $total } 件のうち上位 { $shown } 件を表示しています。語や条件を追加して絞り込んでください。
search-all = 「{ $query }」の検索結果：{ $total } 件。
search-also-html = 次の語でも検索しました：<a href="{ $href }">{ $label }</a>。
search-results = 検索結果
search-without-filter = 条件を外した場合
search-remove = { $label }を外す
search-results-count = { $count } 件
search-near = 部分的に一致する結果
search-near-text = 一部の語に一致する結果です。

## 更新履歴

changes-heading = 更新履歴
changes-lede = ブリーフィングのデータに対する変更 { $total } 件中 { $shown } 件を新しい順に表示しています。各変更には、どの項目について何をなぜ変えたかと、その出典を示しています。日付はブリーフィングを変更した日で、出来事の日付ではありません。
changes-remove-item = 絞り込み条件を解除：項目：{ $label }
changes-item = 項目：{ $label }
changes-kinds = 変更の種類
changes-kind-count = { $kind }（{ $count }）
changes-none = 条件に合う変更はありません。
changes-see-all = すべての変更を見る
changes-correction-html = 訂正：<a href="{ $href }">{ $label }</a>。
changes-to-item = この項目の変更
changes-follow-these-html = 最新情報：<a href="{ $href }" type="application/atom+xml">これらの変更の Atom フィード</a>。
changes-follow-all-html = 最新情報：<a href="{ $href }" type="application/atom+xml">すべての変更の Atom フィード</a>。

## ページのタイトルと説明（検索結果とリンクのプレビュー）

title-filtered = { $title }：{ $labels }
desc-timeline = { $name }に至る経緯とその後の出来事 { $count } 件を出典付きで掲載。
desc-countries = { $name }の参加 { $count } か国を並べて比較：首脳、人口、国際機関への加盟、国連での投票。
desc-areas = { $name }の協力分野を、2024年と2025年の名称で掲載。
desc-powers = 「中央アジア＋X」の各枠組みを並べて比較：最初の首脳会合、開催地、最新の動き、提供する内容。
desc-sources = ブリーフィングを支える出典 { $count } 件を信頼度別に掲載し、それぞれを引用している項目と、元記事の訂正を示します。
desc-people = ブリーフィングに登場するすべての人物と、その役職、登場する出来事。
desc-about = このブリーフィングの概要、データの管理・確認方法、誤りの報告方法。
desc-data = ブリーフィング全体の JSON と SQLite、各表の CSV、更新を追うためのフィードとカレンダー。それぞれのサイズとライセンス付き。
desc-changes = ブリーフィングのデータに対する日付付きの変更 { $count } 件を新しい順に掲載：どの項目について何をなぜ変えたか、その出典。

## ダウンロード

data-label-countries = 参加国の比較
data-label-dataset-schema = ブリーフィング全体のスキーマ（JSON）
data-label-schema = { $name } ページのスキーマ
data-label-sitemap = サイトマップ
data-label-data = ダウンロード（このページ）
data-label-dataset = ブリーフィング全体
data-group-dataset = すべての種類のすべての項目を一つのファイルにまとめたもの：データファイルの内容そのままの JSON、Datasette などの SQLite ツールでそのまま開ける SQLite データベース（種類ごとに一つの表、外部キー、出来事と国・分野・大国・出典を結ぶビュー付き）、そして同じ表を一つずつ CSV にして zip にまとめたもの。
data-dataset-json = ブリーフィング全体（JSON）
data-dataset-sqlite = ブリーフィング全体（SQLite）
data-dataset-zip = データベースの全表の CSV（zip）
data-group-tables = 表（CSV）
data-group-tables-about = ブリーフィングの各表。RFC 4180 形式、見出し行付き。
data-group-feeds = フィード（Atom）
data-group-feeds-about = 新しい出来事を知るために：年表全体、または国・協力分野・大国ごと。
data-group-calendars = カレンダー（iCalendar）
data-group-calendars-about = 同じ出来事をカレンダーアプリで購読できます。月または年しか分かっていない出来事は含まれません。
data-group-pages = 全ページの JSON
data-group-pages-about = 各ページの内容をデータとして提供します。中に示したスキーマに従っています。
data-group-schemas = JSON スキーマ
data-group-schemas-about = ページの種類ごとの JSON のスキーマ。
data-group-sitemap-about = 検索エンジン向けの全ページ一覧（sitemaps.org）。
data-licence-name = クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）
about-download-timeline-csv = 年表（CSV）
about-download-countries-csv = 参加国の比較（CSV）
about-download-powers-csv = 競合する大国の枠組み（CSV）
about-download-sources-csv = 出典（CSV）
about-download-people-csv = 人物（CSV）
about-download-overview-json = 概要（JSON）
about-download-timeline-json = 年表（JSON）

## フィード、カレンダー、プレビュー画像

calendar-date-passed = 予定日を過ぎましたが、実施を伝える出典はまだありません。
calendar-postponed = 延期：この日には実施されませんでした。
calendar-cancelled = 中止。
calendar-left-out = 月または年しか分かっていない出来事 { $count } 件は含まれていません（{ $href } を参照）。
card-version = データ確認日 { $date } · バージョン { $version }
card-events = 出来事 { $count } 件、出典付き
card-events-of = 全 { $total } 件中 { $shown } 件の出来事、出典付き
card-status = 状況：{ $status }
card-dialogue = 対話における役割：{ $role }
card-host = 主催国
card-participant = 参加国
card-area-events = 年表の出来事 { $count } 件
card-participants = 参加国
card-changes = 更新履歴
card-data = データ

## 検索ページ、絞り込み、削除された項目

search-all-filters = すべての条件
search-title = 検索：「{ $query }」
search-description = { $name } ブリーフィングを検索：出来事、国、人物、出典。
search-description-results = { $name } ブリーフィングでの「{ $query }」の検索結果：{ $count } 件。
timeline-match-all-label = 選んだ国・分野・大国すべてに関わるもの
gone-why = 削除の理由
gone-why-correction = 訂正による削除の理由
gone-message = 「{ $title }」は { $date } にブリーフィングから削除されました。{ $why }：{ $reason }
missing-country = このブリーフィングに国「{ $id }」はありません。
missing-area = このブリーフィングに協力分野「{ $id }」はありません。
missing-power = このブリーフィングに大国「{ $id }」はありません。
missing-event = 年表に出来事「{ $id }」はありません。

## 旧アドレスに残すページ

redirect-title = 移転しました：{ $title }
redirect-moved-html = このページは<a href="{ $href }">{ $title }</a>に移転しました。

## フィードの各項目に付す出来事の状況

feed-standing-took-place = 実施済み
feed-standing-scheduled = 予定（日程確定）
feed-standing-planned = 計画中
feed-standing-date-passed = 予定日経過・実施未確認
feed-standing-postponed = 延期
feed-standing-cancelled = 中止
feed-standing-unconfirmed = 未確認

about-translation = この翻訳について
about-translation-reference = 英語版が基準です。本版と英語版とが異なる場合は、英語の本文とその出典が優先します。
about-translation-who = 本版は summit-briefing の編集者が機械翻訳の支援を受けて翻訳し、人名・国名・組織名を用語集の公式表記と照合しています。用語集の各表記には、その表記を用いる政府または組織を出典として記しています。翻訳文はそれぞれ、どの英語の文を訳したものかを記録しており、英語が変更されると、改訂されるまでデータ検査がその翻訳を古いものとして報告します。
about-translation-report = 翻訳の誤りは、下記の「{ about-report }」に従ってお知らせください。ページのアドレス、該当箇所、正しい内容をお書きください。
about-translation-english = このページの英語版
version-notice-title = これは引用された版ではありません。
version-notice-html = このリンクはデータ版 <code>{ $cited }</code> を指していますが、このページは現在のデータ（版 <code>{ $current }</code>、{ $reviewed }確認）を表示しています。本ブリーフィングは過去の版を保存していないため、引用されたページの内容とは異なる場合があります。<a href="{ $changes }">変更点</a>をご覧ください
version-notice-page-html = 。<a href="{ $page }">版の指定のないこのページ</a>もご利用いただけます
version-notice-end = 。
cite-note = データ版 { $version }（{ $reviewed }確認）
cite-text = { $publisher }「{ $title }」『{ $container }』{ $note }。{ $url }（{ $accessed }閲覧）

## The banner an editor serving a data directory sees while the last edit is refused
reload-banner-title = 最後のデータ編集は受け付けられませんでした
reload-banner-kept = （{ $at }）。このサイトは、検査に合格した最後のデータを表示しています。
reload-banner-count = 修正が必要な問題：{ $count } 件
reload-banner-more-html = …ほか { $count } 件。すべて表示するには <code>summit-briefing check --data DIR</code> を実行してください。

## 印刷用の2ページ要約（`/brief`）
brief-heading = 2ページ要約
desc-brief = { $name }をA4用紙2ページにまとめた会議資料：現状、主な数字、6か国と首脳、成果、他国の「中央アジア＋X」枠組み。出典は番号付き。
card-brief = 印刷用の2ページ要約
brief-version = データ版 { $version }
brief-online = オンライン版（全出典へのリンク付き）：{ $url }
brief-screen-note-html = 印刷用の配布資料です。ブリーフィング全体をA4用紙2ページにまとめ、出典を番号とアドレスで示しています。詳しくは<a href="{ $href }">概要</a>をご覧ください。
brief-held = 直近の首脳会合
brief-figures = 主な数字
brief-th-country = 国
brief-th-leader = 首脳
brief-host = 主催国
brief-as-of = { $date }時点
brief-formats = 「中央アジア＋X」の各枠組み
brief-th-held = 開催回数
brief-th-latest = 直近の首脳会合
brief-sources = 出典
overview-brief-link = 2ページ要約を印刷する
