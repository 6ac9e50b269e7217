# The words of the interface, in English: the reference edition. Every message here exists
# in ja.ftl and ru.ftl with the same variables (the tests check both). Messages whose names
# end in "-html" carry their own markup; their variables are escaped before they go in.

## Site name, navigation and the layout every page shares

brand-fallback = Central Asia + Japan Dialogue briefing
# The site's name on pages built from the data: { $name } is the summit's name from the data.
brand = { $name } briefing
nav-main = Main
nav-overview = Overview
nav-timeline = Timeline
nav-countries = Countries
nav-areas = Cooperation
nav-powers = Rival powers
nav-sources = Sources
nav-about = About
layout-skip = Skip to content
layout-search-label = Search the briefing
layout-search-button = Search
layout-feed-title = { $title } (Atom feed)
layout-calendar-title = { $title } (calendar)
layout-cited = Sources cited on this page
footer-reviewed-html = Content last reviewed <time datetime="{ $iso }">{ $date }</time>.
footer-version-html = Data version <code class="data-version">{ $version }</code>.
footer-cites-html = Every fact cites its <a href="{ $href }">sources</a>; what no source confirms is marked unconfirmed.
footer-about = About this briefing and how to report an error
footer-people = People
footer-data = Data and downloads
footer-changes = What changed

## Pieces many pages share

item-link = Link to this item
badge-unconfirmed = Unconfirmed
filter-chip = { $param }: { $value }
filter-remove = Remove filter { $param }: { $value }
follow-html = Follow: <a href="{ $feed }" type="application/atom+xml">Atom feed</a> · <a href="{ $subscribe }">Subscribe in your calendar</a> (<a href="{ $calendar }" type="text/calendar" download>.ics file</a>). The calendar leaves out events known only to the month or year.
formats-data = This page as data:
breadcrumb = Breadcrumb
reviewed-html = Last checked against its sources on <time datetime="{ $iso }">{ $date }</time>.
as-of-html = as of <time datetime="{ $iso }">{ $date }</time>
since-html = since <time datetime="{ $iso }">{ $date }</time>
host-badge = Host of the format
heading-events = Events
heading-sources = Sources
heading-memberships = Memberships
th-country = Country
count-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}

## The standing of an event

standing-took-place = Took place
standing-scheduled = Scheduled
standing-planned = Planned
standing-date-passed = Date passed, not confirmed
standing-postponed = Postponed
standing-cancelled = Cancelled
standing-unconfirmed = Unconfirmed

## Kinds of event

kind-summit = Summit
kind-ministers-meeting = Ministers' meeting
kind-officials-meeting = Officials' meeting
kind-visit = Visit
kind-announcement = Announcement
kind-postponement = Postponement
kind-phone-call = Phone call
kind-disaster = Disaster
kind-rival-summit = Rival format summit
kind-other = Other

## Grades of source

tier-official = Official
tier-major-news = Major news
tier-secondary = Secondary
tier-official-explanation = Governments' own pages: Japan's Ministry of Foreign Affairs and Prime Minister's Office, the Kremlin.
tier-major-news-explanation = Established news organisations and wire services.
tier-secondary-explanation = Reposts, regional aggregators, encyclopaedias and blogs: used where nothing better was found, and weighed accordingly.

## Where a summit stands

summit-announced = Announced
summit-planned = Planned
summit-postponed = Postponed
summit-held = Held

## Votes at the UN General Assembly

vote-in-favour = Voted in favour
vote-against = Voted against
vote-abstained = Abstained
vote-did-not-vote = Did not vote

## Membership of an organisation

membership-member = Member
membership-observer = Observer
membership-associate = Associate member
membership-former = Former member
membership-never = Not a member
membership-not-applicable = Not applicable

## Key facts of a country

fact-official-name = Official name
fact-capital = Capital
fact-head-of-state = Head of state
fact-head-of-government = Head of government
fact-population = Population
fact-area = Area
fact-un-vote = UN vote on ES-11/1 (2 March 2022)
fact-area-value = { $number } km²

## What a change-log entry did

change-added = Added
change-corrected = Corrected
change-status = Status changed
change-seed-correction = Seed article corrected
change-resourced = Re-sourced
change-removed = Removed
change-renamed = Renamed or merged

## What a source supports, in the "cited by" lists

cited-offer = { $name }: what it offers
cited-figure = Key figure: { $label }
cited-why = Why it matters
cited-story = The summit's story: { $status }
cited-outcome = Outcomes
cited-view = View: { $who }
cited-point = { $name }: { $point }
cited-began = when the format began
cited-frequency = frequency
cited-priorities = priorities
cited-pledges = money pledged
cited-delivered = delivered
cited-latest = latest development
cited-dialogue-role = { $name }: part in the Dialogue
cited-membership = { $name }: { $other } membership
cited-relation = { $name }: relations with { $other }
correction-label = Correction: “{ $original }”

## Filters and search results

param-country = Country
param-area = Area
param-power = Power
param-match = Matching
param-year = Year
legend-country = Country
legend-area = Cooperation area
legend-power = Rival power
legend-year = Year
result-country = Country
result-power = Rival power
result-area = Cooperation area
result-person = Person
result-organisation = Organisation
result-event = Event
result-outcome = Summit outcome
result-document = Summit document
result-source = Source

## Error pages

error-eyebrow = Error { $status }
error-400 = This link is not quite right
error-404 = Page not found
error-405 = Method not allowed
error-408 = The request took too long
error-410 = This page was removed
error-414 = This address is too long
error-431 = The request's headers are too large
error-503 = The page took too long to prepare
error-500 = Something went wrong on our side
error-did-you-mean = Did you mean
error-or = or
error-question-end = ?
error-try-html = Try the <a href="{ $overview }">overview</a>, the <a href="{ $timeline }">timeline</a> or the <a href="{ $countries }">country profiles</a>.
gone-go-to-html = Go to <a href="{ $href }">{ $label }</a>.
gone-evidence = What shows it was wrong:
gone-changes-html = Every change to the briefing is listed in <a href="{ $href }">what changed</a>.

## The timeline chart

chart-timeline-title = { $caption }: { $marks } events in { $years } years
chart-timeline-desc = Years run left to right; each year's events are stacked in date order. The shape of a mark tells the kind of event and its fill the standing (see the legend). Each year links to that year's timeline and each mark to its event; the same events are listed as text on this page.
chart-year-events = { $year }: { $count ->
    [one] { $count } event
   *[other] { $count } events
}
legend-summit = Central Asia + Japan summit
legend-rival = Another power's summit
legend-ministers = Ministers' meeting
legend-officials = Officials' meeting
legend-other = Visit, call, announcement, other
legend-fills-html = <span class="key past">filled</span>: took place · <span class="key upcoming">outlined</span>: ahead · <span class="key postponed">dashed</span>: postponed or cancelled · <span class="key unconfirmed">grey outline</span>: unconfirmed or date passed
chart-skipped-years = Years with no event are left out of the axis.

## The map

milestone-first-meeting = first foreign ministers' meeting
milestone-summit = summit
milestone-next = next summit: { $venue }
map-desc = A map of Central Asia with Japan in an inset at a larger scale. Each participant's name is a link to its profile (its outline too, for a pointer), and each venue's line of text is a link to its event; the same links are listed below the map.
map-legend-venue = Venue of a milestone (ringed; the lines beside it link to the events)
map-legend-city = Capital or city named in the data
map-legend-outlines = Participants outlined and named; neighbours faint. Japan is in the inset, at a larger scale.
map-participants = The participants
map-venues = The venues
map-source = Outlines: Natural Earth (public domain), simplified. Lambert azimuthal equal-area projection centred on Central Asia.

## The matrices

matrix-power-caption = Who is tied to whom: each power against the five Central Asian participants
matrix-power = Power
matrix-since = since { $year }
matrix-summits = { $count ->
    [one] { $count } summit
   *[other] { $count } summits
}
matrix-un-vote = UN vote on ES-11/1
matrix-un-vote-note = condemning Russia's invasion of Ukraine, 2 March 2022
matrix-power-legend-memberships-html = member · <span aria-hidden="true">◐</span> observer or associate · <span aria-hidden="true">○</span> former member · <span aria-hidden="true">×</span> not a member, of an organisation the power leads (links to the source)
matrix-power-legend-summits = the power's leaders' summits with the five that took place, and all events naming both (links to them on the timeline)
matrix-power-legend-votes = in favour, against, abstained (links to the source); — no source in the briefing gives it
matrix-area-caption = Each cooperation area against the five Central Asian participants
matrix-area = Area
matrix-regional-plans = { $count ->
    [one] { $count } plan for the region as a whole
   *[other] { $count } plans for the region as a whole
}
matrix-area-legend-plan = a concrete plan that names the country (links to the plan)
matrix-area-legend-events = events tagged with both the area and the country (links to them on the timeline)
matrix-area-legend-none = — no plan or event names the country for this area

## The chart of the "Central Asia + X" formats

formats-chart-title = The “Central Asia + X” formats on one time axis
formats-chart-desc = For each format, a line runs from when it began to its first leaders' summit (dashed to today where none has been held), with a mark for each leaders' summit; beside it, how many summits were held and the money pledged where a source gives it. Each name links to the format's card, each summit to its event. The table above and the cards below carry the same facts.
formats-chart-held = Held
formats-chart-pledged = Pledged
formats-chart-began = Began { $date } (source)
formats-legend-began = began (links to the source)
formats-legend-line = solid line: to the first leaders' summit · dashed: none held yet
formats-legend-summit-html = a leaders' summit: <span class="key past">filled</span> held · <span class="key upcoming">outlined</span> ahead · <span class="key postponed">dashed</span> postponed · <span class="key unconfirmed">grey</span> date passed, not confirmed
formats-legend-today = The vertical line marks today.

## A format's profile (country and power pages)

points-began = Began
points-summits = Leaders' summits ({ $count } held)
points-summits-none = None so far.
points-frequency = How often
points-frequency-none = No source states a frequency.
points-priorities = Declared priorities
points-priorities-none = None recorded.
points-pledges = Money pledged
points-pledges-none = No sum found in the sources.
points-delivered = Delivered
points-delivered-none = No source found reports what has been delivered.
points-latest = Latest

## An item's recent changes

history-heading = Recent changes
history-all = All { $count } changes in the change log
history-item = This item in the change log

## Share and cite

share-heading = Share and cite
share-permalink = Permalink:
share-version = This version of the data:
share-links = Share this page
share-cite = Cite this page
share-plain = Plain text

## Embeds (/embed/...) and the code that embeds a view

embed-summary = Embed this view
embed-code-label = Paste this code into your page to show this view there:
embed-preview = Preview the embed
embed-open = Open in the briefing
embed-sources = Sources of what is shown

## The overview

overview-eyebrow = Briefing
overview-reviewed-html = reviewed <time datetime="{ $iso }">{ $date }</time>
overview-at-a-glance = At a glance
overview-where-it-stands = Where it stands
overview-next-summit = Next summit
overview-latest-change = Latest change
overview-coverage-html = Sources reviewed up to <time datetime="{ $iso }">{ $date }</time>.
overview-on-this-page = On this page
overview-toc-timeline = Timeline
overview-toc-map = Map
overview-toc-story = The story so far
overview-toc-latest = Latest
overview-toc-next = Next
overview-toc-participants = Participants
overview-toc-outcomes = Outcomes
overview-toc-areas = Cooperation areas
overview-toc-powers = Rival powers
overview-chart-heading = Every event, year by year
overview-chart-caption = Every event of the briefing, year by year
overview-map-heading = Where the six are, and where the Dialogue met
map-caption = Map of the six participants and the venues of the Dialogue's milestones
overview-story = The story so far
overview-event-in-full = The event in full
overview-latest = Latest
overview-no-latest = No event has taken place yet.
overview-next = Next
overview-no-next = No upcoming event is confirmed in the sources.
overview-whole-timeline = The whole timeline
overview-why = Why it matters
overview-participants = The participants
overview-compare-participants = Compare the participants
overview-outcomes = What the Tokyo summit produced
overview-documents = Documents
overview-areas = Cooperation areas
overview-powers = Rival powers
overview-compare-powers = Compare the formats side by side
overview-views = Views

## The timeline

timeline-heading = Timeline
timeline-lede = { $shown } of { $total } events, oldest first. Each has its own page and a link you can share.
timeline-filtered-by = Filtered by
timeline-clear = Clear all filters
timeline-filter = Filter the timeline
timeline-events-naming = Events naming
timeline-match-any = any of the chosen countries, areas and powers
timeline-match-all-html = all of them (Kazakhstan <em>and</em> Uzbekistan)
timeline-apply = Apply filters
timeline-reset = Reset
timeline-earlier = Earlier years, one page each
timeline-jump = Jump to a year
timeline-skip-chart = Skip the chart to the list of events
timeline-chart-caption = The events year by year
timeline-empty = No event matches these filters.
timeline-show-all = Show every event
timeline-names = Names:
timeline-back = Back to the years

## An event

event-where = Where
event-when = When
event-status = Status
event-countries = Countries
event-areas = Cooperation areas
event-powers = Rival powers
event-people = People
event-neighbours = Neighbouring events
event-earlier = Earlier
event-later = Later

## The participants compared, and a country's profile

countries-heading = The participants compared
countries-lede = Japan and the five Central Asian states side by side. Each value carries its date and its source; an empty cell means no source in the briefing gives it.
countries-map = On the map
countries-facts = Key facts
countries-organisations = The organisations
countries-led-by-html = , led by <a href="{ $href }">{ $label }</a>
country-facts = Facts
country-no-facts = No facts are recorded for { $name }.
country-dialogue = In the Dialogue
country-not-stated = not stated in the sources
country-relations = Relations
country-format = Its format: what it pledged and launched
country-compare = Compare with the other powers' formats
chart-its-events = Its events, year by year
country-no-events = No event on the timeline involves { $name }.
on-the-timeline = { $name } on the timeline
country-sources = Sources for this profile

## Cooperation areas

areas-heading = Cooperation areas
areas-lede-html = The summit's fields of cooperation. The 2024 reporting named them decarbonisation, logistics and personnel training; the 2025 Tokyo summit named its priorities Green &amp; Resilience, Connectivity and Human Resource Development.
areas-in-2024 = In 2024 reporting: { $name }
areas-plans = { $count ->
    [one] { $count } concrete plan
   *[other] { $count } concrete plans
}
areas-matrix = The areas country by country
area-plans = Concrete plans
area-no-plans = No concrete plan is recorded yet.
area-no-events = No event on the timeline is tagged with this area.
area-on-timeline = This area on the timeline
area-sources = Sources for this area

## Rival powers

powers-heading = Rival powers and their formats
powers-lede = Japan is not alone in courting Central Asia: several powers hold their own “Central Asia + X” formats. Here they are on the same points, from their own summit documents and official pages, Japan's format first.
powers-at-a-glance = At a glance
powers-who-with-whom = Who is tied to whom
powers-point-by-point = Point by point
powers-caption = “Central Asia + X” formats: beginning, leaders' summits, latest
powers-th-power = Power
powers-th-began = Began
powers-th-held = Leaders' summits held
powers-th-first = First
powers-th-next = Next or pending
powers-th-latest = Latest development
powers-note = A summit whose date has passed with no source confirming it is marked as such. Counts are of leaders' summits on the timeline; formats that meet at ministers' level show 0.
power-format = Format: { $format }
power-offer = What it offers
power-profile = The format on the common points
power-compare = Compare with Japan's format and the others
power-levers = Its levers in the region
power-summits = Summits with Central Asia
power-chart-caption = Every event naming it, year by year
power-no-summits = No leaders' summit is recorded.
power-relations = Relations with the participants
power-sources = Sources for this power

## Sources and corrections

sources-heading = Sources and corrections
sources-lede = Every fact in this briefing cites at least one of these { $total } sources. Each entry lists everything that cites it. Official pages are preferred; where only a secondary source was found, it is marked so.
sources-tier-count = { $tier } ({ $count })
sources-corrections-count = Corrections to the seed article ({ $count })
sources-undated = undated
sources-checked-html = Checked <time datetime="{ $iso }">{ $date }</time>
sources-cited-by = Cited by { $count ->
    [one] { $count } item
   *[other] { $count } items
}
sources-corrections = Corrections to the seed article
sources-corrections-lede = This briefing started from a machine translation of an Asahi Shimbun report of July 2024. Where that translation is garbled, the briefing uses the corrected reading below, and says so here.
sources-article-says = The article says
sources-corrected = Corrected reading

## People

people-heading = People
people-lede = Everyone the briefing names, with the role in which they appear.

## About this briefing

about-heading = About this briefing
about-lede = A briefing on the { $name }: what it is, how it came to its first leaders' summit, what it produced, and how Japan's offer compares with those of the other powers courting Central Asia. It is written for analysts, journalists, diplomats and students who need the facts at a glance, with a source for each.
about-kept = How the data is kept
about-files = The whole briefing is a set of plain text files, one for each kind of item:
about-holds = It currently holds { $events } timeline events and { $sources } sources, { $official } of them official government pages.
about-reviewed-html = The content was last reviewed on <time datetime="{ $iso }">{ $date }</time>.
about-checked = How it is checked
about-check-sources = Every fact names at least one source; a fact without one is refused when the data is loaded, and so is a source that nothing cites.
about-check-references = Every reference between items (a country in an event, a person as head of state) must resolve; ids, dates and web addresses are checked.
about-check-dates = Dates carry their precision: a date known only to the month is shown as a month.
about-check-unconfirmed-html = What no source confirms is marked <span class="badge unconfirmed">Unconfirmed</span> or left out. A planned event whose date has passed without a source saying it took place is shown as “Date passed, not confirmed”.
about-check-tiers = Sources are graded: official pages first, then major news, then secondary sources such as reposts and encyclopaedias.
about-check-corrections-html = The briefing began from a machine translation with errors; each of the { $count } errors is listed with its corrected reading under <a href="{ $href }#corrections">corrections</a>.
about-who = Who keeps it
about-report = How to report an error
about-licence = Licence
about-licence-text = Text: { $licence }
about-licence-data = Data: { $licence }
about-licence-code = Code: { $licence }
about-report-detail = How to report an error, in detail
about-report-detail-text = If something here is wrong or out of date, tell the editors: give the address of the page (every page and every event has its own), what is wrong, and a public source for the correct fact. Reports with a source are checked against it and, if confirmed, corrected in the data with the source cited.
about-as-data = The briefing as data
about-as-data-text-html = Every page has a JSON twin with the same content (add <code>.json</code> to its address; the overview's is <code>/index.json</code>), each following a published JSON Schema (<code>/schema/<var>page</var>.json</code>), and every table can be downloaded as CSV:
about-sharing = Sharing links
about-sharing-text-html = Every page has a stable address: <code>/countries/kazakhstan</code>, <code>/timeline/tokyo-summit-2025</code>, <code>/powers/china</code>. Filtered views of the timeline are links too, such as <a href="{ $href }?country=kazakhstan&amp;year=2024"><code>/timeline?country=kazakhstan&amp;year=2024</code></a>.

## Data and downloads

data-heading = Data and downloads
data-lede = Everything this briefing shows, to reuse in your own tools: the whole briefing in one file, its tables, feeds and calendars to follow it, and every page as data.
data-reviewed-html = Reviewed on <time datetime="{ $iso }">{ $date }</time>.
data-licence = Licence
data-licence-text-html = The data (every file on this page) is under the <a href="{ $data_href }" rel="license">{ $data_name }</a> licence: reuse it, commercially too, and name this briefing as its source. Every fact in it cites its own sources; keep those citations with what you take. The code that serves it is under the <a href="{ $code_href }">{ $code_name }</a> licence.

## Search

search-heading = Search
search-label = Words to find in the briefing
search-narrowed-to = Narrowed to
search-without-filters = Search without filters
search-narrow = Narrow the search
search-apply = Apply filters
search-start = Start from a name
search-start-text = Search events, countries, people, cooperation areas, rival powers, the summit's outcomes and the sources. Spelling variants are found too (Kazakstan, Kirgizia, Kisida), and so are Russian and Japanese titles.
search-none = No results for “{ $query }”.
search-one = 1 result for “{ $query }”.
search-best = The best { $shown } of { $total } results for “{ $query }”; add words or filters to narrow them.
search-all = { $total } results for “{ $query }”.
search-also-html = Also searched as: <a href="{ $href }">{ $label }</a>.
search-results = Results
search-without-filter = Without a filter
search-remove = Remove { $label }
search-results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-near = Near matches
search-near-text = These match some of the words.

## What changed

changes-heading = What changed
changes-lede = { $shown } of { $total } changes to the briefing's data, newest first. Each says what changed about which item and why, and cites its source. Dates are when the briefing changed, not when the events took place.
changes-remove-item = Remove filter item: { $label }
changes-item = Item: { $label }
changes-kinds = Kinds of change
changes-kind-count = { $kind } ({ $count })
changes-none = No change matches these filters.
changes-see-all = See every change
changes-correction-html = The correction: <a href="{ $href }">{ $label }</a>.
changes-to-item = Changes to this item
changes-follow-these-html = Follow: <a href="{ $href }" type="application/atom+xml">Atom feed of these changes</a>.
changes-follow-all-html = Follow: <a href="{ $href }" type="application/atom+xml">Atom feed of every change</a>.

## Page titles and descriptions (search results and link previews)

title-filtered = { $title }: { $labels }
desc-timeline = { $count } events on the road to and beyond the { $name }, with sources.
desc-countries = The { $count } participants of the { $name } side by side: leaders, population, memberships, UN vote.
desc-areas = The fields of cooperation of the { $name }, under their 2024 and 2025 names.
desc-powers = Every “Central Asia + X” format side by side: first leaders' summit, venue, latest, what it offers.
desc-sources = The { $count } sources behind the briefing, by reliability, each with what cites it; and the corrections to the seed article.
desc-people = Everyone the briefing names, with their role and the events they appear in.
desc-about = What this briefing is, how its data is kept and checked, and how to report an error.
desc-data = The whole briefing as JSON and SQLite, its tables as CSV, feeds and calendars to follow it, each with its size and licence.
desc-changes = { $count } dated changes to the briefing's data, newest first: what changed about which item, why, and the source.

## The downloads

data-label-countries = Countries compared
data-label-dataset-schema = Schema of the whole briefing (JSON)
data-label-schema = Schema of the { $name } page
data-label-sitemap = Sitemap
data-label-data = Downloads (this page)
data-label-dataset = The whole briefing
data-group-dataset = Every item of every kind in one file: as JSON, exactly as the data files hold it; and as a SQLite database (one table per kind, foreign keys, and views joining events to their countries, areas, powers and sources) that opens as-is in Datasette or any SQLite tool; and the same tables as CSV files, one per table, in a zip.
data-dataset-json = The whole briefing (JSON)
data-dataset-sqlite = The whole briefing (SQLite)
data-dataset-zip = Every table of the database as CSV (zip)
data-group-tables = Tables (CSV)
data-group-tables-about = The tables of the briefing, RFC 4180 with a header row.
data-group-feeds = Feeds (Atom)
data-group-feeds-about = To be told of new events: the whole timeline, or one country, cooperation area or power.
data-group-calendars = Calendars (iCalendar)
data-group-calendars-about = The same events to subscribe to in a calendar app; events known only to the month or year are left out.
data-group-pages = Every page as JSON
data-group-pages-about = Each page's content as data, following the schema named in it.
data-group-schemas = JSON Schemas
data-group-schemas-about = The schema of each kind of page's JSON.
data-group-sitemap-about = Every page, for search engines (sitemaps.org).
data-licence-name = Creative Commons Attribution 4.0 International (CC BY 4.0)
about-download-timeline-csv = Timeline (CSV)
about-download-countries-csv = Countries compared (CSV)
about-download-powers-csv = Formats of the rival powers (CSV)
about-download-sources-csv = Sources (CSV)
about-download-people-csv = People (CSV)
about-download-overview-json = Overview (JSON)
about-download-timeline-json = Timeline (JSON)

## Feeds, calendars and preview images

calendar-date-passed = The date has passed and no source yet says it took place.
calendar-postponed = Postponed: it did not take place on this date.
calendar-cancelled = Cancelled.
calendar-left-out = Left out: { $count ->
    [one] { $count } event
   *[other] { $count } events
} known only to the month or year (see { $href }).
card-version = Data reviewed { $date } · version { $version }
card-events = { $count } events, with sources
card-events-of = { $shown } of { $total } events, with sources
card-status = Status: { $status }
card-dialogue = In the Dialogue: { $role }
card-host = Host country
card-participant = Participant
card-area-events = { $count } events on the timeline
card-participants = Participants
card-changes = Change log
card-data = Data

## Search pages, filters and removed items

search-all-filters = all filters
search-title = Search: “{ $query }”
search-description = Search the { $name } briefing: events, countries, people, sources.
search-description-results = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
} for “{ $query }” in the { $name } briefing.
timeline-match-all-label = all chosen countries, areas and powers together
gone-why = It was taken out
gone-why-correction = It was taken out as a correction
gone-message = “{ $title }” was removed from the briefing on { $date }. { $why }: { $reason }
missing-country = The briefing has no country “{ $id }”.
missing-area = The briefing has no cooperation area “{ $id }”.
missing-power = The briefing has no rival power “{ $id }”.
missing-event = The timeline has no event “{ $id }”.

## The page left at an old address

redirect-title = Moved: { $title }
redirect-moved-html = This page has moved to <a href="{ $href }">{ $title }</a>.

## The standing of an event in a feed entry, after its date

feed-standing-took-place = took place
feed-standing-scheduled = scheduled
feed-standing-planned = planned
feed-standing-date-passed = date passed
feed-standing-postponed = postponed
feed-standing-cancelled = cancelled
feed-standing-unconfirmed = unconfirmed

about-translation = About this translation
about-translation-reference = The English edition is the reference: where this edition and the English differ, the English text and its sources prevail.
about-translation-who = This edition was translated by the summit-briefing editors, machine-assisted, and checked against the official forms of names in the glossary, each of which names the government or organisation that writes it so. Every translated text records which English text it translates; when the English changes, the data check reports the translation as out of date until it is revised.
about-translation-report = To report an error in the translation, follow “{ about-report }” below: give the address of the page, the passage, and what it should say.
about-translation-english = this page in English
version-notice-title = This is not the version you cited.
version-notice-html = The link names data version <code>{ $cited }</code>, but this page shows the current data, version <code>{ $current }</code> (reviewed { $reviewed }). The briefing does not keep old versions: what the cited page said may differ. See <a href="{ $changes }">what changed</a>
version-notice-page-html = , or <a href="{ $page }">this page without the version</a>
version-notice-end = .
cite-note = Data version { $version }, reviewed { $reviewed }
cite-text = { $publisher }. “{ $title }.” { $container }. { $note }. { $url } (accessed { $accessed }).

## The banner an editor serving a data directory sees while the last edit is refused
reload-banner-title = Your last edit of the data was refused
reload-banner-kept = ({ $at }): this site still shows the last data that passed the checks.
reload-banner-count = { $count ->
    [one] { $count } problem to fix:
   *[other] { $count } problems to fix:
}
reload-banner-more-html = … and { $count } more; run <code>summit-briefing check --data DIR</code> to list them all.

## The two-page brief (`/brief`), for printing
brief-heading = Two-page brief
desc-brief = The { $name } on two A4 pages for a meeting folder: where it stands, key figures, the six and their leaders, outcomes, the rival formats, with numbered sources.
card-brief = Two-page brief for printing
brief-version = data version { $version }
brief-online = Online, with every source linked: { $url }
brief-screen-note-html = A handout to print: the whole briefing on two A4 pages, with numbered sources and their addresses. The <a href="{ $href }">overview</a> tells it in full.
brief-held = Last summit
brief-figures = Key figures
brief-th-country = Country
brief-th-leader = Leader
brief-host = host
brief-as-of = as of { $date }
brief-formats = The “Central Asia + X” formats
brief-th-held = Summits
brief-th-latest = Latest summit
brief-sources = Sources
overview-brief-link = Print the two-page brief
