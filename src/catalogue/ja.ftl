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
