# Слова интерфейса на русском языке. Эталон — английский каталог en.ftl: идентификаторы
# сообщений и переменные должны совпадать (это проверяют тесты). Сообщения с окончанием
# "-html" содержат разметку.

## Название сайта, навигация и общий макет страниц

brand-fallback = Брифинг по диалогу «Центральная Азия + Япония»
brand = { $name }: брифинг
nav-main = Основная навигация
nav-overview = Обзор
nav-timeline = Хронология
nav-countries = Страны
nav-areas = Сотрудничество
nav-powers = Другие державы
nav-sources = Источники
nav-about = О брифинге
layout-skip = Перейти к содержанию
layout-search-label = Поиск по брифингу
layout-search-button = Найти
layout-feed-title = { $title } (лента Atom)
layout-calendar-title = { $title } (календарь)
layout-cited = Источники, цитируемые на этой странице
footer-reviewed-html = Содержание последний раз проверено <time datetime="{ $iso }">{ $date }</time>.
footer-version-html = Версия данных <code class="data-version">{ $version }</code>.
footer-cites-html = Каждый факт подкреплён <a href="{ $href }">источниками</a>; то, что не подтверждено ни одним источником, помечено как неподтверждённое.
footer-about = О брифинге и о том, как сообщить об ошибке
footer-people = Персоналии
footer-data = Данные и файлы для скачивания
footer-changes = Что изменилось

## Общие элементы страниц

item-link = Ссылка на этот пункт
badge-unconfirmed = Не подтверждено
filter-chip = { $param }: { $value }
filter-remove = Снять фильтр «{ $param }: { $value }»
follow-html = Подписка: <a href="{ $feed }" type="application/atom+xml">лента Atom</a> · <a href="{ $subscribe }">добавить в календарь</a> (<a href="{ $calendar }" type="text/calendar" download>файл .ics</a>). События, для которых известны только месяц или год, в календарь не входят.
formats-data = Эта страница в виде данных:
breadcrumb = Навигационная цепочка
reviewed-html = Последняя сверка с источниками: <time datetime="{ $iso }">{ $date }</time>.
as-of-html = по состоянию на <time datetime="{ $iso }">{ $date }</time>
since-html = с <time datetime="{ $iso }">{ $date }</time>
host-badge = Инициатор формата
heading-events = События
heading-sources = Источники
heading-memberships = Членство
th-country = Страна
count-events = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}

## Статус события

standing-took-place = Состоялось
standing-scheduled = Назначено
standing-planned = Планируется
standing-date-passed = Дата прошла, не подтверждено
standing-postponed = Перенесено
standing-cancelled = Отменено
standing-unconfirmed = Не подтверждено

## Виды событий

kind-summit = Саммит
kind-ministers-meeting = Встреча министров
kind-officials-meeting = Встреча старших должностных лиц
kind-visit = Визит
kind-announcement = Заявление
kind-postponement = Перенос
kind-phone-call = Телефонный разговор
kind-disaster = Стихийное бедствие
kind-rival-summit = Саммит другого формата
kind-other = Другое

## Категории источников

tier-official = Официальный
tier-major-news = Крупное СМИ
tier-secondary = Вторичный
tier-official-explanation = Страницы самих правительств: Министерство иностранных дел и Канцелярия премьер-министра Японии, Кремль.
tier-major-news-explanation = Авторитетные новостные издания и информационные агентства.
tier-secondary-explanation = Перепечатки, региональные агрегаторы, энциклопедии и блоги: используются, когда не нашлось ничего лучше, и оцениваются соответственно.

## Статус саммита

summit-announced = Объявлен
summit-planned = Планируется
summit-postponed = Перенесён
summit-held = Состоялся

## Голосование в Генеральной Ассамблее ООН

vote-in-favour = Голосовал «за»
vote-against = Голосовал «против»
vote-abstained = Воздержался
vote-did-not-vote = Не голосовал

## Членство в организациях

membership-member = Член
membership-observer = Наблюдатель
membership-associate = Ассоциированный член
membership-former = Бывший член
membership-never = Не является членом
membership-not-applicable = Неприменимо

## Основные сведения о стране

fact-official-name = Официальное название
fact-capital = Столица
fact-head-of-state = Глава государства
fact-head-of-government = Глава правительства
fact-population = Население
fact-area = Площадь
fact-un-vote = Голосование по резолюции ES-11/1 (2 марта 2022 г.)
fact-area-value = { $number } км²

## Виды записей журнала изменений

change-added = Добавлено
change-corrected = Исправлено
change-status = Изменён статус
change-seed-correction = Исправлена исходная статья
change-resourced = Заменён источник
change-removed = Удалено
change-renamed = Переименовано или объединено

## Что подтверждает источник (списки «где цитируется»)

cited-offer = { $name }: что предлагает
cited-figure = Ключевая цифра: { $label }
cited-why = Почему это важно
cited-story = История саммита: { $status }
cited-outcome = Итоги
cited-view = Мнение: { $who }
cited-point = { $name }: { $point }
cited-began = когда возник формат
cited-frequency = периодичность
cited-priorities = приоритеты
cited-pledges = обещанные средства
cited-delivered = что выполнено
cited-latest = последние события
cited-dialogue-role = { $name }: роль в Диалоге
cited-membership = { $name }: членство в { $other }
cited-relation = { $name } — { $other }: отношения
correction-label = Исправление: «{ $original }»

## Фильтры и результаты поиска

param-country = Страна
param-area = Область
param-power = Держава
param-match = Совпадение
param-year = Год
legend-country = Страна
legend-area = Область сотрудничества
legend-power = Другая держава
legend-year = Год
result-country = Страна
result-power = Другая держава
result-area = Область сотрудничества
result-person = Персона
result-organisation = Организация
result-event = Событие
result-outcome = Итог саммита
result-document = Документ саммита
result-source = Источник

## Страницы ошибок

error-eyebrow = Ошибка { $status }
error-400 = Эта ссылка не совсем верна
error-404 = Страница не найдена
error-405 = Метод не поддерживается
error-408 = Запрос выполнялся слишком долго
error-410 = Эта страница удалена
error-414 = Слишком длинный адрес
error-431 = Слишком большие заголовки запроса
error-503 = Страница готовилась слишком долго
error-500 = На нашей стороне что-то пошло не так
error-did-you-mean = Возможно, вы имели в виду
error-or = или
error-question-end = ?
error-try-html = Попробуйте <a href="{ $overview }">обзор</a>, <a href="{ $timeline }">хронологию</a> или <a href="{ $countries }">профили стран</a>.
gone-go-to-html = Перейти: <a href="{ $href }">{ $label }</a>.
gone-evidence = Что показывает, что это было ошибкой:
gone-changes-html = Все изменения брифинга перечислены в разделе <a href="{ $href }">«Что изменилось»</a>.

## Хронологическая диаграмма

chart-timeline-title = { $caption }: { $marks ->
    [one] { $marks } событие
    [few] { $marks } события
   *[many] { $marks } событий
} за { $years ->
    [one] { $years } год
    [few] { $years } года
   *[many] { $years } лет
}
chart-timeline-desc = Годы идут слева направо; события каждого года расположены друг над другом в порядке дат. Форма значка показывает вид события, заливка — его статус (см. легенду). Каждый год ведёт к хронологии этого года, каждый значок — к событию; те же события перечислены текстом на этой странице.
chart-year-events = { $year }: { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}
legend-summit = Саммит «Центральная Азия + Япония»
legend-rival = Саммит другой державы
legend-ministers = Встреча министров
legend-officials = Встреча старших должностных лиц
legend-other = Визит, телефонный разговор, заявление, другое
legend-fills-html = <span class="key past">заливка</span>: состоялось · <span class="key upcoming">контур</span>: предстоит · <span class="key postponed">пунктир</span>: перенесено или отменено · <span class="key unconfirmed">серый контур</span>: не подтверждено или дата прошла
chart-skipped-years = Годы без событий на оси не показаны.

## Карта

milestone-first-meeting = первая встреча министров иностранных дел
milestone-summit = саммит
milestone-next = следующий саммит: { $venue }
map-desc = Карта Центральной Азии; Япония показана на врезке в более крупном масштабе. Название каждой страны-участницы — ссылка на её профиль (для указателя — и её контур), строка текста у каждого места проведения — ссылка на событие; те же ссылки перечислены под картой.
map-legend-venue = Место ключевого события (обведено кружком; строки рядом ведут к событиям)
map-legend-city = Столица или город, упомянутые в данных
map-legend-outlines = Участники выделены контуром и подписаны, соседние страны — бледным цветом. Япония — на врезке, в более крупном масштабе.
map-participants = Участники
map-venues = Места проведения
map-source = Контуры: Natural Earth (общественное достояние), упрощённые. Азимутальная равновеликая проекция Ламберта с центром в Центральной Азии.

## Сводные таблицы

matrix-power-caption = Кто с кем связан: каждая держава и пять центральноазиатских участников
matrix-power = Держава
matrix-since = с { $year } г.
matrix-summits = { $count ->
    [one] { $count } саммит
    [few] { $count } саммита
   *[many] { $count } саммитов
}
matrix-un-vote = Голосование по резолюции ООН ES-11/1
matrix-un-vote-note = осуждение вторжения России в Украину, 2 марта 2022 г.
matrix-power-legend-memberships-html = член · <span aria-hidden="true">◐</span> наблюдатель или ассоциированный член · <span aria-hidden="true">○</span> бывший член · <span aria-hidden="true">×</span> не член — организации, которую возглавляет держава (ссылка на источник)
matrix-power-legend-summits = состоявшиеся саммиты лидеров державы и пятёрки, а также все события, в которых названы обе стороны (ссылки на хронологию)
matrix-power-legend-votes = за, против, воздержался (ссылка на источник); — ни один источник брифинга этого не сообщает
matrix-area-caption = Каждая область сотрудничества и пять центральноазиатских участников
matrix-area = Область
matrix-regional-plans = { $count ->
    [one] { $count } план для региона в целом
    [few] { $count } плана для региона в целом
   *[many] { $count } планов для региона в целом
}
matrix-area-legend-plan = конкретный план, в котором названа страна (ссылка на план)
matrix-area-legend-events = события, отнесённые и к области, и к стране (ссылки на хронологию)
matrix-area-legend-none = — ни один план или событие не называет страну в этой области

## Диаграмма форматов «Центральная Азия + X»

formats-chart-title = Форматы «Центральная Азия + X» на одной оси времени
formats-chart-desc = Для каждого формата линия идёт от его начала до первого саммита лидеров (пунктиром до сегодняшнего дня, если саммитов ещё не было), каждый саммит лидеров отмечен значком; рядом — сколько саммитов состоялось и какие средства обещаны, если это сообщает источник. Каждое название ведёт к карточке формата, каждый саммит — к событию. Таблица выше и карточки ниже содержат те же факты.
formats-chart-held = Проведено
formats-chart-pledged = Обещано
formats-chart-began = Начало: { $date } (источник)
formats-legend-began = начало (ссылка на источник)
formats-legend-line = сплошная линия: до первого саммита лидеров · пунктир: саммитов ещё не было
formats-legend-summit-html = саммит лидеров: <span class="key past">заливка</span> состоялся · <span class="key upcoming">контур</span> предстоит · <span class="key postponed">пунктир</span> перенесён · <span class="key unconfirmed">серый</span> дата прошла, не подтверждено
formats-legend-today = Вертикальная линия обозначает сегодняшний день.

## Профиль формата (страницы стран и держав)

points-began = Начало
points-summits = Саммиты лидеров ({ $count ->
    [one] проведён { $count }
    [few] проведено { $count }
   *[many] проведено { $count }
})
points-summits-none = Пока ни одного.
points-frequency = Периодичность
points-frequency-none = Ни один источник не указывает периодичность.
points-priorities = Заявленные приоритеты
points-priorities-none = Не зафиксированы.
points-pledges = Обещанные средства
points-pledges-none = В источниках сумма не найдена.
points-delivered = Что выполнено
points-delivered-none = Не найдено источников о том, что уже выполнено.
points-latest = Последние события

## Недавние изменения пункта

history-heading = Недавние изменения
history-all = Все изменения ({ $count }) в журнале изменений
history-item = Этот пункт в журнале изменений

## Поделиться и процитировать

share-heading = Поделиться и процитировать
share-permalink = Постоянная ссылка:
share-version = Эта версия данных:
share-links = Поделиться этой страницей
share-cite = Процитировать эту страницу
share-plain = Простой текст

## Встраивание (/embed/...) и код для встраивания

embed-summary = Встроить этот вид
embed-code-label = Вставьте этот код в свою страницу, чтобы показать там этот вид:
embed-preview = Посмотреть встраиваемый вид
embed-open = Открыть в брифинге
embed-sources = Источники показанного

## Обзор

overview-eyebrow = Брифинг
overview-reviewed-html = проверено <time datetime="{ $iso }">{ $date }</time>
overview-at-a-glance = Коротко
overview-where-it-stands = Текущее положение
overview-next-summit = Следующий саммит
overview-latest-change = Последнее изменение
overview-coverage-html = Источники изучены по <time datetime="{ $iso }">{ $date }</time>.
overview-on-this-page = На этой странице
overview-toc-timeline = Хронология
overview-toc-map = Карта
overview-toc-story = Как всё развивалось
overview-toc-latest = Последние события
overview-toc-next = Предстоящее
overview-toc-participants = Участники
overview-toc-outcomes = Итоги
overview-toc-areas = Области сотрудничества
overview-toc-powers = Другие державы
overview-chart-heading = Все события по годам
overview-chart-caption = Все события брифинга по годам
overview-map-heading = Где находятся шесть стран и где проходил Диалог
map-caption = Карта шести участников и мест проведения ключевых встреч Диалога
overview-story = Как всё развивалось
overview-event-in-full = Подробнее о событии
overview-latest = Последние события
overview-no-latest = Ни одно событие ещё не состоялось.
overview-next = Предстоящее
overview-no-next = Ни одно предстоящее событие не подтверждено источниками.
overview-whole-timeline = Вся хронология
overview-why = Почему это важно
overview-participants = Участники
overview-compare-participants = Сравнить участников
overview-outcomes = Итоги саммита в Токио
overview-documents = Документы
overview-areas = Области сотрудничества
overview-powers = Другие державы
overview-compare-powers = Сравнить форматы
overview-views = Мнения

## Хронология

timeline-heading = Хронология
timeline-lede = { $shown } из { $total ->
    [one] { $total } события
   *[other] { $total } событий
}, от ранних к поздним. У каждого есть своя страница и ссылка, которой можно поделиться.
timeline-filtered-by = Фильтры
timeline-clear = Сбросить все фильтры
timeline-filter = Отфильтровать хронологию
timeline-events-naming = События, в которых названы
timeline-match-any = любые из выбранных стран, областей и держав
timeline-match-all-html = все выбранные (Казахстан <em>и</em> Узбекистан)
timeline-apply = Применить
timeline-reset = Сбросить
timeline-earlier = Прежние годы, по странице на год
timeline-jump = Перейти к году
timeline-skip-chart = Пропустить диаграмму и перейти к списку событий
timeline-chart-caption = События по годам
timeline-empty = Ни одно событие не соответствует этим фильтрам.
timeline-show-all = Показать все события
timeline-names = Упоминаются:
timeline-back = Назад к списку лет

## Событие

event-where = Где
event-when = Когда
event-status = Статус
event-countries = Страны
event-areas = Области сотрудничества
event-powers = Другие державы
event-people = Персоналии
event-neighbours = Соседние события
event-earlier = Раньше
event-later = Позже

## Сравнение участников и профиль страны

countries-heading = Сравнение участников
countries-lede = Япония и пять государств Центральной Азии рядом. У каждого значения указаны дата и источник; пустая ячейка означает, что ни один источник брифинга этого не сообщает.
countries-map = На карте
countries-facts = Основные сведения
countries-organisations = Организации
countries-led-by-html = , во главе — <a href="{ $href }">{ $label }</a>
country-facts = Сведения
country-no-facts = Сведений о стране ({ $name }) нет.
country-dialogue = Роль в Диалоге
country-not-stated = в источниках не указано
country-relations = Отношения
country-format = Собственный формат: что обещано и что запущено
country-compare = Сравнить с форматами других держав
chart-its-events = События по годам
country-no-events = В хронологии нет событий с участием страны ({ $name }).
on-the-timeline = { $name } в хронологии
country-sources = Источники профиля

## Области сотрудничества

areas-heading = Области сотрудничества
areas-lede-html = Области сотрудничества саммита. В публикациях 2024 года назывались декарбонизация, логистика и подготовка кадров; саммит 2025 года в Токио определил приоритеты «Зелёное развитие и устойчивость», «Взаимосвязанность» и «Развитие человеческих ресурсов».
areas-in-2024 = В публикациях 2024 года: { $name }
areas-plans = { $count ->
    [one] { $count } конкретный план
    [few] { $count } конкретных плана
   *[many] { $count } конкретных планов
}
areas-matrix = Области сотрудничества по странам
area-plans = Конкретные планы
area-no-plans = Конкретных планов пока не зафиксировано.
area-no-events = В хронологии нет событий, отнесённых к этой области.
area-on-timeline = Эта область в хронологии
area-sources = Источники по этой области

## Другие державы

powers-heading = Другие державы и их форматы
powers-lede = Не только Япония ищет расположения Центральной Азии: у нескольких держав есть собственные форматы «Центральная Азия + X». Здесь они сопоставлены по одним и тем же пунктам — по их собственным документам саммитов и официальным страницам; формат Японии идёт первым.
powers-at-a-glance = Коротко
powers-who-with-whom = Кто с кем связан
powers-point-by-point = По пунктам
powers-caption = Форматы «Центральная Азия + X»: начало, саммиты лидеров, последние события
powers-th-power = Держава
powers-th-began = Начало
powers-th-held = Проведено саммитов лидеров
powers-th-first = Первый
powers-th-next = Следующий или ожидаемый
powers-th-latest = Последнее событие
powers-note = Саммит, дата которого прошла, а проведение не подтверждено ни одним источником, помечен соответствующим образом. Учитываются саммиты лидеров из хронологии; у форматов, встречающихся на уровне министров, стоит 0.
power-format = Формат: { $format }
power-offer = Что предлагает
power-profile = Формат по общим пунктам
power-compare = Сравнить с форматом Японии и другими
power-levers = Рычаги влияния в регионе
power-summits = Саммиты с Центральной Азией
power-chart-caption = Все события с её участием по годам
power-no-summits = Саммитов лидеров не зафиксировано.
power-relations = Отношения с участниками
power-sources = Источники по этой державе

## Источники и исправления

sources-heading = Источники и исправления
sources-lede = Каждый факт в этом брифинге подкреплён хотя бы одним из этих источников (всего { $total }). Для каждого указано всё, что на него ссылается. Предпочтение отдаётся официальным страницам; если найден только вторичный источник, это отмечено.
sources-tier-count = { $tier } ({ $count })
sources-corrections-count = Исправления исходной статьи ({ $count })
sources-undated = без даты
sources-checked-html = Проверено <time datetime="{ $iso }">{ $date }</time>
sources-cited-by = Цитируется в { $count ->
    [one] { $count } пункте
   *[other] { $count } пунктах
}
sources-corrections = Исправления исходной статьи
sources-corrections-lede = Брифинг начинался с машинного перевода статьи газеты «Асахи симбун» за июль 2024 года. Там, где перевод искажён, брифинг использует исправленное прочтение, приведённое ниже, и указывает на это здесь.
sources-article-says = В статье сказано
sources-corrected = Исправленное прочтение

## Персоналии

people-heading = Персоналии
people-lede = Все, кого называет брифинг, с той ролью, в которой они упоминаются.

## О брифинге

about-heading = О брифинге
about-lede = { $name }: брифинг о том, что представляет собой этот формат, как он пришёл к первому саммиту лидеров, каковы его итоги и как предложение Японии соотносится с предложениями других держав, добивающихся расположения Центральной Азии. Он написан для аналитиков, журналистов, дипломатов и студентов, которым нужны факты с первого взгляда и источник для каждого из них.
about-kept = Как хранятся данные
about-files = Весь брифинг — это набор простых текстовых файлов, по одному на каждый вид сведений:
about-holds = Сейчас в нём { $events ->
    [one] { $events } событие
    [few] { $events } события
   *[many] { $events } событий
} хронологии и { $sources ->
    [one] { $sources } источник
    [few] { $sources } источника
   *[many] { $sources } источников
}, из них официальных правительственных страниц — { $official }.
about-reviewed-html = Содержание последний раз проверено <time datetime="{ $iso }">{ $date }</time>.
about-checked = Как он проверяется
about-check-sources = У каждого факта есть хотя бы один источник; факт без источника отклоняется при загрузке данных, как и источник, на который ничто не ссылается.
about-check-references = Каждая ссылка между записями (страна в событии, лицо в качестве главы государства) должна разрешаться; идентификаторы, даты и веб-адреса проверяются.
about-check-dates = Даты указываются с их точностью: дата, известная лишь с точностью до месяца, показывается как месяц.
about-check-unconfirmed-html = То, что не подтверждено ни одним источником, помечено как <span class="badge unconfirmed">Не подтверждено</span> или не приводится. Запланированное событие, дата которого прошла, а источника о его проведении нет, показано как «Дата прошла, не подтверждено».
about-check-tiers = Источники ранжированы: сначала официальные страницы, затем крупные СМИ, затем вторичные источники — перепечатки и энциклопедии.
about-check-corrections-html = Брифинг начинался с машинного перевода с ошибками; каждая из этих ошибок (всего { $count }) приведена с исправленным прочтением в разделе <a href="{ $href }#corrections">«Исправления»</a>.
about-who = Кто его ведёт
about-report = Как сообщить об ошибке
about-licence = Лицензия
about-licence-text = Текст: { $licence }
about-licence-data = Данные: { $licence }
about-licence-code = Код: { $licence }
about-report-detail = Как сообщить об ошибке: подробно
about-report-detail-text = Если здесь что-то неверно или устарело, сообщите редакторам: укажите адрес страницы (у каждой страницы и каждого события он свой), что именно неверно, и общедоступный источник с верным фактом. Сообщения с источником сверяются с ним и, если подтверждаются, исправляются в данных со ссылкой на источник.
about-as-data = Брифинг в виде данных
about-as-data-text-html = У каждой страницы есть JSON-двойник с тем же содержанием (добавьте <code>.json</code> к адресу; у обзора это <code>/index.json</code>), соответствующий опубликованной JSON-схеме (<code>/schema/<var>page</var>.json</code>), а каждую таблицу можно скачать в формате CSV:
about-sharing = Ссылки, которыми можно поделиться
about-sharing-text-html = У каждой страницы постоянный адрес: <code>/countries/kazakhstan</code>, <code>/timeline/tokyo-summit-2025</code>, <code>/powers/china</code>. Отфильтрованные представления хронологии — тоже ссылки, например <a href="{ $href }?country=kazakhstan&amp;year=2024"><code>/timeline?country=kazakhstan&amp;year=2024</code></a>.

## Данные и файлы

data-heading = Данные и файлы для скачивания
data-lede = Всё, что показывает брифинг, для использования в ваших собственных инструментах: весь брифинг одним файлом, его таблицы, ленты и календари для отслеживания, а также каждая страница в виде данных.
data-reviewed-html = Проверено <time datetime="{ $iso }">{ $date }</time>.
data-licence = Лицензия
data-licence-text-html = Данные (все файлы на этой странице) распространяются по лицензии <a href="{ $data_href }" rel="license">{ $data_name }</a>: используйте их, в том числе в коммерческих целях, указывая этот брифинг как источник. Каждый факт в них ссылается на собственные источники — сохраняйте эти ссылки вместе с тем, что берёте. Код, который их обслуживает, распространяется по лицензии <a href="{ $code_href }">{ $code_name }</a>.

## Поиск

search-heading = Поиск
search-label = Слова для поиска в брифинге
search-narrowed-to = Ограничено
search-without-filters = Искать без фильтров
search-narrow = Уточнить поиск
search-apply = Применить
search-start = Начните с названия
search-start-text = Ищите события, страны, людей, области сотрудничества, другие державы, итоги саммита и источники. Находятся и варианты написания (Kazakstan, Kirgizia, Kisida), и русские и японские заголовки.
search-none = По запросу «{ $query }» ничего не найдено.
search-one = По запросу «{ $query }» найден 1 результат.
search-best = Лучшие { $shown } из { $total ->
    [one] { $total } результата
   *[other] { $total } результатов
} по запросу «{ $query }»; добавьте слова или фильтры, чтобы сузить поиск.
search-all = Результатов по запросу «{ $query }»: { $total }.
search-also-html = Также искали: <a href="{ $href }">{ $label }</a>.
search-results = Результаты
search-without-filter = Без фильтра
search-remove = Убрать: { $label }
search-results-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
   *[many] { $count } результатов
}
search-near = Близкие совпадения
search-near-text = Эти результаты совпадают с частью слов.

## Что изменилось

changes-heading = Что изменилось
changes-lede = Изменения данных брифинга: { $shown } из { $total }, сначала новые. Для каждого указано, что изменилось, в какой записи и почему, и приведён источник. Даты — это даты изменения брифинга, а не даты событий.
changes-remove-item = Снять фильтр «Запись: { $label }»
changes-item = Запись: { $label }
changes-kinds = Виды изменений
changes-kind-count = { $kind } ({ $count })
changes-none = Ни одно изменение не соответствует этим фильтрам.
changes-see-all = Все изменения
changes-correction-html = Исправление: <a href="{ $href }">{ $label }</a>.
changes-to-item = Изменения этой записи
changes-follow-these-html = Подписка: <a href="{ $href }" type="application/atom+xml">лента Atom этих изменений</a>.
changes-follow-all-html = Подписка: <a href="{ $href }" type="application/atom+xml">лента Atom всех изменений</a>.

## Заголовки и описания страниц (для поисковиков и превью ссылок)

title-filtered = { $title }: { $labels }
desc-timeline = { $name }: { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
} — подготовка и дальнейшее развитие, с источниками.
desc-countries = { $name }: участники ({ $count }) рядом — лидеры, население, членство в организациях, голосование в ООН.
desc-areas = { $name }: области сотрудничества под их названиями 2024 и 2025 годов.
desc-powers = Все форматы «Центральная Азия + X» рядом: первый саммит лидеров, место проведения, последние события, что предлагается.
desc-sources = Источники брифинга ({ $count }) по степени надёжности, для каждого — что на него ссылается; а также исправления исходной статьи.
desc-people = Все, кого называет брифинг, с их ролью и событиями, в которых они участвуют.
desc-about = Что такое этот брифинг, как хранятся и проверяются его данные и как сообщить об ошибке.
desc-data = Весь брифинг в форматах JSON и SQLite, его таблицы в CSV, ленты и календари для отслеживания — с размером и лицензией каждого файла.
desc-changes = Датированные изменения данных брифинга ({ $count }), сначала новые: что изменилось, в какой записи, почему и по какому источнику.

## Файлы для скачивания

data-label-countries = Сравнение стран
data-label-dataset-schema = Схема всего брифинга (JSON)
data-label-schema = Схема страницы { $name }
data-label-sitemap = Карта сайта
data-label-data = Файлы для скачивания (эта страница)
data-label-dataset = Весь брифинг
data-group-dataset = Все записи всех видов в одном файле: в формате JSON — ровно так, как они хранятся в файлах данных; в виде базы данных SQLite (по таблице на вид записей, внешние ключи и представления, связывающие события со странами, областями, державами и источниками), которая открывается как есть в Datasette или любом инструменте SQLite; и те же таблицы в виде CSV-файлов, по одному на таблицу, в zip-архиве.
data-dataset-json = Весь брифинг (JSON)
data-dataset-sqlite = Весь брифинг (SQLite)
data-dataset-zip = Все таблицы базы данных в CSV (zip)
data-group-tables = Таблицы (CSV)
data-group-tables-about = Таблицы брифинга в формате RFC 4180 со строкой заголовков.
data-group-feeds = Ленты (Atom)
data-group-feeds-about = Чтобы узнавать о новых событиях: вся хронология или отдельная страна, область сотрудничества или держава.
data-group-calendars = Календари (iCalendar)
data-group-calendars-about = Те же события для подписки в приложении-календаре; события, для которых известны только месяц или год, не включены.
data-group-pages = Каждая страница в JSON
data-group-pages-about = Содержание каждой страницы в виде данных по указанной в нём схеме.
data-group-schemas = JSON-схемы
data-group-schemas-about = Схема JSON для каждого вида страниц.
data-group-sitemap-about = Все страницы — для поисковых систем (sitemaps.org).
data-licence-name = Creative Commons «Атрибуция» 4.0 Международная (CC BY 4.0)
about-download-timeline-csv = Хронология (CSV)
about-download-countries-csv = Сравнение стран (CSV)
about-download-powers-csv = Форматы других держав (CSV)
about-download-sources-csv = Источники (CSV)
about-download-people-csv = Персоналии (CSV)
about-download-overview-json = Обзор (JSON)
about-download-timeline-json = Хронология (JSON)

## Ленты, календари и картинки для превью

calendar-date-passed = Дата прошла, но ни один источник пока не сообщает, что событие состоялось.
calendar-postponed = Перенесено: в этот день событие не состоялось.
calendar-cancelled = Отменено.
calendar-left-out = Не включены: { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}, для которых известны только месяц или год (см. { $href }).
card-version = Данные проверены { $date } · версия { $version }
card-events = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
} с источниками
card-events-of = { $shown } из { $total ->
    [one] { $total } события
   *[other] { $total } событий
} с источниками
card-status = Статус: { $status }
card-dialogue = Роль в Диалоге: { $role }
card-host = Страна-инициатор
card-participant = Участник
card-area-events = { $count ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
} в хронологии
card-participants = Участники
card-changes = Журнал изменений
card-data = Данные

## Страницы поиска, фильтры и удалённые записи

search-all-filters = все фильтры
search-title = Поиск: «{ $query }»
search-description = Поиск по брифингу «{ $name }»: события, страны, персоналии, источники.
search-description-results = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
   *[many] { $count } результатов
} по запросу «{ $query }» в брифинге «{ $name }».
timeline-match-all-label = все выбранные страны, области и державы одновременно
gone-why = Причина удаления
gone-why-correction = Удалено в порядке исправления
gone-message = Запись «{ $title }» удалена из брифинга { $date }. { $why }: { $reason }
missing-country = В брифинге нет страны «{ $id }».
missing-area = В брифинге нет области сотрудничества «{ $id }».
missing-power = В брифинге нет державы «{ $id }».
missing-event = В хронологии нет события «{ $id }».

## Страница по старому адресу

redirect-title = Страница перемещена: { $title }
redirect-moved-html = Эта страница перемещена: <a href="{ $href }">{ $title }</a>.

## Статус события в записи ленты, после даты

feed-standing-took-place = состоялось
feed-standing-scheduled = назначено
feed-standing-planned = планируется
feed-standing-date-passed = дата прошла, не подтверждено
feed-standing-postponed = перенесено
feed-standing-cancelled = отменено
feed-standing-unconfirmed = не подтверждено

about-translation = Об этом переводе
about-translation-reference = Основной является английская версия: если эта версия расходится с английской, преимущество имеют английский текст и его источники.
about-translation-who = Эта версия переведена редакторами summit-briefing с помощью машинного перевода и сверена с официальными формами названий и имен в глоссарии; для каждой формы указано правительство или организация, которые ее используют. Для каждого переведенного текста записано, какой английский текст он переводит; когда английский текст меняется, проверка данных сообщает, что перевод устарел, пока его не исправят.
about-translation-report = Чтобы сообщить об ошибке в переводе, следуйте разделу «{ about-report }» ниже: укажите адрес страницы, фрагмент и как он должен звучать.
about-translation-english = эта страница на английском
version-notice-title = Это не та версия, на которую вы ссылались.
version-notice-html = Ссылка указывает версию данных <code>{ $cited }</code>, а на этой странице показаны текущие данные, версия <code>{ $current }</code> (проверено { $reviewed }). Брифинг не хранит прежние версии: то, что было на цитируемой странице, может отличаться. См. <a href="{ $changes }">что изменилось</a>
version-notice-page-html = {" "}или <a href="{ $page }">эту страницу без указания версии</a>
version-notice-end = .
cite-note = Версия данных { $version }, проверено { $reviewed }
cite-text = { $publisher }. «{ $title }». { $container }. { $note }. { $url } (дата обращения: { $accessed }).

## The banner an editor serving a data directory sees while the last edit is refused
reload-banner-title = Последняя правка данных отклонена
reload-banner-kept = ({ $at }): сайт по-прежнему показывает последние данные, прошедшие проверку.
reload-banner-count = { $count ->
    [one] { $count } ошибка, которую нужно исправить:
    [few] { $count } ошибки, которые нужно исправить:
   *[other] { $count } ошибок, которые нужно исправить:
}
reload-banner-more-html = … и ещё { $count }; чтобы увидеть все, выполните <code>summit-briefing check --data DIR</code>.

## Справка на двух страницах (`/brief`) для печати
brief-heading = Справка на двух страницах
desc-brief = { $name } на двух страницах A4 для папки к встрече: где находится процесс, ключевые цифры, шесть стран и их лидеры, итоги, форматы других держав, с пронумерованными источниками.
card-brief = Справка на двух страницах для печати
brief-version = версия данных { $version }
brief-online = В интернете, со ссылками на все источники: { $url }
brief-screen-note-html = Материал для печати: весь брифинг на двух страницах A4, с пронумерованными источниками и их адресами. Подробно — в <a href="{ $href }">обзоре</a>.
brief-held = Последний саммит
brief-figures = Ключевые цифры
brief-th-country = Страна
brief-th-leader = Лидер
brief-host = инициатор формата
brief-as-of = на { $date }
brief-formats = Форматы «Центральная Азия + X»
brief-th-held = Саммитов
brief-th-latest = Последний саммит
brief-sources = Источники
overview-brief-link = Распечатать справку на двух страницах
