import type { Lang } from './api';

/** Interface strings in the three languages; `t(lang, key)` picks one. */
const STRINGS = {
  title: { kk: 'Қазақстанның құқықтық институттары', ru: 'Правовые институты Казахстана', en: "Kazakhstan's legal institutions" },
  asOf: { kk: 'Күні', ru: 'На дату', en: 'As of' },
  interfaceLanguage: { kk: 'Интерфейс', ru: 'Интерфейс', en: 'Interface' },
  labelLanguage: { kk: 'Атаулар', ru: 'Подписи', en: 'Labels' },
  goTo: { kk: 'Өту', ru: 'Перейти', en: 'Go to' },
  goToHint: {
    kk: 'Мәліметтерін ашу үшін институтты таңдаңыз',
    ru: 'Выберите институт, чтобы открыть сведения',
    en: 'Choose an institution to open its details',
  },
  choose: { kk: '— таңдаңыз —', ru: '— выберите —', en: '— choose —' },
  detailsHint: {
    kk: 'Атауларын, күндерін және дереккөздерін көру үшін институтты немесе байланысты басыңыз.',
    ru: 'Нажмите на институт или связь, чтобы увидеть названия, даты и источники.',
    en: 'Click an institution or a relation to see its names, dates and sources.',
  },
  loading: { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' },
  emptyGraph: {
    kk: 'Бұл күнге графта ештеңе жоқ. Басқа күнді таңдаңыз.',
    ru: 'На эту дату в графе ничего нет. Выберите другую дату.',
    en: 'The graph holds nothing for this date. Choose another date.',
  },
  network: {
    kk: 'Серверге қосылу мүмкін болмады. Сервер жұмыс істеп тұрғанын тексеріп, қайталаңыз.',
    ru: 'Не удалось связаться с сервером. Проверьте, что он запущен, и повторите.',
    en: 'Could not reach the server. Check that it is running and try again.',
  },
  databaseDown: {
    kk: 'Дерекқор қазір жауап бермей тұр. Бір минуттан кейін қайталаңыз.',
    ru: 'База данных сейчас не отвечает. Повторите через минуту.',
    en: 'The database is not answering just now. Try again in a minute.',
  },
  serverError: {
    kk: 'Серверде қате болды. Қайталаңыз; қате қайталанса, бізге хабарлаңыз.',
    ru: 'На сервере произошла ошибка. Повторите; если ошибка повторится, сообщите нам.',
    en: 'Something went wrong on the server. Try again; if it keeps happening, tell us.',
  },
  embedGraphLabel: {
    kk: 'Институттар графы. Көрсеткі пернелерімен институттарды аралаңыз, Enter — зерттеушіде ашу, + және − — масштаб.',
    ru: 'Граф институтов. Стрелками переходите между институтами, Enter открывает выбранный в обозревателе, + и − меняют масштаб.',
    en: 'Graph of institutions. Arrow keys move between institutions, Enter opens the chosen one in the explorer, + and − zoom.',
  },
  embedFailed: { kk: 'Графты жүктеу мүмкін болмады.', ru: 'Не удалось загрузить граф.', en: 'The graph could not be loaded.' },
  embedOpen: { kk: 'Зерттеушіде ашу ↗', ru: 'Открыть в обозревателе ↗', en: 'Open in the explorer ↗' },
  embedPinned: {
    kk: 'деректер нұсқасы {version} (бекітілген)',
    ru: 'данные версии {version} (закреплены)',
    en: 'data of version {version} (pinned)',
  },
  embedLive: {
    kk: 'деректер нұсқасы {version} (ағымдағы)',
    ru: 'данные версии {version} (текущие)',
    en: 'data of version {version} (current)',
  },
  embedEnterHint: { kk: 'Enter — зерттеушіде ашу.', ru: 'Enter — открыть в обозревателе.', en: 'Enter opens it in the explorer.' },
  embedThis: { kk: 'Енгізу', ru: 'Встроить', en: 'Embed this view' },
  embedIframe: { kk: 'iframe коды', ru: 'Код iframe', en: 'iframe snippet' },
  embedComponent: { kk: 'Веб-компонент', ru: 'Веб-компонент', en: 'Web component' },
  embedLink: { kk: 'Тұрақты сілтеме', ru: 'Постоянная ссылка', en: 'Permanent link' },
  citeApa: { kk: 'Дәйексөз (APA)', ru: 'Цитирование (APA)', en: 'Citation (APA)' },
  citeBibtex: { kk: 'Дәйексөз (BibTeX)', ru: 'Цитирование (BibTeX)', en: 'Citation (BibTeX)' },
  copy: { kk: 'Көшіру', ru: 'Копировать', en: 'Copy' },
  copied: { kk: 'Көшірілді', ru: 'Скопировано', en: 'Copied' },
  downloadHtml: {
    kk: 'HTML ретінде жүктеу (желісіз жұмыс істейді)',
    ru: 'Скачать как HTML (работает без сети)',
    en: 'Download as HTML (works offline)',
  },
  embedPinnedNote: {
    kk: 'Бұл код графтың {version} нұсқасына бекітілген: деректер кейін жаңартылса да, көрініс өзгермейді.',
    ru: 'Этот код закреплён за версией графа {version}: вид не изменится, даже когда данные обновятся.',
    en: 'These snippets are pinned to graph version {version}: the view stays the same when the data is updated later.',
  },
  failed: { kk: 'Сұраныс сәтсіз аяқталды', ru: 'Запрос не удался', en: 'The request failed' },
  retry: { kk: 'Қайталау', ru: 'Повторить', en: 'Try again' },
  names: { kk: 'Атаулары', ru: 'Названия', en: 'Names' },
  kind: { kk: 'Түрі', ru: 'Вид', en: 'Kind' },
  branch: { kk: 'Билік тармағы', ru: 'Ветвь власти', en: 'Branch' },
  valid: { kk: 'Қолданылу мерзімі', ru: 'Период действия', en: 'Valid' },
  today: { kk: 'қазірге дейін', ru: 'по настоящее время', en: 'to the present' },
  whoAppoints: { kk: 'Кім тағайындайды', ru: 'Кто назначает', en: 'Who appoints' },
  nobodyAppoints: {
    kk: 'Бұл күнге графта тағайындау туралы дерек жоқ.',
    ru: 'На эту дату в графе нет сведений о назначении.',
    en: 'The graph holds no appointment rule for this date.',
  },
  withConsentOf: { kk: 'келісімімен', ru: 'с согласия', en: 'with the consent of' },
  onNominationOf: { kk: 'ұсынуы бойынша', ru: 'по представлению', en: 'on the nomination of' },
  dismissedBy: { kk: 'Қызметтен босатады', ru: 'Освобождает от должности', en: 'Dismissed by' },
  term: { kk: 'Мерзімі', ru: 'Срок', en: 'Term' },
  relations: { kk: 'Байланыстары', ru: 'Связи', en: 'Relations' },
  noRelations: { kk: 'Бұл күнге байланыстар жоқ.', ru: 'На эту дату связей нет.', en: 'No relations on this date.' },
  sources: { kk: 'Дереккөздер', ru: 'Источники', en: 'Sources' },
  articleNumbered: { kk: '{n}-бап', ru: 'статья {n}', en: 'article {n}' },
  paragraphNumbered: { kk: '{n}-тармақ', ru: 'пункт {n}', en: 'paragraph {n}' },
  subparagraphNumbered: { kk: '{n}-тармақша', ru: 'подпункт {n}', en: 'subparagraph {n}' },
  inForce: { kk: 'Күшінде', ru: 'Действует', en: 'In force' },
  officialText: { kk: 'Ресми мәтіні', ru: 'Официальный текст', en: 'Official text' },
  opensInNewTab: { kk: 'жаңа қойындыда ашылады', ru: 'откроется в новой вкладке', en: 'opens in a new tab' },
  showWording: { kk: 'Баптың мәтіні', ru: 'Текст статьи', en: "The article's wording" },
  noWording: {
    kk: 'Бұл ереженің мәтіні деректерде жазылмаған.',
    ru: 'Текст этого положения в данных не записан.',
    en: 'The wording of this provision is not recorded in the data.',
  },
  from: { kk: 'Кімнен', ru: 'От', en: 'From' },
  to: { kk: 'Кімге', ru: 'К', en: 'To' },
  notes: { kk: 'Ескертпелер', ru: 'Примечания', en: 'Notes' },
  notFound: { kk: 'Табылмады.', ru: 'Не найдено.', en: 'Not found.' },
  layout: { kk: 'Орналасу', ru: 'Раскладка', en: 'Layout' },
  layoutFcose: { kk: 'Күштік', ru: 'Силовая', en: 'Force-directed' },
  layoutDagre: { kk: 'Иерархия', ru: 'Иерархия', en: 'Hierarchy' },
  layoutConcentric: { kk: 'Тармақтар бойынша шеңбер', ru: 'Круги по ветвям', en: 'Rings by branch' },
  filters: { kk: 'Сүзгілер', ru: 'Фильтры', en: 'Filters' },
  relationKinds: { kk: 'Байланыс түрлері', ru: 'Виды связей', en: 'Relation kinds' },
  branches: { kk: 'Билік тармақтары', ru: 'Ветви власти', en: 'Branches' },
  levels: { kk: 'Деңгейлер', ru: 'Уровни', en: 'Levels' },
  largeGraphNote: {
    kk: 'Граф үлкен ({total} элемент), сондықтан бәрі бірден салынбайды. Көрсетілгені: {levels} деңгейлердегі институттар және сіз ашқан институттар ({drawn} элемент). Қос жиекті институттың әлі салынбаған байланыстары бар: оларды салу үшін институтты екі рет басыңыз немесе мәліметтеріндегі батырманы басыңыз. Іздеу кез келген институтты табады және оны салады.',
    ru: 'Граф большой (элементов: {total}), поэтому он не рисуется целиком. Показаны институты уровней: {levels}, и открытые вами институты (всего элементов: {drawn}). У институтов с двойной рамкой есть ещё не нарисованные связи: дважды щёлкните по институту или нажмите кнопку в его сведениях, чтобы нарисовать их. Поиск находит любой институт и рисует его.',
    en: 'This graph is large ({total} elements), so it is not drawn whole. Shown are the institutions at these levels: {levels}, and those you opened ({drawn} elements). Institutions with a double border have connections not drawn yet: double-click one, or use the button in its details, to draw them. Search finds any institution and draws it.',
  },
  backToOverview: { kk: 'Шолуға оралу', ru: 'Вернуться к обзору', en: 'Back to the overview' },
  drawConnections: {
    kk: 'Көрсетілмеген {count} байланысын салу',
    ru: 'Нарисовать {count} непоказанных связей',
    en: 'Draw its {count} connections not drawn yet',
  },
  national: { kk: 'республикалық', ru: 'республиканский', en: 'national' },
  regional: { kk: 'облыстық', ru: 'областной', en: 'regional' },
  district: { kk: 'аудандық', ru: 'районный', en: 'district' },
  historical: { kk: 'Тарихи органдар мен оқиғалар', ru: 'Исторические органы и события', en: 'Historical bodies and events' },
  search: { kk: 'Іздеу', ru: 'Поиск', en: 'Search' },
  tools: { kk: 'Құралдар', ru: 'Инструменты', en: 'Tools' },
  share: { kk: 'Бөлісу', ru: 'Поделиться', en: 'Share' },
  languages: { kk: 'Тілдер', ru: 'Языки', en: 'Languages' },
  legend: { kk: 'Шартты белгілер', ru: 'Условные обозначения', en: 'Legend' },
  timelinePanel: { kk: 'Уақыт сызығы және салыстыру', ru: 'Хронология и сравнение', en: 'Timeline and comparison' },
  downloadPng: { kk: 'PNG жүктеу', ru: 'Скачать PNG', en: 'Download PNG' },
  downloadSvg: { kk: 'SVG жүктеу', ru: 'Скачать SVG', en: 'Download SVG' },
  downloadJson: { kk: 'JSON жүктеу', ru: 'Скачать JSON', en: 'Download JSON' },
  citation: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
  table: { kk: 'Кесте', ru: 'Таблица', en: 'Table' },
  institutionsTable: { kk: 'Институттар', ru: 'Институты', en: 'Institutions' },
  document: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  reader: { kk: 'Дереккөздер', ru: 'Источники', en: 'Sources' },
  openInReader: { kk: 'Мәтінде ашу', ru: 'Открыть в тексте', en: 'Open in the document' },
  whereSourcesSpeak: {
    kk: 'Дереккөздер бұл туралы қайда айтады',
    ru: 'Где об этом говорят источники',
    en: 'Where the sources speak of this',
  },
  timeline: { kk: 'Жыл', ru: 'Год', en: 'Year' },
  keyDates: { kk: 'Негізгі күндер', ru: 'Ключевые даты', en: 'Key dates' },
  compareWith: { kk: 'Салыстыру', ru: 'Сравнить с', en: 'Compare with' },
  addedEntities: { kk: 'Пайда болған органдар', ru: 'Появились', en: 'Added' },
  removedEntities: { kk: 'Жойылған органдар', ru: 'Исчезли', en: 'Removed' },
  addedRelations: { kk: 'Пайда болған байланыстар', ru: 'Новые связи', en: 'Relations added' },
  removedRelations: { kk: 'Жойылған байланыстар', ru: 'Исчезнувшие связи', en: 'Relations removed' },
  askWhoAppoints: { kk: 'Мұны кім тағайындайды?', ru: 'Кто это назначает?', en: 'Who appoints this?' },
  askAppointees: { kk: 'Бұл кімді тағайындайды?', ru: 'Кого это назначает?', en: 'Whom does this appoint?' },
  askRemovers: { kk: 'Мұны кім қызметтен шығара алады?', ru: 'Кто может это отстранить?', en: 'Who can remove this?' },
  appointsNobody: { kk: 'Бұл күнге ешкімді тағайындамайды.', ru: 'На эту дату никого не назначает.', en: 'Appoints nobody on this date.' },
  nobodyRemoves: {
    kk: 'Бұл күнге ешкім шығара алмайды.',
    ru: 'На эту дату никто не может отстранить.',
    en: 'Nobody can remove it on this date.',
  },
  pathFinder: { kk: 'Байланыс жолы', ru: 'Как связаны', en: 'How are they connected?' },
  pathFrom: { kk: 'Қайдан', ru: 'От', en: 'From' },
  pathTo: { kk: 'Қайда', ru: 'До', en: 'To' },
  findPath: { kk: 'Табу', ru: 'Найти', en: 'Find' },
  noPath: { kk: 'Бұл күнге байланыс жолы жоқ.', ru: 'На эту дату пути нет.', en: 'No path between them on this date.' },
  checks: { kk: 'Тежемелік пен тепе-теңдік', ru: 'Сдержки и противовесы', en: 'Checks and balances' },
  checksCaption: {
    kk: 'Жолдағы тармақ бағандағы тармаққа қатысты не істейді (ұяшықты басыңыз — байланыстар)',
    ru: 'Что ветвь в строке делает в отношении ветви в столбце (нажмите на ячейку, чтобы увидеть связи)',
    en: 'What the branch in the row does to the branch in the column (choose a cell to see the relations)',
  },
  noChecks: {
    kk: 'Бұл күнге тармақаралық байланыс жоқ.',
    ru: 'На эту дату связей между ветвями нет.',
    en: 'No relations between branches on this date.',
  },
  close: { kk: 'Жабу', ru: 'Закрыть', en: 'Close' },
  searchPlaceholder: { kk: 'Атауы бойынша іздеу…', ru: 'Поиск по названию…', en: 'Search by name…' },
  noResults: { kk: 'Ештеңе табылмады.', ru: 'Ничего не найдено.', en: 'Nothing found.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** Puts the interface strings into every element marked `data-i18n`. */
export function translatePage(lang: Lang): void {
  document.documentElement.lang = lang;
  // forEach rather than for…of: the server's type check, which reads this module through its unit
  // test, knows the DOM without its iterables.
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((element) => {
    element.textContent = t(lang, element.dataset.i18n as StringKey);
  });
}

/**
 * "84(3)" as the interface's language cites a provision: "article 84, paragraph 3", "статья 84,
 * пункт 3", "84-бап, 3-тармақ"; a subparagraph after the paragraph.
 */
export function provisionText(article: string, lang: Lang): string {
  const [number, ...parts] = article.split(/[()]+/).filter(Boolean);
  const levels = [t(lang, 'articleNumbered'), t(lang, 'paragraphNumbered'), t(lang, 'subparagraphNumbered')];
  return [number, ...parts].map((part, depth) => levels[Math.min(depth, levels.length - 1)].replace('{n}', part)).join(', ');
}
