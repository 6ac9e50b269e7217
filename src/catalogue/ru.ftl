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
