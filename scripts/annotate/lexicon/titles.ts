/**
 * Words that describe a person's function rather than name them. A capitalised run such as
 * "Russian President Vladimir Putin" is split at the last of these words: role "Russian President",
 * name "Vladimir Putin".
 */
export const roleWords: ReadonlySet<string> = new Set(
  [
    'president', 'vice', 'prime', 'minister', 'ministers', 'premier', 'chancellor', 'secretary', 'general', 'state',
    'councilor', 'councillor', 'foreign', 'defense', 'defence', 'finance', 'interior', 'deputy', 'spokesperson',
    'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'special', 'representative', 'chairman', 'chairwoman',
    'chair', 'chief', 'director', 'head', 'leader', 'senator', 'sen.', 'rep.', 'representative', 'governor',
    'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'crown', 'pope', 'cardinal',
    'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lt.', 'lieutenant', 'major', 'maj.', 'captain',
    'capt.', 'commander', 'marshal', 'officer', 'official', 'adviser', 'advisor', 'aide', 'counselor',
    'counsellor', 'attorney', 'justice', 'judge', 'professor', 'prof.', 'dr.', 'dr', 'mr.', 'mr', 'mrs.',
    'mrs', 'ms.', 'ms', 'madam', 'sir', 'dame', 'lord', 'lady', 'ceo', 'chief executive', 'founder',
    'executive', 'economist', 'analyst', 'researcher', 'fellow', 'scholar', 'expert', 'editor', 'correspondent',
    'reporter', 'journalist', 'commissioner', 'commission', 'high', 'delegate', 'member', 'speaker', 'lawmaker',
    'legislator', 'mp', 'congressman', 'congresswoman', 'parliamentarian', 'assistant', 'senior', 'junior',
    'top', 'acting', 'former', 'ex-', 'then-', 'incumbent', 'outgoing', 'incoming', 'new', 'permanent',
    'party', 'national', 'security', 'affairs', 'political', 'bureau', 'standing', 'committee', 'central',
    'military', 'commission', 'trade', 'commerce', 'economy', 'economic', 'energy', 'health', 'education',
    'justice', 'culture', 'agriculture', 'transport', 'emergency', 'emergencies', 'information',
    'presidential', 'press', 'secretary-general', 'director-general', 'under-secretary', 'undersecretary',
    'first', 'second', 'lady', 'supreme', 'grand', 'ayatollah', 'imam', 'rev.', 'reverend', 'bishop',
    'diplomat', 'negotiator', 'mediator', 'coordinator', 'administrator', 'superintendent', 'inspector', 'sheriff',
    'pm', 'fm', 'vp', 'ceo', 'cfo', 'coo', 'amb.', 'gen', 'lt', 'sgt', 'cpl', 'pvt', 'insp.', 'det.', 'supt.',
  ],
);

/** Honorifics that mark the next capitalised words as a person's name. */
export const honorifics: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'madam', 'gen.', 'sen.',
  'rep.', 'gov.', 'lt.', 'col.', 'capt.', 'adm.', 'maj.', 'sgt.', 'president', 'minister', 'spokesperson',
  'spokesman', 'spokeswoman', 'ambassador', 'premier', 'chancellor', 'secretary', 'king', 'queen', 'prince',
  'pope', 'sheikh', 'emir',
]);

export const femaleHonorifics: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'madam', 'dame', 'queen', 'princess', 'lady', 'spokeswoman', 'chairwoman', 'congresswoman']);
export const maleHonorifics: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'lord']);

/** Name particles that stay lower-case inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
export const nameParticles: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'al',
  'el', 'y', 'dos', 'das', 'ter', 'ten', 'abu',
]);

/** Words that name organisations; a capitalised run holding one is an institution, not a person. */
export const organisationWords: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'department', 'office', 'agency', 'party', 'council', 'committee', 'commission',
  'university', 'institute', 'institution', 'center', 'centre', 'academy', 'school', 'college', 'foundation',
  'association', 'union', 'organization', 'organisation', 'nations', 'assembly', 'parliament', 'congress',
  'senate', 'duma', 'court', 'bank', 'fund', 'group', 'corporation', 'company', 'corp', 'corp.', 'inc',
  'inc.', 'ltd', 'ltd.', 'news', 'times', 'post', 'journal', 'agency', 'press', 'television', 'tv', 'radio',
  'service', 'services', 'forces', 'army', 'navy', 'embassy', 'consulate', 'mission', 'government',
  'administration', 'cabinet', 'kremlin', 'pentagon', 'club', 'forum', 'summit', 'alliance', 'organisation',
  'bureau', 'board', 'authority', 'authorities', 'secretariat', 'presidency', 'staff', 'chiefs', 'federation', 'league',
  'network', 'daily', 'herald', 'tribune', 'gazette', 'review', 'monitor', 'observer', 'guardian',
  'telegraph', 'express', 'mirror', 'xinhua', 'tass', 'reuters', 'afp', 'ap', 'ria', 'interfax', 'sputnik',
  'cctv', 'cgtn', 'bbc', 'cnn', 'nato', 'un', 'eu', 'sco', 'brics', 'asean', 'opec', 'imf', 'wto', 'who',
  'cpc', 'ccp', 'npc', 'cppcc', 'fbi', 'cia', 'house', 'hall', 'palace', 'headquarters', 'command',
  'program', 'programme', 'project', 'initiative', 'council', 'think', 'tank', 'laboratory', 'lab',
  'library', 'museum', 'hospital', 'clinic', 'church', 'cathedral', 'mosque', 'temple', 'society', 'trust',
  'observatory', 'zoo', 'airport', 'port', 'station', 'store', 'stores', 'firm', 'team', 'club', 'orchestra',
]);

/** Media outlets: when one "reported" or "quoted", it is the medium, not the speaker of the words. */
export const mediaNames: readonly string[] = [
  'TASS', 'Xinhua', 'RIA Novosti', 'RIA', 'Interfax', 'Sputnik', 'RT', 'Reuters', 'AFP', 'Agence France-Presse',
  'AP', 'Associated Press', 'Bloomberg', 'CNN', 'BBC', 'CGTN', 'CCTV', 'Global Times', 'China Daily',
  "People's Daily", 'Kyodo', 'Yonhap', 'Anadolu', 'Al Jazeera', 'Al Mayadeen', 'IRNA', 'Press TV', 'PressTV',
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'Financial Times', 'The Guardian', 'Guardian', 'Kommersant', 'Izvestia', 'Politico',
  'Axios', 'NHK', 'Nikkei', 'South China Morning Post', 'Izvestiya', 'Vedomosti', 'Fox News', 'NBC', 'CBS', 'ABC',
  'the Times', 'The Times', 'Le Monde', 'Der Spiegel', 'Spiegel', 'Tasnim', 'Fars', 'WAM', 'SPA', 'KCNA',
  'India Today', 'NDTV', 'The Hindu', 'Hindustan Times', 'Times of India', 'The Times of India', 'PTI', 'ANI',
  'Dawn', 'Geo News', 'APP', 'Asahi', 'Asahi Shimbun', 'Yomiuri', 'Mainichi', 'Jiji', 'KBS', 'Chosun Ilbo',
  'JoongAng Ilbo', 'Hankyoreh', 'Al Arabiya', 'Arab News', 'Anadolu Agency', 'TRT', 'Mehr', 'ISNA', 'Xinhua News Agency',
  'Valor Economico', 'Folha de S.Paulo', 'Le Figaro', 'Die Welt', 'Bild', 'ARD', 'ZDF', 'Deutsche Welle', 'DW',
  'France 24', 'Euronews', 'Sky News', 'The Economist', 'Newsweek', 'Time', 'TIME', 'CNBC', 'MSNBC', 'NPR',
  'Rossiya 1', 'Channel One', 'RBC', 'Kyiv Independent', 'Ukrinform', 'BelTA', 'Kazinform', 'VNA', 'Bernama',
  'The Straits Times', 'Straits Times', 'CNA', 'Channel NewsAsia', 'Phoenix TV', 'Caixin', 'Xinhua News',
];
