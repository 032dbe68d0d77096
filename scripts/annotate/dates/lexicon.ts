/**
 * Word lists used by the date finder. Kept apart from the matching logic so that adding a month
 * spelling, a tense cue or a false-positive guard is a data change, not a code change.
 * All entries are lower case; lookups lower-case the word first unless a list says otherwise.
 */

/** Weekday names and abbreviations; the value is the JavaScript day number (Sunday = 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Month names and the abbreviations newswires use (AP style "Sept.", "Aug."); value is 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Month names that are also everyday English words ("China may respond", "a march in Kiev").
 * Standing alone they are only read as months when a temporal preposition or modifier comes
 * before them or a day or year number follows.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'dec', 'oct', 'nov', 'feb', 'apr']);

/** Seasons and the first month of each, for resolving "last summer" to a year. */
export const SEASONS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/** Small cardinal numbers written as words, as in "two weeks ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
};

/** Vague amounts ("a few days ago"): resolved to a coarser precision than the unit. */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(['a few', 'few', 'several', 'some', 'a couple of', 'couple of']);

/** Parts of the day that may follow a weekday or "yesterday" without changing the date. */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'noon', 'midday', 'overnight'];

/**
 * Prepositions and leading words that belong to a date expression's text ("on Monday",
 * "at Friday's media briefing", "since 2014"). Multi-word entries are matched as written.
 */
export const LEADING_PREPOSITIONS: readonly string[] = [
  'as early as', 'as of', 'as late as', 'no later than', 'starting', 'beginning',
  'on', 'at', 'in', 'during', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'through', 'throughout', 'over',
];

/** Words before a bare month name that show it is a month ("in May", "early March", "last May"). */
export const MONTH_LEADERS: ReadonlySet<string> = new Set([
  'in', 'on', 'of', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'throughout', 'before', 'after',
  'early', 'late', 'mid', 'last', 'next', 'this', 'coming', 'between', 'and', 'to', 'or', 'that', 'past', 'each',
  'end', 'beginning', 'start', 'middle',
]);

/** Capitalised words after a weekday that make it part of a name ("Sunday Times", "the Monday Club"). */
export const WEEKDAY_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'mirror', 'express', 'post', 'herald', 'tribune', 'club', 'agreement', 'accord', 'accords',
  'massacre', 'school', 'service', 'mail', 'independent', 'sport', 'people', 'star', 'mercury', 'business', 'review',
  'live', 'show', 'league', 'group', 'movement', 'uprising', 'protests', 'revolution', 'march',
]);

/** Capitalised words after a printed date that make it the name of an event ("the May 4th Movement"). */
export const DATE_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'movement', 'agreement', 'agreements', 'accord', 'accords', 'uprising', 'revolution', 'massacre', 'incident',
  'declaration', 'coup', 'group', 'club', 'party', 'square', 'street', 'road', 'avenue', 'bridge', 'stadium',
]);

/** Words before a weekday that name a holiday, an event or a person rather than a date ("Bloody Sunday", "Mr. Sunday"). */
export const WEEKDAY_NAME_LEADERS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'good', 'black', 'bloody', 'super', 'ash', 'easter', 'palm', 'holy', 'cyber', 'maundy', 'shrove', 'whit', 'giving',
  'low', 'great', 'white', 'red', 'blue', 'manic', 'casual', 'friday', 'saturday', 'sunday', 'monday', 'tuesday',
  'wednesday', 'thursday',
]);

/**
 * Words after a four-digit number that show it is a count or a code, not a year
 * ("2000 troops", "Resolution 2231" is handled by YEAR_BLOCKING_LEADERS).
 */
export const YEAR_BLOCKING_FOLLOWERS: ReadonlySet<string> = new Set([
  'percent', 'per', '%', 'troops', 'soldiers', 'people', 'persons', 'men', 'women', 'children', 'members', 'votes',
  'cases', 'deaths', 'dead', 'delegates', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'tons',
  'tonnes', 'dollars', 'yuan', 'euros', 'pounds', 'rubles', 'roubles', 'yen', 'rupees', 'points', 'units', 'vehicles',
  'tanks', 'aircraft', 'planes', 'ships', 'missiles', 'rounds', 'hours', 'minutes', 'seconds', 'days', 'weeks',
  'months', 'years', 'pages', 'words', 'times', 'students', 'workers', 'officials', 'residents', 'refugees',
  'households', 'companies', 'firms', 'barrels', 'square', 'hectares', 'acres', 'mw', 'kw', 'gw', 'mph', 'kph',
]);

/**
 * Words or phrases right before a four-digit number that make it a code or an amount, not a year
 * ("Resolution 2231", "more than 2000"). Matched against the lower-cased words before the number.
 */
export const YEAR_BLOCKING_LEADERS: readonly string[] = [
  'resolution', 'resolutions', 'article', 'section', 'rule', 'flight', 'route', 'no.', 'no', 'number', 'model', 'room',
  'boeing', 'airbus', 'su-', 'mig-', 'type', 'code', 'bill', 'windows', 'tower', 'about', 'some', 'nearly',
  'almost', 'around', 'approximately', 'roughly', 'more than', 'less than', 'fewer than', 'at least', 'at most',
  'up to', 'a total of', 'totalling', 'totaling', 'numbering', '$', '£', '€', '¥', '#',
];

/** Event nouns that make "today's …" a specific day rather than "nowadays" ("today's talks" vs "today's China"). */
export const DATED_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'meeting', 'meetings', 'talks', 'briefing', 'press', 'news', 'conference', 'summit', 'session', 'vote', 'votes',
  'election', 'announcement', 'statement', 'speech', 'address', 'visit', 'call', 'phone', 'ceremony', 'event',
  'attack', 'attacks', 'blast', 'explosion', 'strike', 'strikes', 'incident', 'decision', 'ruling', 'hearing',
  'debate', 'interview', 'report', 'parade', 'launch', 'test', 'game', 'match', 'race', 'protest', 'protests',
  'rally', 'march', 'deadline', 'edition', 'issue', 'editorial', 'column', 'remarks', 'comments', 'agreement',
  'deal', 'signing', 'opening', 'closing', 'trading', 'market', 'markets', 'unveiling', 'verdict',
  'sentencing', 'trial', 'funeral', 'inauguration', 'swearing', 'poll', 'polls', 'referendum', 'regular', 'daily',
  'routine', 'weekly', 'scheduled', 'planned', 'emergency', 'first', 'second', 'final', 'late', 'early',
]);

/**
 * Words that end a possessive date's noun phrase ("at Friday's media briefing, Wang said"):
 * function words, auxiliaries and common reporting verbs.
 */
export const PHRASE_STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'that', 'which',
  'who', 'whom', 'whose', 'as', 'than', 'between', 'about', 'after', 'before', 'during', 'into', 'over', 'under',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'do', 'does', 'did', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'said', 'says', 'told', 'when', 'where', 'while', 'if', 'also', 'not', 'there', 'this',
  'these', 'those', 'up', 'out', 'off', 'said', 'saying', 'added', 'noted', 'stressed', 'urged',
]);

/** Words that open a new clause: a cue beyond them is weaker evidence than one before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ',', 'after', 'before', 'while', 'when', 'but', 'and', 'because', 'although', 'though', 'whereas', 'until', 'as',
  'which', 'who', 'where', 'that',
]);

/** Auxiliaries and particles that can sit inside a verb group ("will also be held"). */
export const VERB_GROUP_FILLERS: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'not', 'never', 'also', 'still', 'already', 'just', 'reportedly', 'officially', 'formally',
  'then', 'again', 'now', 'only', 'even', 'both', 'all', 'jointly', 'briefly', 'finally', 'first', 'later', 'earlier',
]);

/** Cues that put what follows in the future. */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', "won't", 'wont', 'scheduled', 'slated', 'upcoming', 'forthcoming', 'planned', 'plans',
  'plan', 'planning', 'expected', 'expects', 'intends', 'intend', 'aims', 'due', 'next', 'coming',
  'pending', 'proposed', 'awaited', 'ahead',
]);

/**
 * Cues that put what follows in the future only when "to" follows them ("is set to meet",
 * "is going to visit"): on their own they are ordinary verbs.
 */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'going', 'is', 'are', 'am', 'hopes', 'hope', 'wants', 'want']);

/**
 * Verbs that, after "to", name a planned event ("a programme to run through June", "plans to visit
 * on Sunday"). A closed list, because "to" before a noun ("returned to power on Monday") says
 * nothing about tense.
 */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'meet', 'visit', 'hold', 'host', 'attend', 'sign', 'discuss', 'travel', 'run', 'begin', 'start', 'open', 'close',
  'launch', 'vote', 'decide', 'announce', 'resume', 'end', 'return', 'arrive', 'leave', 'address', 'deliver',
  'become', 'join', 'convene', 'chair', 'present', 'publish', 'release', 'unveil', 'review',
  'consider', 'debate', 'ratify', 'approve', 'receive', 'welcome', 'tour', 'fly', 'head', 'go', 'come', 'lead',
  'continue', 'conclude', 'finish', 'complete', 'expire', 'last', 'stay', 'remain', 'talk', 'speak', 'testify',
  'appear', 'face', 'stand', 'hear', 'rule', 'issue', 'submit', 'file', 'introduce', 'implement', 'enter', 'take',
]);

/** Auxiliaries of a future reported from the past ("said he would visit on Friday"): direction unknown. */
export const FUTURE_IN_PAST_CUES: ReadonlySet<string> = new Set(['would', "'d"]);

/**
 * Past verbs that look forward when "to" follows ("agreed to meet on Friday"): a date after them
 * may fall either side of publication. A date before them ("On Oct. 5, OPEC+ agreed to cut") dates
 * the agreement itself, which is past.
 */
export const PLANNING_VERBS: ReadonlySet<string> = new Set([
  'agreed', 'decided', 'promised', 'pledged', 'vowed', 'threatened', 'invited', 'offered', 'proposed', 'planned',
  'asked', 'urged', 'called', 'announced', 'hoped', 'wanted', 'intended', 'prepared', 'arranged',
]);

/** Irregular past-tense verbs and past auxiliaries common in news reports. */
export const PAST_CUES: ReadonlySet<string> = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'met', 'held', 'made', 'took',
  'gave', 'came', 'went', 'saw', 'spoke', 'wrote', 'left', 'began', 'sent', 'won', 'lost', 'led', 'brought', 'thought',
  'found', 'became', 'got', 'fell', 'rose', 'struck', 'sought', 'paid', 'kept', 'meant', 'stood', 'shot', 'ran',
  'flew', 'fought', 'chose', 'drew', 'broke', 'spent', 'felt', 'heard', 'knew', 'grew', 'threw', 'bought', 'caught',
  'taught', 'sold', 'sat', 'understood', 'arose', 'forgot', 'swore', 'withdrew', 'undertook', 'overtook', 'rang',
  'sank', 'spoken', 'written', 'taken', 'given', 'seen', 'gone', 'done', 'shown', 'known', 'begun', 'won', 'hit',
  'earlier', 'previously', 'since', 'already', 'ended', 'laid', 'lit', 'slid', 'fled',
  'bore', 'beat', 'bid', 'cast', 'cut', 'dealt', 'dug', 'fed', 'forbade', 'froze', 'hid', 'hung', 'lay', 'lent',
  'misled', 'mistook', 'outlined', 'quit', 'rode', 'sped', 'split', 'spread', 'stole', 'stuck', 'stung', 'swept',
  'swam', 'tore', 'woke', 'wore', 'wound', 'upheld', 'overturned', 'reiterated', 'recalled', 'released', 'said:',
]);

/** Present-tense reporting verbs and auxiliaries ("says", "is"): resolved to the nearest date. */
export const PRESENT_CUES: ReadonlySet<string> = new Set([
  'says', 'say', 'tells', 'is', 'are', 'am', 'has', 'have', 'does', 'do', 'today', 'now', 'currently', 'meets',
  'holds', 'visits', 'arrives', 'begins', 'starts', 'opens', 'marks', 'hosts', 'takes',
]);

/**
 * Words ending in "-ed" that are not past-tense verbs, so they must not be read as past cues.
 * Participles that introduce a future ("scheduled", "expected") are in FUTURE_CUES and win first.
 */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'united', 'red', 'need', 'indeed', 'speed', 'feed', 'seed', 'breed', 'bed', 'hundred', 'embed', 'shed', 'wed',
  'armed', 'based', 'alleged', 'limited', 'advanced', 'detailed', 'concerned', 'supposed', 'related', 'interested',
  'experienced', 'qualified', 'sophisticated', 'talented', 'renowned', 'unprecedented', 'unexpected', 'unnamed',
  'so-called', 'named', 'called', 'ahmed', 'mohammed', 'muhammed', 'mohamed', 'hamed', 'saeed', 'rasheed', 'fahd',
  'sacred', 'naked', 'wicked', 'beloved', 'learned', 'aged', 'skilled', 'biased', 'blessed', 'devoted', 'dedicated',
  'complicated', 'heated', 'elected', 'appointed', 'designated', 'proposed', 'planned', 'scheduled', 'expected',
  'disputed', 'contested', 'occupied', 'annexed', 'divided', 'integrated', 'coordinated', 'unified', 'combined',
  'joint', 'registered', 'licensed', 'listed', 'reported',
]);

/** Abbreviations whose full stop does not end a sentence. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'rep', 'sen', 'gov', 'st', 'jr', 'sr', 'vs',
  'no', 'u.s', 'u.n', 'u.k', 'e.u', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'approx', 'est', 'etc', 'i.e', 'e.g',
]);

/** News agencies seen in datelines ("MOSCOW, Oct. 23 (Xinhua) --"). Any capitalised name is accepted too. */
export const NEWS_AGENCIES: readonly string[] = ['Xinhua', 'Reuters', 'AP', 'AFP', 'TASS', 'UPI', 'dpa', 'IANS', 'PTI', 'Kyodo', 'Yonhap', 'ANI', 'CNA', 'RIA Novosti', 'Sputnik', 'Bernama', 'Anadolu'];
