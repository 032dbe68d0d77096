/** Plural nouns that make a phrase a group of speakers: "Chinese analysts", "Western diplomats". */
export const groupNouns: ReadonlySet<string> = new Set([
  'analysts', 'experts', 'observers', 'officials', 'diplomats', 'sources', 'scholars', 'critics', 'residents',
  'witnesses', 'lawmakers', 'leaders', 'protesters', 'protestors', 'researchers', 'economists', 'insiders',
  'people', 'police', 'authorities', 'investigators', 'activists', 'commentators', 'academics', 'historians',
  'specialists', 'watchers', 'participants', 'delegates', 'negotiators', 'ministers', 'spokespeople',
  'representatives', 'parties', 'countries', 'nations', 'governments', 'sides', 'members', 'organizers',
  'organisers', 'prosecutors', 'doctors', 'scientists', 'users', 'netizens', 'investors', 'traders', 'voters',
  'politicians', 'senators', 'legislators', 'generals', 'commanders', 'officers', 'soldiers', 'rebels',
  'militants', 'villagers', 'farmers', 'workers', 'students', 'teachers', 'citizens', 'fans', 'players',
  'pundits', 'strategists', 'campaigners', 'advocates', 'bankers', 'executives', 'staff', 'envoys', 'media',
  'chiefs', 'heads', 'spokesmen', 'spokeswomen', 'authorities', 'organizers', 'sources', 'allies', 'partners',
  'astronomers', 'physicists', 'biologists', 'chemists', 'geologists', 'engineers', 'archaeologists',
  'paleontologists', 'palaeontologists', 'climatologists', 'epidemiologists', 'physicians', 'nurses', 'lawyers',
  'judges', 'managers', 'owners', 'employees', 'unions', 'officers', 'troops', 'monitors', 'inspectors', 'auditors',
  'reporters', 'journalists', 'correspondents', 'hosts', 'mediators',
]);

/** Singular nouns for a person known by function: "the expert", "a spokesperson", "the official". */
export const personNouns: ReadonlySet<string> = new Set([
  'expert', 'official', 'chairperson', 'commissioner', 'congressman', 'congresswoman', 'parliamentarian', 'mediator', 'coordinator', 'administrator', 'superintendent', 'sheriff', 'secretary-general', 'director-general', 'under-secretary', 'undersecretary', 'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'diplomat', 'analyst',
  'source', 'researcher', 'scholar', 'professor', 'president', 'leader', 'ambassador', 'envoy', 'chief',
  'head', 'director', 'chairman', 'chairwoman', 'chair', 'secretary', 'adviser', 'advisor', 'aide',
  'economist', 'observer', 'commentator', 'lawmaker', 'legislator', 'senator', 'governor', 'mayor',
  'premier', 'chancellor', 'general', 'commander', 'officer', 'fellow', 'insider', 'witness', 'resident',
  'negotiator', 'representative', 'delegate', 'executive', 'founder', 'author', 'historian', 'academic',
  'specialist', 'strategist', 'journalist', 'reporter', 'editor', 'correspondent', 'judge', 'prosecutor',
  'lawyer', 'attorney', 'doctor', 'scientist', 'member', 'politician', 'man', 'woman', 'person', 'student',
  'teacher', 'activist', 'critic', 'deputy', 'counselor', 'councilor', 'vice-president', 'vice-premier',
  'prime', 'coach', 'player', 'manager', 'ceo', 'owner', 'worker', 'farmer', 'officer', 'agent', 'monarch',
  'king', 'queen', 'prince', 'emir', 'sheikh', 'pope', 'mp', 'legislator', 'counsellor', 'councillor',
  'mother', 'father', 'sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'aunt', 'uncle', 'cousin',
  'grandmother', 'grandfather', 'parent', 'friend', 'teammate', 'colleague', 'neighbour', 'neighbor',
  'partner', 'relative', 'widow', 'fiancee', 'fiancé', 'girlfriend', 'boyfriend', 'lawyer', 'doctor',
  'nurse', 'captain', 'striker', 'goalkeeper', 'athlete', 'gymnast', 'champion', 'chef', 'owner', 'founder',
  'astronomer', 'physicist', 'biologist', 'chemist', 'geologist', 'engineer', 'archaeologist', 'paleontologist',
  'palaeontologist', 'epidemiologist', 'physician', 'surgeon', 'inspector', 'librarian', 'curator', 'principal',
]);

/** Nouns for documents that speak: "a Foreign Ministry readout said", "the statement said". */
export const documentNouns: ReadonlySet<string> = new Set([
  'readout', 'statement', 'report', 'communique', 'communiqué', 'declaration', 'letter', 'document', 'memo',
  'memorandum', 'study', 'survey', 'paper', 'resolution', 'transcript', 'message', 'post', 'tweet', 'article',
  'editorial', 'commentary', 'release', 'notice', 'announcement', 'bulletin', 'briefing', 'speech', 'note',
  'analysis', 'poll', 'assessment', 'filing', 'complaint', 'ruling', 'verdict', 'decree', 'order', 'law',
  'bill', 'draft', 'plan', 'proposal', 'guideline', 'guidelines', 'website', 'summary', 'dispatch',
]);

/** Nouns for institutions spoken of with "the": "the ministry", "the Russian side", "the government". */
export const institutionNouns: ReadonlySet<string> = new Set([
  'ministry', 'government', 'prosecution', 'defence', 'defense', 'prosecutors', 'tribunal', 'side', 'administration', 'kremlin', 'embassy', 'department', 'office', 'agency',
  'committee', 'council', 'commission', 'parliament', 'cabinet', 'army', 'military', 'police', 'court',
  'company', 'firm', 'bank', 'party', 'regime', 'presidency', 'mission', 'consulate', 'organization',
  'organisation', 'union', 'alliance', 'bloc', 'group', 'club', 'university', 'institute', 'center', 'centre',
  'white house', 'state department', 'pentagon', 'foreign ministry', 'country', 'state', 'nation', 'team',
  'federation', 'bureau', 'authority', 'secretariat', 'assembly', 'congress', 'senate', 'duma', 'board',
  'broadcaster', 'newspaper', 'agency', 'outlet', 'tabloid', 'channel', 'network', 'daily',
]);

export const pronouns: Readonly<Record<string, 'm' | 'f' | 'n' | 'p'>> = {
  he: 'm', she: 'f', it: 'n', they: 'p', we: 'p', i: 'p',
};

/** Phrases in an apposition or relative clause that mark a source as anonymous. */
export const anonymityMarkers =
  /\b(?:requested anonymity|asked not to be (?:named|identified)|declined to be (?:named|identified)|on (?:the )?condition of anonymity|spoke anonymously|who (?:was|were) not authori[sz]ed|not authori[sz]ed to speak|anonymous|unnamed|unidentified)\b/i;
