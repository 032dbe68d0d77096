import { placeByWord } from '../lexicon/places.ts';
import {
  anonymityMarkers,
  documentNouns,
  groupNouns,
  institutionNouns,
  personNouns,
  pronouns,
} from '../lexicon/speaker-nouns.ts';
import {
  femaleHonorifics,
  maleHonorifics,
  mediaNames,
  nameParticles,
  organisationWords,
  roleWords,
} from '../lexicon/titles.ts';

export type PhraseKind =
  | 'name'
  | 'pronoun'
  | 'definite'
  | 'indefinite'
  | 'group'
  | 'institution'
  | 'document'
  | 'media';

/** What a noun phrase in speaker position says about its referent. Offsets are relative to the phrase. */
export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The phrase as written, trimmed. */
  text: string;
  /** The phrase without apposition and trailing adverbs or auxiliaries: what names the speaker. */
  core: string;
  /** A person's name when the phrase holds one ("Wang Wenbin", or a bare surname "Wang"). */
  name: string | null;
  nameStart: number;
  nameEnd: number;
  role: string | null;
  affiliation: string | null;
  country: string | null;
  /** Lower-case head noun of a description: "expert", "readout", "ministry", "analysts". */
  head: string | null;
  anonymous: boolean;
  gender: 'm' | 'f' | null;
  /** Pronoun class for pronouns. */
  pronoun: 'm' | 'f' | 'n' | 'p' | null;
}

const determiners = /^(?:the|a|an|one|another|some|many|several|most|other|two|three|four|five|top|both|this|that|these|those)\b/i;
const definiteDeterminers = /^(?:the|this|that|these|those)\b/i;
const trailingAdverbials =
  /(?:\s+(?:in response|in reply|in turn|for (?:his|her|their|its) part|also|too|again|later|further|then|meanwhile|however|separately|himself|herself|themselves|itself|earlier|previously|once|last (?:week|month|year)|earlier this (?:week|month|year)|at the time|at that time|at the same time|in a statement|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|recently|already|repeatedly|publicly|reportedly|officially|explicitly|firmly|once again|never|not|has|have|had|had also|has also|would|will|was|were|is|are))+$/i;
const nameToken = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;
const notNames = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her',
  'Their', 'Its', 'Our', 'But', 'And', 'Or', 'So', 'Yet', 'While', 'When', 'As', 'If', 'In', 'On', 'At', 'For',
  'By', 'With', 'From', 'To', 'Of', 'Also', 'Meanwhile', 'However', 'According', 'After', 'Before', 'Since',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Yesterday', 'Today', 'Tomorrow', 'Under', 'Such', 'Both', 'All', 'Some', 'Many', 'Most', 'Other',
  'Western', 'Eastern', 'Northern', 'Southern', 'Asian', 'European', 'African', 'Arab', 'Middle', 'East',
  'West', 'North', 'South', 'Central', 'Communist', 'Federal', 'National', 'State', 'Republican', 'Democratic',
  'Democrat', 'Labour', 'Conservative', 'Liberal', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr',
]);

const mediaByName = new Set(mediaNames.map((name) => name.toLowerCase()));

export function isMedia(text: string): boolean {
  return mediaByName.has(text.replace(/^the\s+/i, '').trim().toLowerCase());
}

function countryOf(text: string): string | null {
  const words = text.match(/[\p{L}.’'-]+/gu) ?? [];
  for (let index = 0; index < words.length; index++) {
    const two = index + 1 < words.length ? `${words[index]} ${words[index + 1]}` : '';
    const place = (two && placeByWord(two)) || placeByWord(words[index].replace(/-based$/, ''));
    if (place) return place.code;
  }
  return null;
}

/** The country an affiliation names, skipping subjects of study ("Center for Russian Studies"). */
function affiliationCountry(text: string): string | null {
  const cleaned = text.replace(/\b(?:for|on|of)\s+(?:(?:\p{Lu}[\p{L}-]*|and|&)\s+){0,5}(?:Studies|Affairs|Research|Relations|Issues)\b/gu, '');
  const words = cleaned.match(/[\p{L}.’'-]+/gu) ?? [];
  let found: string | null = null;
  for (const word of words) {
    const place = placeByWord(word.replace(/-based$/, ''));
    if (place) found = place.code;
  }
  return found;
}

/** Short organisation names count only in capitals: "UN" is the United Nations, "Un" a name. */
function isOrganisationWord(token: string): boolean {
  const bare = token.replace(/['’]s$/, '');
  const lower = bare.toLowerCase();
  if (!organisationWords.has(lower)) return false;
  return !organisationAbbreviations.has(lower) || bare === bare.toUpperCase();
}

function isOrganisationRun(tokens: readonly string[]): boolean {
  return tokens.some(isOrganisationWord);
}

const organisationAbbreviations = new Set([
  'un', 'eu', 'who', 'ap', 'afp', 'sco', 'nato', 'cpc', 'ccp', 'npc', 'imf', 'wto', 'fbi', 'cia', 'tv', 'ria',
  'cctv', 'cgtn', 'bbc', 'cnn', 'brics', 'asean', 'opec', 'cppcc', 'tass', 'corp', 'inc', 'ltd',
]);

function splitApposition(text: string): { head: string; rest: string[] } {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  const trimmed = parts.map((part) => part.trim()).filter(Boolean);
  return { head: trimmed[0] ?? '', rest: trimmed.slice(1) };
}

/** Splits "an assistant research fellow from the Center for …" into role and affiliation. */
export function roleAndAffiliation(text: string): { role: string | null; affiliation: string | null } {
  const clean = text.replace(/^(?:who|which)\s+(?:is|was|are|were)\s+(?:also\s+)?/i, '').replace(determiners, '').trim();
  const split = /\s+(?:from|at|of|with|for)\s+(?:the\s+)?(?=\p{Lu})/u.exec(clean);
  if (split) {
    const role = clean.slice(0, split.index).trim();
    const affiliation = clean.slice(split.index + split[0].length).trim();
    if (/^[\p{L}\s'’-]+$/u.test(role) && role.split(/\s+/).length <= 6) {
      return { role: role || null, affiliation: affiliation || null };
    }
  }
  return { role: clean || null, affiliation: null };
}

function organisationIn(text: string): string | null {
  const runs = text.match(/(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the)\s+|\s+)?)+/gu) ?? [];
  for (const run of runs) {
    const tokens = run.trim().replace(/['’]s$/, '').split(/\s+/);
    if (isOrganisationRun(tokens)) {
      return run.trim().replace(/['’]s$/, '').replace(/\s+(?:of|for|and|the)$/i, '');
    }
  }
  return null;
}

/** Adjectives ending in -ed that do describe speakers: "informed sources", "unnamed officials". */
const participleAdjectives = new Set([
  'unnamed', 'unidentified', 'informed', 'retired', 'concerned', 'detained', 'elected', 'appointed',
  'respected', 'experienced', 'qualified', 'renowned', 'noted', 'unnamed', 'armed', 'united', 'disgruntled',
]);

/** Verbs that cannot stand inside a speaker phrase: "The Russian president called Xi" is not one. */
const finiteVerbs = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'met', 'held', 'told', 'said', 'says', 'sent', 'gave',
  'made', 'took', 'saw', 'spoke', 'wrote', 'called', 'thanked', 'visited', 'will', 'would', 'can', 'could',
  'did', 'does', 'do', 'became', 'left', 'won', 'lost', 'got', 'see', 'sees', 'meets', 'holds', 'calls',
]);

/** "According to him": object pronouns in speaker position. */
const objectPronouns: Readonly<Record<string, 'm' | 'f' | 'p'>> = { him: 'm', her: 'f', them: 'p' };

const honorificOnly = /^(?:mr|mrs|ms|dr|prof|sir|dame|madam)\.?$/i;

function lastWord(text: string): string {
  return (text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).at(-1) ?? '';
}

/**
 * Reads a noun phrase found in speaker position and says what it refers to. Returns null when the
 * words cannot be a speaker ("It should be", "the talks"), so callers can reject a candidate cue.
 */
export function parseSpeakerPhrase(raw: string): SpeakerPhrase | null {
  const text = raw.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!text || text.length > 220) return null;
  const { head: rawHead, rest } = splitApposition(text);
  // "The conversation came days after the United States": the phrase starts after the subordinator.
  const subordinated = /^.*\b(?:after|before|when|while|since|because|until|once|though|although|(?:came|comes|come|coming)\s+as)\s+(?=(?:the\s+)?\p{Lu})/u.exec(rawHead);
  let head = (subordinated ? rawHead.slice(subordinated[0].length) : rawHead).replace(trailingAdverbials, '').trim();
  if (!head) return null;
  // "Maria Zakharova (Foreign Ministry spokeswoman)": a role in brackets after the name.
  const bracketed = /^(.*?\p{L})\s*\(([^()]{2,80})\)$/u.exec(head);
  if (bracketed && /\p{Ll}/u.test(bracketed[2])) {
    const named = parseSpeakerPhrase(bracketed[1]);
    if (named?.kind === 'name') {
      const role = roleAndAffiliation(bracketed[2]);
      return { ...named, text, role: named.role ?? role.role, affiliation: named.affiliation ?? role.affiliation ?? organisationIn(bracketed[2]), country: named.country ?? countryOf(bracketed[2]) };
    }
  }
  // "A spokesperson for the ministry, Senior Colonel Tan Kefei": the description first, the name after.
  // "spokesperson for Ministry of External Affairs (MEA), Raveesh Kumar": a person noun, then whose.
  const nounFor = /^(\p{L}+)\s+(?:for|of|at|to)\s+\S/u.exec(head);
  const whose = nounFor !== null && personNouns.has(nounFor[1]!.toLowerCase());
  const bareDescription = (/^(?!(?:Her|His|Their|Its|The|A|An|Our|My|Your|One)\b)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}$/u.test(head) && personNouns.has(lastWord(head))) || whose;
  // "the Commissioner for Political Affairs, Peace and Security, Ambassador Bankole Adeoye": a title
  // that itself holds commas, then the name.
  const titleParts = rest.slice(0, -1);
  const titled = titleParts.length > 0 && titleParts.every((part) => /^(?:\p{Lu}[\p{L}'’-]*|and|of|for|the|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|for|the|&)){0,5}$/u.test(part));
  if ((rest.length === 1 || titled) && (bareDescription || /^(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s/iu.test(head))) {
    // "Dinosaur researcher, Paul Barrett," reads as "A dinosaur researcher, Paul Barrett,".
    // An acronym in brackets ("(MEA)") says nothing about who it is.
    const parsedDescription = parseSpeakerPhrase((bareDescription ? `a ${(whose ? nounFor![1]! : head).toLowerCase()}` : head.replace(/^(?:his|her|their|its)\s/i, 'the ')).replace(/\s*\([^)]*\)/g, ''));
    const described = whose && parsedDescription ? { ...parsedDescription, role: head.replace(/\s*\([^)]*\)/g, '') } : parsedDescription;
    const named = parseSpeakerPhrase(rest.at(-1)!);
    if (described && (described.kind === 'indefinite' || described.kind === 'definite') && named?.kind === 'name' && named.name) {
      const offset = text.lastIndexOf(rest.at(-1)!);
      return {
        ...named,
        text,
        nameStart: offset + named.nameStart,
        nameEnd: offset + named.nameEnd,
        role: [[described.role, ...titleParts].filter(Boolean).join(', '), named.role].filter(Boolean).join(', ') || null,
        affiliation: named.affiliation ?? described.affiliation,
        country: named.country ?? described.country,
      };
    }
  }
  const apposition = rest.join(', ');
  const anonymous = anonymityMarkers.test(text);
  const base: SpeakerPhrase = {
    kind: 'name',
    text,
    core: head,
    name: null,
    nameStart: -1,
    nameEnd: -1,
    role: null,
    affiliation: null,
    country: null,
    head: null,
    anonymous,
    gender: null,
    pronoun: null,
  };
  // "Media reports", "Russian press reports": what was reported, credited to the reports themselves.
  const reports = /^(?:the\s+)?((?:(?:some|several|many|recent|earlier|unconfirmed|local|state|official|foreign|western|\p{Lu}[\p{L}-]*)\s+){0,2}(?:media|news|press)\s+reports)$/iu.exec(head);
  if (reports) return { ...base, kind: 'media', head: reports[1], country: countryOf(reports[1]) };
  // "Dr Lisa Jackson of the Kaiser Permanente Research Institute in Seattle", "Rich Magnussen with the
  // Sheriff's Office": a name, then where they work.
  const nameAndWorkplace = /^((?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:of|with|from|at)\s+the\s+(\p{Lu}[^,;]*?)(?:\s+in\s+\p{Lu}[\p{L}'’. -]*)?$/u.exec(head);
  if (nameAndWorkplace) {
    const person = parseSpeakerPhrase(nameAndWorkplace[1]);
    if (person?.kind === 'name' && person.name && !person.role && !person.affiliation) {
      return { ...person, text, core: head, affiliation: nameAndWorkplace[2], country: person.country ?? countryOf(head) };
    }
  }
  // "The head of the department", "the chief of the agency": the one person who runs it, as a
  // description; the head of a ministry or department is its minister (or secretary).
  const runs = /^(?:the|its)\s+(?:head|chief|boss|leader)\s+of\s+(?:the\s+|this\s+|that\s+)?((?:[\p{L}-]+\s+){0,2}(ministry|department|agency|office|service|bureau|commission|committee|delegation|mission|administration))$/iu.exec(head);
  if (runs) {
    return {
      ...base,
      kind: 'definite',
      head: /^(?:ministry|department)$/i.test(runs[2]) ? 'minister' : 'chief',
      role: head.replace(determiners, '').trim(),
      country: countryOf(head),
      affiliation: organisationIn(head),
    };
  }
  // "The FO said": a definite article before an acronym names an institution, not a person.
  const acronym = /^[Tt]he\s+([A-Z]{2,6})$/.exec(head);
  if (acronym) return { ...base, kind: 'institution', head: acronym[1] };
  const lowerHead = head.toLowerCase();
  if (lowerHead in objectPronouns) {
    return { ...base, kind: 'pronoun', pronoun: objectPronouns[lowerHead], head: lowerHead };
  }
  if (lowerHead in pronouns) {
    return { ...base, kind: 'pronoun', pronoun: pronouns[lowerHead], head: lowerHead };
  }
  if (/\b(?:that|which|because|if|whether|when|should|could|would|must|can|may|might|not)\b/i.test(head)) return null;
  if (/[“”"]/.test(head)) return null;
  // "China firmly opposes the US": a verb with its object is a clause, not a speaker.
  if (/\b\p{Ll}{3,}(?:s|ed)\s+(?:the|a|an|its|his|her|their)\s/u.test(head) && !/\b(?:of|as|is|was|has)\s+(?:the|a|an)\s/.test(head.match(/\b\p{Ll}{3,}(?:s|ed)\s+(?:the|a|an|its|his|her|their)\s/u)?.[0] ?? '')) {
    const word = /\b(\p{Ll}{3,}(?:s|ed))\s+(?:the|a|an|its|his|her|their)\s/u.exec(head)?.[1] ?? '';
    if (!participleAdjectives.has(word) && !/(?:ss|us|ics|ies|ers|ists|ysts|ors|ents|ants|ians|ates)$/.test(word)) return null;
  }
  if (/^(?:after|before|right|since|in|on|at|to|from|with|by|for|of|during|amid|following|while|as|when|than|into|about|over|under|between|through|including|and|or|but|so|then|if|although|though|because|where|whose|who|which|what|how|why|despite|not|no)\b/i.test(head) && !/^(?:on behalf)/i.test(head)) return null;
  if (isMedia(head)) return { ...base, kind: 'media', head: head.replace(/^the\s+/i, '') };
  // "Palestinians say", "Israelis and Palestinians": a people, named by its demonym in the plural.
  const people = /^(\p{Lu}\p{Ll}+?)s$/u.exec(head);
  const nation = people ? placeByWord(people[1]!) : undefined;
  if (people && nation?.demonyms.includes(people[1]!)) return { ...base, kind: 'group', head: head.toLowerCase(), role: head, country: nation.code };
  // "Palestinians and much of the international community": a group and part of another.
  if (/^\S.*\s+and\s+(?:much|many|most|some|all|parts?)\s+of\s+the\s+\p{Ll}[\p{L}\s]+$/u.test(head)) return { ...base, kind: 'group', head: 'groups', role: head };
  // "Officials said", "Analysts say": a plural noun, capitalised only because it opens the sentence.
  if (/^\p{Lu}\p{Ll}+$/u.test(head) && groupNouns.has(head.toLowerCase())) {
    return { ...base, kind: 'group', head: head.toLowerCase(), role: head };
  }

  // Coordinated countries or capitals: "China and Russia", "Moscow and Beijing".
  const coordinated = /^(?:both\s+)?([\p{Lu}][\p{L}.]+)(?:\s*,\s*[\p{Lu}][\p{L}.]+)*\s+and\s+([\p{Lu}][\p{L}.]+)$/u.exec(head);
  if (coordinated && placeByWord(coordinated[1]) && placeByWord(coordinated[2])) {
    return { ...base, kind: 'group', head: 'countries' };
  }

  // "the report to the 20th National Congress", "a statement from the ministry": a document named by
  // its head noun, whatever follows it.
  const postmodified = /^(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{L}-]+)\s+(?:to|of|on|from|by|for|issued|released|published)\b/iu.exec(head);
  if (postmodified && documentNouns.has(postmodified[1].toLowerCase())) {
    return { ...base, kind: 'document', head: postmodified[1].toLowerCase(), affiliation: organisationIn(head), country: countryOf(head) };
  }

  // "Researchers using a telescope in Texas": a group described by what follows its noun.
  const leadingGroup = /^(?:(?:the|some|many|several|two|three|four|other|a|an|one)\s+)?(?:[\p{L}&.'’-]+\s+){0,4}?(\p{L}+)\s+(?:using|working|based|involved|behind|led|who|studying|in|familiar|close|knowledgeable|briefed|speaking|with)\b/iu.exec(head);
  if (leadingGroup && groupNouns.has(leadingGroup[1].toLowerCase())) {
    return { ...base, kind: 'group', head: leadingGroup[1].toLowerCase(), role: head, country: countryOf(head) };
  }
  // "a source familiar with the plans", "an official close to the talks": one person described.
  if (leadingGroup && personNouns.has(leadingGroup[1].toLowerCase()) && /^(?:a|an|one|the)\s/i.test(head)) {
    return {
      ...base,
      kind: definiteDeterminers.test(head) ? 'definite' : 'indefinite',
      head: leadingGroup[1].toLowerCase(),
      role: head.replace(determiners, '').trim(),
      country: countryOf(head),
      anonymous: anonymous || /\b(?:familiar|close|knowledgeable|briefed)\b/i.test(head),
    };
  }
  // "officials at NASA's Jet Propulsion Laboratory", "a spokesman for the ministry".
  const withAffiliation = /^((?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ss]enior|[Tt]op)\s+)?((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)\s+(?:at|from|of|for|with|in)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(head);
  // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Sergey Lavrov": a capitalised
  // title with "of" in it, then a name; not an official of an organisation called "State Antony Blinken".
  const titleOf = withAffiliation && !withAffiliation[1] && /^\p{Lu}/u.test(withAffiliation[3]) && new RegExp(`${withAffiliation[3]}\\s+of\\s+\\p{Lu}`, 'u').test(head);
  const namedAfterTitle = titleOf ? parseSpeakerPhrase(withAffiliation[4]) : null;
  const titleThenName = namedAfterTitle?.kind === 'name' && (namedAfterTitle.name?.split(/\s+/).length ?? 0) >= 2 && namedAfterTitle.nameStart > 0;
  if (withAffiliation && !titleThenName && (groupNouns.has(withAffiliation[3].toLowerCase()) || personNouns.has(withAffiliation[3].toLowerCase()))) {
    const noun = withAffiliation[3].toLowerCase();
    const affiliation = withAffiliation[4].replace(/['’]s$/, '');
    const isGroup = groupNouns.has(noun);
    return {
      ...base,
      kind: isGroup ? 'group' : definiteDeterminers.test(head) ? 'definite' : 'indefinite',
      head: noun,
      role: `${withAffiliation[2]}${withAffiliation[3]}`.trim(),
      affiliation,
      country: countryOf(head),
    };
  }

  const tokens = head.split(/\s+/);
  // The capitalised run at the end of the head: a name, an organisation, or a place.
  let runStart = tokens.length;
  while (runStart > 0) {
    const token = tokens[runStart - 1];
    const lower = token.toLowerCase();
    // "Ministry of National Defense", "Center for Russian Studies": connectors inside an organisation's name.
    const isConnector = /^(?:of|for|and|the|on)$/.test(token) && runStart < tokens.length && runStart > 1 && nameToken.test(tokens[runStart - 2]) &&
      tokens.slice(0, runStart - 1).some(isOrganisationWord);
    const isParticle = (nameParticles.has(lower) && runStart < tokens.length && runStart > 1) || isConnector;
    if (nameToken.test(token) || isParticle || /^\(\p{Lu}[\p{L}]*\)$/u.test(token)) runStart--;
    else break;
  }
  // A word ending a sentence ("… on Thursday. Chambers") is not part of the name that follows it.
  for (let index = tokens.length - 2; index >= runStart; index--) {
    if (/^\p{Lu}\p{L}{3,}\.$/u.test(tokens[index]) && !/^(?:Gen|Col|Sgt|Capt|Prof|Supt|Insp)\.$/.test(tokens[index])) {
      runStart = index + 1;
      break;
    }
  }
  const run = tokens.slice(runStart).filter((token) => !/^\(.*\)$/.test(token));
  let before = tokens.slice(0, runStart).join(' ');

  if (run.length > 0 && !/['’]s$/.test(run.at(-1) ?? '')) {
    // Split the run at its last role, place or organisation word: "Russian President | Vladimir Putin".
    let nameFrom = 0;
    run.forEach((token, index) => {
      const lower = token.toLowerCase();
      // "Secretary of State-nominee", "President-elect": the suffix keeps the title a title.
      if (roleWords.has(lower) || placeByWord(token) || isOrganisationWord(token) || notNames.has(token) || /-(?:nominee|designate|elect)$/i.test(token)) {
        nameFrom = index + 1;
      }
    });
    const nameTokens = run.slice(nameFrom);
    const prefixTokens = run.slice(0, nameFrom);
    const onlyPlace = run.length > 0 && placeByWord(run.join(' ')) !== undefined;
    if (onlyPlace && !before.trim()) {
      return { ...base, kind: 'institution', head: run.join(' ').toLowerCase(), country: placeByWord(run.join(' '))?.code ?? null };
    }
    // "Her comments came after EU diplomat Kaja Kallas": the phrase starts after the subordinator.
    const subordinate = /^.*\b(?:after|before|when|while|as|since|because|until|once|if|where|whereas|that)\s+/i.exec(before);
    if (subordinate) before = before.slice(subordinate[0].length);
    const beforeWords = before.split(/\s+/).filter(Boolean);
    const verbInBefore = beforeWords.some(
      (word) => (/^\p{Ll}+ed$/u.test(word) && !participleAdjectives.has(word)) || finiteVerbs.has(word.toLowerCase()),
    );
    if (verbInBefore) return null;
    if (nameTokens.length > 0 && !isOrganisationRun(nameTokens) && nameTokens.every((token) => !notNames.has(token))) {
      const role = [before, prefixTokens.join(' ')].join(' ').replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').trim();
      const fromApposition = apposition && !/^(?:who|which)\b/i.test(apposition) ? roleAndAffiliation(apposition) : null;
      const fromRelative = apposition && /^who\s+(?:is|was)\b/i.test(apposition) ? roleAndAffiliation(apposition) : null;
      const name = nameTokens.join(' ').replace(/[.,]$/, '');
      const nameStart = text.indexOf(name, text.indexOf(head) + before.length);
      const honorific = (prefixTokens.at(-1) ?? before.split(/\s+/).at(-1) ?? '').toLowerCase();
      const roleText = role || fromApposition?.role || fromRelative?.role || null;
      return {
        ...base,
        kind: 'name',
        name,
        nameStart,
        nameEnd: nameStart + name.length,
        role: roleText && !honorificOnly.test(roleText) ? roleText : null,
        affiliation: fromApposition?.affiliation ?? organisationIn(role) ?? fromRelative?.affiliation ?? null,
        country:
          countryOf(role) ?? (fromApposition ? countryOf(fromApposition.role ?? '') ?? affiliationCountry(fromApposition.affiliation ?? '') : null),
        gender: femaleHonorifics.has(honorific) ? 'f' : maleHonorifics.has(honorific) ? 'm' : null,
      };
    }
    if (nameTokens.length === 0 || isOrganisationRun(nameTokens)) {
      // "the Foreign Ministry", "China's Foreign Ministry", "the Kremlin", "Beijing".
      const whole = head.replace(/^(?:the)\s+/i, '');
      if (isOrganisationRun(run) || placeByWord(run.at(-1) ?? '')) {
        const kind = documentNouns.has(lastWord(head)) ? 'document' : 'institution';
        return {
          ...base,
          kind,
          head: lastWord(head),
          affiliation: kind === 'document' ? organisationIn(head) : whole,
          country: countryOf(head),
        };
      }
    }
  }

  // A description: "a top Chinese official", "the expert", "Chinese analysts", "a Foreign Ministry readout".
  const noun = lastWord(head);
  const words = head.split(/\s+/);
  const verbLike = words.some((word) => /^\p{Ll}+ed$/u.test(word) && !participleAdjectives.has(word));
  if (verbLike || /\s(?:about|with|into|onto|upon|talked|says|said)\s/i.test(` ${head} `)) return null;
  // Digits belong to a description as years and counts: "the 2019 report", "17 lawmakers".
  if (!/^[\p{L}\p{N}\s'’.,-]+$/u.test(head) || head.split(/\s+/).length > 10) return null;
  const country = countryOf(head) ?? (apposition ? countryOf(apposition) : null);
  // "Russia's top diplomat" names one person as surely as "the top diplomat" does.
  const definite = definiteDeterminers.test(head) || /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(head);
  if (documentNouns.has(noun)) {
    return { ...base, kind: 'document', head: noun, affiliation: organisationIn(head), country };
  }
  if (groupNouns.has(noun)) {
    return { ...base, kind: 'group', head: noun, country, role: head.replace(determiners, '').trim() };
  }
  if (personNouns.has(noun)) {
    const role = head.replace(determiners, '').trim();
    return {
      ...base,
      kind: definite ? 'definite' : 'indefinite',
      head: noun,
      role,
      country,
      affiliation: organisationIn(head) ?? (apposition ? roleAndAffiliation(apposition).affiliation : null),
    };
  }
  if (institutionNouns.has(noun) || institutionNouns.has(head.toLowerCase().replace(/^the\s+/, ''))) {
    return { ...base, kind: 'institution', head: noun, country, affiliation: organisationIn(head) };
  }
  return null;
}
