import type { Quote } from '../02-quotes/find-quotes.ts';
import { parseSpeakerPhrase, type SpeakerPhrase } from '../04-speakers/parse-speaker-phrase.ts';
import { personNouns } from '../lexicon/speaker-nouns.ts';
import {
  allCueForms,
  callCue,
  cueByForm,
  cueVerbs,
  participleCues,
  invertibleCues,
  quoteOnlyObjectVerbs,
  speechActObjectVerbs,
  type CueVerb,
} from '../lexicon/cue-verbs.ts';

/** How the speaker and the words are arranged around the cue. */
export type AttributionPattern =
  | 'subject-first' // Wang Wenbin said (that) …
  | 'trailing' // …, Wang said.
  | 'inverted' // …, said Wang Yi.
  | 'according-to' // According to X, … / …, according to X.
  | 'quoted-as-saying' // …, the report quoted Putin as saying.
  | 'verbless' // …, the country's top foreign policy official Yang Jiechi.
  | 'participle' // …, noting that … / Peskov dismissed the reports, saying: “…”
  | 'parenthetical'; // On 18 March, she said, the two sides …

export interface Attribution {
  pattern: AttributionPattern;
  /** The cue as written ("said", "according to", "quoted … as saying"); empty for `verbless`. */
  cue: string;
  lemma: string;
  cueStart: number;
  cueEnd: number;
  speaker: SpeakerPhrase;
  /** Offsets of the speaker phrase in the text. */
  speakerStart: number;
  speakerEnd: number;
  /** The reported words, before classification into direct/indirect/mixed. */
  contentStart: number;
  contentEnd: number;
  /** A medium in the same attribution: "TASS reported", "according to a Foreign Ministry readout". */
  via: { text: string; start: number; end: number } | null;
  /** A second quote after an interrupting attribution: `"We will," he said, "never accept it."` */
  continuation: Quote | null;
  /** For a participle ("…, noting that …") or a second verb ("… and warned that …"): the attribution
   * whose speaker it shares, or null when the speaker is the subject of the sentence. */
  host: Attribution | null;
}

const participlePattern = new RegExp(
  `(?:,["”’']?|\\s[–—]|\\s(?=while\\s)|(?<=\\b(?:statement|report|message|post|letter|video|remarks|interview|readout|communiqu[eé]|note|release|tweet|briefing)\\b[^,.;]{0,40})\\s(?=(?:saying|stating|noting|adding)\\s+(?:that\\b|:)))\\s*(?:and\\s+|while\\s+)?(${Object.keys(participleCues).map((form) => form.replace(/ /g, '\\s+')).join('|')})\\b`,
  'g',
);
/** A form of "be" just before a participle cue makes it passive: "was also asked", "were told". */
const passiveBefore = /\b(?:was|were|is|are|been|being|be)(?:\s+(?:also|then|later|again|reportedly|repeatedly|never|not|often|once|first|previously))*\s+$/i;
/** Verbs of answering, whose object may be the claim answered. */
const replyCues = new Set(['respond', 'reply', 'answer', 'comment', 'react']);
/** "to media reports that …", "on claims that …": what a reply answers. */
const replyTopic = /\b(?:to|on)\s+(?:(?:the|these|those|such|recent|earlier|new|some|media|press|news|western|foreign|unconfirmed|\p{Lu}[\p{L}.-]*)\s+){0,3}(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation|rumou?rs?|assertions?|comments?|remarks?)\s*$/iu;
/** Whether a sentence has a participle cue at all: most have none, and the pattern above is slow to say so. */
const participleWord = new RegExp(`\\b(?:${Object.keys(participleCues).map((form) => form.replace(/ /g, '\\s+')).join('|')})\\b`);
/** Words after "state" that make it a noun or an adjective ("state broadcaster", "state government"), not the verb. */
const nounsAfterState = 'broadcaster|media|television|tv|news|agency|department|council|visit|secretary|dinner|banquet|funeral|owned|run|controlled|affiliated|of|and|or|actors?|officials?|companies|firms|enterprises|capitalism|security|governments?|legislatures?|level|budgets?|funding|spending|laws?|agenc(?:y|ies)|authorit(?:y|ies)|elections?|power|secrets?|sponsor(?:ed|s)?|property|assets|banks?|capacity|sovereignty|lines|borders?|parties|party|leaders?';
const nounAfterState = new RegExp(`^[\\s-]+(?:${nounsAfterState})\\b`, 'i');
/** "He urged Kiev to …, and warned that …": a second cue verb of the same subject ends the first's words. */
const coordinatedCue = new RegExp(`,?\\s+(?:and|but)\\s+(?:(?:he|she|they|it|we)\\s+)?(?:also\\s+)?(?:${allCueForms.filter((form) => !['continued', 'called on', 'calls on', 'called', 'calls'].includes(form)).map((form) => form.replace(/ /g, '\\s+')).join('|')})\\b(?![\\s-]+(?:${nounsAfterState})\\b)`);
/** "…, the authors of which reported", "…, who said": a relative clause with a cue of its own. */
const relativeCue = new RegExp(`\\b(?:which|who|whom)\\s+(?:also\\s+|had\\s+|have\\s+|has\\s+)?(?:${allCueForms.map((form) => form.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const cuePattern = new RegExp(`\\b(?:${allCueForms.map((form) => form.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');
const introAdverbial =
  /^(?:(?:one|two|three|a|several|just|only|hours|days|minutes|weeks|months)\s+(?:\w+\s+)?(?:after|before|ago|later|earlier)\b|meanwhile|elsewhere\b|although\b|though\b|even though\b|because\b|unless\b|whereas\b|if\b|however|moreover|furthermore|finally|firstly|secondly|thirdly|lastly|additionally|in addition|in this regard|in that regard|similarly|likewise|in particular|notably|specifically|besides|nonetheless|nevertheless|overall|importantly|crucially|regarding\b|concerning\b|as for\b|as to\b|with regard to\b|separately|earlier|later|yesterday|today|last\s+\w+|this\s+\w+|a\s+(?:week|day|month|year)\s+ago|\w+\s+(?:days|weeks|months|years)\s+ago|on\s+\S+|in\s+\S+|at\s+\S+|for\s+(?:his|her|their|its)\s+part|while\b|when\b|as\b|after\b|before\b|during\b|since\b|speaking\b|asked\b|addressing\b|responding\b|commenting\b|in\s+response|under\b|amid\b|following\b|according\b|but\b|and\b|still\b|instead\b|now\b|then\b|again\b|\p{Lu}\p{L}+day\b)/iu;
/** Cues followed by the person spoken to: "told reporters", "informed her", "assured Kiev". */
const audienceCues = new Set(['tell', 'inform', 'assure', 'remind']);

/** Cues that attribute only quotations when they trail: `"…," he replied.` */
const quoteOnlyTrailing = new Set(['respond', 'reply', 'answer', 'ask', 'question', 'recall', 'observe', 'continue', 'conclude', 'comment', 'remark']);

/** Cues whose bare object is data, not words: "predicted revenue to hit …" (a that-clause is needed). */
// "agreed that …" is speech; "agreed to …", "agreed on …" are acts.
const requiresThat = new Set(['rule', 'agree', 'predict', 'estimate', 'indicate', 'suggest', 'reveal', 'disclose', 'report', 'continue', 'respond', 'reply', 'answer', 'post', 'tweet']);

/** Material allowed between a cue and the reported clause: time, place, occasion, audience. */
const adjunct =
  /^\s*(?:,\s*)?(?:(?:on|at|in|during|after|before|from|via|through|to|with|while|by|for|over|following|amid|ahead\s+of|upon|despite|earlier|later|late|early|yesterday|today|tonight|last|this|recently|publicly|separately|also|again|repeatedly|once|previously|further|firmly|explicitly|clearly|citing|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:[^;:"“”]|(?<=\d):(?=\d\d)){0,120}?)(?=,?\s+that\b|\s*[:,]\s*["“])/i;
const audience =
  /^\s+(?:(?:him|her|them|us|me|you|media|press|reporters|journalists)\b|(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,6}(?:programme|program|show|podcast|newspaper|channel|magazine|radio|television|agency)\b|(?:the\s+)?(?:state(?:-run)?\s+|official\s+|private\s+|local\s+|national\s+)?(?:newspaper|daily|weekly|broadcaster|radio|television|channel|magazine|news\s+agency|agency|outlet|website|portal)\s+(?:[\p{Lu}][\p{L}'’.-]*\s*){1,5}|(?:the\s+)?(?:(?:visiting|outgoing|incoming|fellow)\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*(?:\.(?=\s))?|da|de|do|dos|van|von|der|bin|al)(?:\s+|(?=[:,]))){1,8}|(?:(?:the|a|some|foreign|local|visiting|western|chinese|russian|american)\s+)?\p{Ll}+(?:ers|ists|ysts|ors|ents|ants|ives|ians|ates|ees|ies)\b|reporters|journalists|the\s+(?:press|media|audience|parliament|assembly|conference|forum|meeting|crowd|summit|council|committee)|state\s+(?:media|television|TV|broadcaster\s+\S+)|lawmakers|parliament|an?\s+(?:[\w-]+\s+){0,3}(?:conference|briefing|forum|meeting|audience|interview|crowd|gathering|reporter|journalist)|(?:his|her|their)\s+(?:\w+\s+){0,2}\w+)/u;

/** What may follow the cue of a trailing attribution: nothing, or time, place, audience, medium. */
const adjunctStart =
  /^\s*(?:,|(?:a|one|two|three|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|on|at|in|to|of|about|for|during|after|before|upon|following|amid|while|from|via|through|with|without|(?:last|this)\s+(?:week|month|year|morning|afternoon|evening|night|weekend)|yesterday|today|tonight|earlier|later|late|early|overnight|recently|also|then|again|told|when|as|according|citing|adding|referring|speaking|here|there|in|\p{Lu}|$)/u;
/** An introductory time adverbial that is not part of the reported words: "Yesterday, …". */
const dateIntro =
  /^(?:yesterday|today|earlier|later|on\s+\p{L}+day|(?:last|this|next)\s+\p{L}+|an?\s+(?:week|day|month|year|few\s+days)\s+ago|\p{L}+\s+(?:days|weeks|months|years)\s+ago|on\s+\p{Lu}\p{L}*\.?\s+\d{1,2}|in\s+\p{Lu}\p{L}+)$/iu;

const sentenceEndPunctuation = /[\s.!?;:]+$/;

interface Context {
  text: string;
  start: number;
  end: number;
  quotes: readonly Quote[];
}

function insideQuote(context: Context, index: number): Quote | undefined {
  return context.quotes.find((quote) => index >= quote.open && index < quote.close);
}

/** Moves a content start past an opening time adverbial ("Yesterday, China was ready …"). */
function skipDateIntro(text: string, start: number, end: number): number {
  const comma = text.indexOf(',', start);
  if (comma === -1 || comma >= end) return start;
  if (!dateIntro.test(text.slice(start, comma).trim())) return start;
  let next = comma + 1;
  while (next < end && /\s/.test(text[next])) next++;
  return next;
}

/** An attribution with no medium, second quotation or host unless they are given. */
function attribution(
  fields: Omit<Attribution, 'via' | 'continuation' | 'host'> & Partial<Pick<Attribution, 'via' | 'continuation' | 'host'>>,
): Attribution {
  return { via: null, continuation: null, host: null, ...fields };
}

/** Offsets of `inner` trimmed of spaces and commas at both ends. */
function trimSpan(text: string, start: number, end: number, trailing = /[\s,;:]$/): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && trailing.test(text[end - 1])) end--;
  return [start, end];
}

/** The end of a clause: the sentence end less its closing punctuation (not a closing quote mark). */
function clauseEnd(context: Context): number {
  let end = context.end;
  const tail = sentenceEndPunctuation.exec(context.text.slice(context.start, end));
  if (tail) end -= tail[0].length;
  return end;
}

function phraseAt(text: string, start: number, end: number): { phrase: SpeakerPhrase; start: number; end: number } | null {
  let [from, to] = trimSpan(text, start, end, /[\s,;:.]$/);
  while (from < to && /["“”‘’'\s]/.test(text[from])) from++;
  const conjunction = /^(?:and|but|yet|so|while|whereas|though|although|because|since|as|when|if|after|before|until|once)\s+(?=(?:he|she|they|it|we|the|on|at|in|\p{Lu}))/iu.exec(text.slice(from, to));
  if (conjunction) from += conjunction[0].length;
  const time = /^(?:on|at|in|during|last|this|earlier|later)\s+\S+\s+(?=(?:he|she|they|we)\b)/i.exec(text.slice(from, to));
  if (time) from += time[0].length;
  // "…, after which U.S. officials said …": the relative opening is not part of the speaker.
  const relative = /^(?:after|before|following|during|in|at|by)\s+which\s+/i.exec(text.slice(from, to));
  if (relative) from += relative[0].length;
  if (to - from < 1) return null;
  const phrase = parseSpeakerPhrase(text.slice(from, to));
  return phrase ? { phrase, start: from, end: to } : null;
}

/** The speaker fields of an attribution, from a phrase found in the text. */
function spokenBy(found: { phrase: SpeakerPhrase; start: number; end: number }): Pick<Attribution, 'speaker' | 'speakerStart' | 'speakerEnd'> {
  return { speaker: found.phrase, speakerStart: found.start, speakerEnd: found.end };
}

/** Splits text on top-level commas (outside quotes and brackets), returning segment offsets. */
function commaSegments(context: Context, from: number, to: number): Array<[number, number]> {
  const segments: Array<[number, number]> = [];
  let depth = 0;
  let segmentStart = from;
  for (let index = from; index < to; index++) {
    const char = context.text[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /^\s(?:--|—|–)\s/.test(context.text.slice(index - 1, index + 3)) && !insideQuote(context, index)) {
      // " -- and on Wednesday he warned …": a dash set off by spaces ends a clause as a comma does.
      segments.push([segmentStart, index]);
      segmentStart = index + (context.text[index] === '-' ? 2 : 1);
    } else if (char === ',' && depth === 0) {
      const quote = insideQuote(context, index);
      if (!quote) {
        segments.push([segmentStart, index]);
        segmentStart = index + 1;
      } else if (quote.close === index + 2 && quote.close <= to) {
        // A comma inside the closing mark ends the clause too: `… dreading fire,” she said`.
        segments.push([segmentStart, index + 2]);
        segmentStart = index + 2;
      }
    }
  }
  segments.push([segmentStart, to]);
  return segments;
}

/**
 * The subject of a cue that follows it: "Cui Heng, an assistant research fellow …, told".
 * The subject must start the clause: the sentence start, or after an introductory adverbial or
 * subordinate clause that ends in a comma.
 */
function subjectBefore(context: Context, cueStart: number): { phrase: SpeakerPhrase; start: number; end: number } | null {
  // "Russia's foreign minister, Sergei Lavrov, has said …": the auxiliary is not part of the subject.
  const auxiliary = /,?(?:\s(?:has|have|had|also|has also|have also|had also|would|will|once again|again|had earlier|has repeatedly))+\s*$/i.exec(context.text.slice(context.start, cueStart));
  if (auxiliary && /,\s*(?:has|have|had)/i.test(auxiliary[0])) cueStart -= auxiliary[0].length - (auxiliary[0].startsWith(',') ? 1 : 0);
  const segments = commaSegments(context, context.start, cueStart);
  const last = segments.length - 1;
  const text = context.text;
  const segmentText = ([from, to]: [number, number]): string => text.slice(from, to).trim();
  const startsClause = (index: number): boolean =>
    index === 0 ||
    /^\s*(?:but|and|yet|so|while|whereas|though|although)\s/i.test(text.slice(...segments[index])) ||
    // "…, as the top diplomat vowed …": a subordinate clause with a subject of its own.
    /^\s*(?:as|even as|when|after|before|because)\s+(?:he|she|they|the\s|\p{Lu})/u.test(text.slice(...segments[index])) ||
    // "…, an article in which he called for “pragmatism”": the relative clause has a subject of its own.
    /^\s*(?:in|at)\s+which\s+(?:he|she|they)\s/i.test(text.slice(...segments[index])) ||
    segments.slice(0, index).every(([from, to], position) => {
      const words = text.slice(from, to).trim();
      return isIntroductory(words, from === context.start) || (position > 0 && /^(?:which|who|whose|where)\b/i.test(words)) ||
        // "Concerning Russia's special envoy, Kirill Dmitriev's visit to the US, the spokesman said": an apposition
        // to the introductory phrase, with no verb of its own.
        (position > 0 && prepositionalIntro.test(text.slice(...segments[position - 1]).trim()) && words.split(/\s+/).length <= 12 &&
          !/\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says|\p{Ll}+ed)\b/u.test(words));
    });

  // "… the health of chief executive officer Steve Jobs, who said a week ago he would …", "… the
  // material of the Financial Times, the authors of which reported …": the relative pronoun stands
  // for the name that ends the words before it.
  const relative = last >= 1 ? /^(?:who|(?:the\s+)?(?:authors?|editors?|writers?|staff|reporters?)\s+of\s+which|whose\s+(?:authors?|editors?|reporters?))$/i.exec(segmentText(segments[last])) : null;
  if (relative) {
    const [from, to] = segments[last - 1];
    const name = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*\s*$/u.exec(text.slice(from, to));
    const found = name ? phraseAt(text, from + name.index, to) : null;
    const person = /^who$/i.test(relative[0]);
    return found && (person ? found.phrase.kind === 'name' : found.phrase.kind === 'media' || found.phrase.kind === 'institution') ? found : null;
  }
  if (segmentText(segments[last]) !== '') {
    const opens = startsClause(last) || afterClosingQuote(context, segments[last][0]);
    const whole = opens ? phraseAt(text, segments[last][0], segments[last][1]) : null;
    if (whole) return whole;
    // "The talks dragged into an extra day as the French hosts said they …": a clause of its own,
    // opened by a conjunction, with its subject right before the cue.
    const [from, to] = segments[last];
    const subordinate = /\b(?:as|because|since|while|when|whereas|although|though)\s+((?:the|a|an|\p{Lu})[^,;:"“”]{0,80})$/u.exec(text.slice(from, to));
    if (subordinate) {
      const found = phraseAt(text, from + subordinate.index + subordinate[0].length - subordinate[1].length, to);
      if (found && ['name', 'definite', 'group', 'institution', 'indefinite'].includes(found.phrase.kind)) return found;
    }
    if (opens) return null;
    // "A spokesperson for the ministry, Senior Colonel Tan Kefei, stated": description, then name.
    if (last >= 1 && startsClause(last - 1)) {
      const combined = phraseAt(text, segments[last - 1][0], segments[last][1]);
      if (combined?.phrase.kind === 'name') return combined;
    }
    return null;
  }
  // "Name, apposition(, apposition), cue": the head is the first segment that starts the clause.
  for (let head = last - 2; head >= Math.max(0, last - 3); head--) {
    if (!startsClause(head)) continue;
    const candidate = phraseAt(text, segments[head][0], segments[last - 1][1]);
    if (candidate && (candidate.phrase.kind === 'name' || candidate.phrase.kind === 'indefinite' ||
      candidate.phrase.kind === 'definite' || candidate.phrase.kind === 'group' || candidate.phrase.kind === 'institution' ||
      candidate.phrase.kind === 'pronoun')) {
      return candidate;
    }
  }
  return null;
}

function afterClosingQuote(context: Context, index: number): boolean {
  const before = context.text.slice(context.start, index).trimEnd();
  return /["”’']$/.test(before) && context.quotes.some((quote) => quote.close === context.start + before.length);
}

const prepositionalIntro = /^(?:together\s+with|along\s+with|alongside|for|in|on|at|during|after|before|amid|despite|with|without|under|over|by|from|since|until|regarding|concerning|about|following|throughout|within|ahead of|as part of|as for|beyond|against|among|between|like|unlike)\b/i;

function isIntroductory(segment: string, atSentenceStart: boolean): boolean {
  if (!segment) return false;
  // "And on Monday, …" is an introduction; "And it shows no signs of slowing, …" is a clause.
  const conjunction = /^(?:and|but)\s+/i.exec(segment);
  if (conjunction) return isIntroductory(segment.slice(conjunction[0].length), false);
  if (introAdverbial.test(segment)) return true;
  // "For the current quarter, …", "About the situation in Sudan, …": a short prepositional phrase.
  if (prepositionalIntro.test(segment) &&
    segment.split(/\s+/).length <= 12) return true;
  if (/^(?:also\s+)?\p{L}+ing\b/iu.test(segment) && atSentenceStart) return true;
  // A quote that opens the sentence before an interrupting attribution is not an introduction.
  return atSentenceStart && /^(?:[\p{Lu}][\p{L}'’-]*\s+)?(?:ago|later|earlier)$/u.test(segment);
}

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH_DAY = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}';

/** Where the reported words start after a cue in a subject-first attribution, or -1. */
function contentStartAfter(context: Context, cue: CueVerb, cueEnd: number): { start: number; kind: 'clause' | 'object' | 'infinitive' } | null {
  const text = context.text;
  const end = clauseEnd(context);
  let cursor = cueEnd;
  if (audienceCues.has(cue.lemma)) {
    const object = audience.exec(text.slice(cursor, end));
    // "reminded that …" may leave out whom it reminds; "told that …" may not.
    if (!object && !(cue.lemma === 'remind' && /^\s+that\b/i.test(text.slice(cursor, end)))) return null;
    cursor += object?.[0].length ?? 0;
  }
  const rest = text.slice(cursor, end);
  // "said at Friday's media briefing that …", "said on Monday: "…""
  const skipped = adjunct.exec(rest);
  // "commented on the material of the Financial Times, the authors of which reported that …": an
  // adjunct does not run over another cue; the "that" after it is that cue's.
  if (skipped && skipped[0].trim() && !relativeCue.test(skipped[0])) cursor += skipped[0].length;
  else if (skipped && skipped[0].trim()) return null;
  let after = text.slice(cursor, end);
  // "responded on Monday to reports that China …, “Co-operation …”": the reports' claim is what is
  // answered, not the answer; the answer is the quotation after it, if any.
  if (replyCues.has(cue.lemma) && skipped && replyTopic.test(skipped[0])) {
    const reply = /^\s*that\b[^“"]*?[,:]\s*(?=["“])/.exec(after);
    return reply ? { start: cursor + reply[0].length, kind: 'clause' } : null;
  }
  // "expressed confidence that the draft …": the feeling's that-clause is what was said.
  if (cue.lemma === 'express') {
    const feeling = /^\s+(?:(?:his|her|their|its|the|some|strong|growing)\s+)?(?:confidence|hope|belief|concern|fears?|regret|optimism|doubts?|satisfaction|conviction)\s+that\b\s*/i.exec(after);
    if (feeling) return { start: cursor + feeling[0].length, kind: 'clause' };
  }
  // "repeated India's stance that …", "reiterated its position that …": the clause is what was said.
  const stance = /^\s+(?:(?:his|her|their|its|the|our|\p{Lu}[\p{L}-]*['’]s)\s+)?(?:(?:long-standing|longstanding|official|firm|earlier|previous)\s+)?(?:stance|position|view|belief|assertion|claim|call|commitment|warning|argument|assessment|demand|conviction)(?=\s+that\b)/iu.exec(after);
  if (stance) {
    cursor += stance[0].length;
    after = text.slice(cursor, end);
  }
  // "questioned why …", "asked whether …": the question is the content.
  // "said on Monday the ground is prepared …": a time adjunct, then the clause without "that".
  // "said on Thursday, May 31, it plans …", "said on Wednesday (Sep 10) the call …": the day may carry its date.
  const timeAdjunct = new RegExp(
    `^\\s+(?:on\\s+)?(?:(?:${WEEKDAY})(?:,?\\s+${MONTH_DAY},?|\\s+\\(${MONTH_DAY}\\),?)?|${MONTH_DAY},?|yesterday|today|tonight|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|afternoon|evening)|earlier(?:\\s+this\\s+\\w+)?|(?:a|one|two|three|four|five|several|a\\s+few|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago)(?:\\s+(?:morning|afternoon|evening|night))?(?=\\s+\\p{L}|\\s*$)`,
    'iu',
  ).exec(after);
  if (timeAdjunct && !/^\s+(?:that|to)\b/i.test(after.slice(timeAdjunct[0].length))) {
    cursor += timeAdjunct[0].length;
    after = text.slice(cursor, end);
    // "…, Lund said a week ago.": nothing is left to be the reported words.
    if (!after.trim()) return null;
  }
  const question = cue.lemma === 'question' ? /^\s+(?=(?:why|whether|if|how|what|when|who)\b)/i.exec(after) : null;
  if (question) return { start: cursor + question[0].length, kind: 'clause' };
  // "asked Beijing to stop trade retaliation": a request, like "urged".
  const request = cue.lemma === 'question' && /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}to\s+\p{Ll}/u.test(after) ? /^\s+/.exec(after) : null;
  if (request) return { start: cursor + request[0].length, kind: 'object' };
  if (cue.lemma === 'question') return null;
  const that = /^\s*(?:,\s*)?that\b\s*/i.exec(after);
  // "said that could be produced …": here "that" is the subject of the reported clause.
  const demonstrative = that && /^(?:could|would|will|is|was|has|had|can|may|might|should|must|does|did|means|meant|seems)\b/i.test(after.slice(that[0].length));
  if (that && !demonstrative) return { start: cursor + that[0].length, kind: 'clause' };
  if (that) return { start: cursor + that[0].length - that[0].replace(/^\s*(?:,\s*)?/, '').length, kind: 'clause' };
  const colon = /^\s*[:,]\s*(?=["“‘'])/.exec(after);
  if (colon) return { start: cursor + colon[0].length, kind: 'clause' };
  if (/^\s*:\s*\S/.test(after)) return { start: cursor + (/^\s*:\s*/.exec(after)?.[0].length ?? 0), kind: 'clause' };
  if (cue.takes.includes('infinitive') && /^\s+to\s+["“‘']?\p{L}/u.test(after)) {
    return { start: cursor + (/^\s+/.exec(after)?.[0].length ?? 0), kind: 'infinitive' };
  }
  // "Putin told Xi he welcomed …": a clause with a pronoun subject right after the audience.
  if (audienceCues.has(cue.lemma)) {
    // "police told residents near the fire to evacuate": an order, with its audience.
    if (/^\s+(?:\S+\s+){1,6}?to\s+\p{Ll}/u.test(text.slice(cueEnd, end)) && !/\bthat\b/.test(text.slice(cueEnd, end))) {
      return { start: cueEnd + (/^\s+/.exec(text.slice(cueEnd))?.[0].length ?? 0), kind: 'infinitive' };
    }
    const clause = /^\s*(?=(?:he|she|they|it|we|i|there|his|her|their|its|the|this|these|those)\s+\p{Ll})/iu.exec(after) ??
      // "telling the Associated Press a deal was close": "a" opens a clause only if a verb follows soon.
      /^\s*(?=(?:a|an)\s+(?:\p{Ll}+\s+){1,3}(?:is|was|were|are|will|would|has|had|have|could|can|should|must|may|might)\b)/iu.exec(after);
    return clause ? { start: cursor + clause[0].length, kind: 'clause' } : null;
  }
  if (cue.takes.includes('object') && /^\s+\S/.test(after)) {
    return { start: cursor + (/^\s+/.exec(after)?.[0].length ?? 0), kind: 'object' };
  }
  // A bare clause needs a few words: "added more" is no reported speech. After a verb that also
  // means to see ("observed the stars and their planets"), it needs a verb of its own.
  const seeing = /^(?:observe|notice)$/.test(cue.lemma) && !/^\s+["“‘']/.test(after) &&
    !/\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|did|do|\p{Ll}{2,}ed)\b/u.test(after.split(/[,;]/)[0]!.replace(/^\s*\S+/, ''));
  if (cue.takes.includes('clause') && !requiresThat.has(cue.lemma) && !seeing && /^\s+[\p{L}"“‘']/u.test(after) && (/^\s+["“‘']/.test(after) || after.trim().split(/\s+/).length >= 3) && !/^\s+(?:to|in|on|at|by|with|for|of|from|about|as|so|and|or|but|nothing|something|anything|little|much|more|goodbye|hello|yes|no\s+(?:to|more|one)|so)\b/i.test(after)) {
    return { start: cursor + (/^\s+/.exec(after)?.[0].length ?? 0), kind: 'clause' };
  }
  return null;
}

/** A clause after the cue that is just adjuncts: "…, Putin said on Thursday at a plenary session of …". */
/** ", as the minister vowed …", ", while he said …": a subordinate clause with its own subject and verb. */
const subordinateClause = /,\s+(?:as|while|whereas|even as|after|before|when|although|though)\s+(?:he|she|they|it|we|the\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:also\s+)?\p{Ll}+(?:ed|s)\b/u;

function onlyAdjunctsAfter(context: Context, cueEnd: number, lemma = ''): boolean {
  let rest = context.text.slice(cueEnd, participleStart(context, cueEnd) ?? clauseEnd(context));
  // "…, the ministry said Thursday, as the top diplomat vowed …": a clause with a subject of its own.
  const subordinate = subordinateClause.exec(rest);
  if (subordinate && !insideQuote(context, cueEnd + subordinate.index)) rest = rest.slice(0, subordinate.index);
  // "told CNN’s “Erin Burnett OutFront.”": a programme's quoted title is part of the audience.
  if (audienceCues.has(lemma)) rest = rest.replace(/(?<=['’]s\s+)["“][^"“”]{1,50}["”]/gu, (title) => (title.split(/\s+/).length <= 6 ? 'Title' : title)).replace(audience, '');
  if (!rest.trim()) return true;
  if (!adjunctStart.test(rest)) return false;
  if (/\bthat\b/i.test(rest) && !/\b(?:that|which)\s+(?:day|week|month|year|evening|morning)\b/i.test(rest)) return false;
  if (rest.length > 200) return false;
  // "… said in an interview with “Moscow. Kremlin. Putin” program": a quoted title is no quotation.
  const untitled = rest.replace(/["“][^"“”]{1,50}["”]/g, (title) => (title.split(/\s+/).length <= 6 ? 'Title' : title));
  // "…, the ministers said China's response was effective": a clause, not an audience or a place.
  if (/^\s*\p{Lu}/u.test(untitled) && untitled.trim().split(/\s+/).length > 8) return false;
  if (/^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:was|is|are|were|will|would|has|had|have|could|can|should|must|may|might|did|does)\b/u.test(untitled)) return false;
  return !/["“]/.test(untitled) || /^\s*,\s*["“]/.test(rest);
}

/** Offset of the first participle cue after `from` in the sentence, outside quotations. */
function participleStart(context: Context, from: number): number | null {
  participlePattern.lastIndex = 0;
  const sentence = context.text.slice(from, context.end);
  for (let match = participlePattern.exec(sentence); match; match = participlePattern.exec(sentence)) {
    // The boundary falls after a closing mark that holds the comma: `“very difficult,” emphasizing`.
    if (!insideQuote(context, from + match.index + match[0].length - 1)) return from + match.index + match[0].search(/\s/);
  }
  return null;
}

/** The subject at the start of a sentence (after introductory adverbials): "Peskov", "The spokesman". */
function leadingSubject(context: Context, before: number): { phrase: SpeakerPhrase; start: number; end: number } | null {
  const segments = commaSegments(context, context.start, before);
  let index = 0;
  while (index < segments.length - 1 && isIntroductory(context.text.slice(...segments[index]).trim(), index === 0)) index++;
  const [from] = segments[index];
  const words = /^\s*((?:\S+\s+){0,7}\S+)/.exec(context.text.slice(from, before))?.[1].split(/\s+/) ?? [];
  for (let length = Math.min(words.length, 7); length >= 1; length--) {
    const next = words[length] ?? '';
    if (length < words.length && !/^\p{Ll}/u.test(next)) continue;
    const candidate = phraseAt(context.text, from, from + context.text.slice(from).indexOf(words[length - 1]) + words[length - 1].length);
    if (candidate && candidate.phrase.kind !== 'document' && (length < words.length || words.length === 1)) return candidate;
  }
  return null;
}

/** "Describing the Blue House as “a mere child”, she went on to say …": a participle opening the sentence. */
function openingParticiple(context: Context): (Attribution & { thatClause: boolean }) | null {
  const text = context.text;
  const match = /^(Describing|Calling|Saying|Noting|Stressing|Praising|Hailing|Urging|Warning|Insisting|Arguing|Denouncing|Criticizing|Criticising|Welcoming|Emphasizing|Emphasising|Recalling|Reiterating)\b/.exec(text.slice(context.start, context.end));
  if (!match) return null;
  const lemma = participleCues[match[1].toLowerCase()] ?? match[1].toLowerCase().replace(/ing$/, 'e');
  const cue = lemma === 'call' ? callCue : cueVerbs.find((verb) => verb.lemma === lemma) ?? cueVerbs.find((verb) => verb.forms.includes(`${match[1].toLowerCase().replace(/ing$/, 'ed')}`));
  if (!cue) return null;
  const segments = commaSegments(context, context.start, clauseEnd(context));
  if (segments.length < 2) return null;
  const cueEnd = context.start + match[0].length;
  const that = /^\s+that\s+/i.exec(text.slice(cueEnd, segments[0][1]));
  const [contentStart, contentEnd] = trimSpan(text, cueEnd + (that?.[0].length ?? 0), segments[0][1]);
  const hasQuote = context.quotes.some((quote) => quote.open >= contentStart && quote.open < contentEnd);
  if ((quoteOnlyObjectVerbs.has(cue.lemma) || cue.lemma === 'call') && !hasQuote) return null;
  const subject = leadingSubject(context, clauseEnd(context));
  if (!subject || subject.start < segments[0][1]) return null;
  const thatClause = Boolean(that) && /^(?:Noting|Stressing|Saying|Insisting|Arguing|Warning|Emphasizing|Emphasising|Recalling|Reiterating)$/.test(match[1]);
  return { thatClause, ...attribution({
    pattern: 'participle',
    cue: match[1],
    lemma: cue.lemma,
    cueStart: context.start,
    cueEnd,
    ...spokenBy(subject),
    contentStart,
    contentEnd,
  }) };
}

/** "…, with Chinese experts saying that …": an absolute participle with its own subject. */
function withSaying(context: Context): Attribution[] {
  const text = context.text;
  const found: Attribution[] = [];
  const pattern = /\bwith\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(saying|noting|warning|arguing|insisting|stressing|claiming|predicting|telling)\b/gu;
  const sentence = text.slice(context.start, context.end);
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const phraseStart = context.start + match.index + match[0].indexOf(match[1]);
    if (insideQuote(context, phraseStart)) continue;
    const speaker = phraseAt(text, phraseStart, phraseStart + match[1].length);
    if (!speaker || speaker.phrase.kind === 'document') continue;
    const cue = cueVerbs.find((verb) => verb.lemma === participleCues[match[2]]);
    if (!cue) continue;
    const cueStart = context.start + match.index + match[0].length - match[2].length;
    const cueEnd = cueStart + match[2].length;
    const content = contentStartAfter(context, cue, cueEnd);
    if (!content) continue;
    const [contentStart, contentEnd] = trimSpan(text, content.start, clauseEnd(context));
    if (contentEnd - contentStart < 2) continue;
    found.push(attribution({
      pattern: 'participle', cue: match[2], lemma: cue.lemma, cueStart, cueEnd, speaker: speaker.phrase,
      speakerStart: speaker.start, speakerEnd: speaker.end, contentStart, contentEnd,
    }));
  }
  return found;
}

/** "…, noting that …", "…, saying: “…”", "…, calling his discussions “very frank”". */
function participles(context: Context, hosts: readonly Attribution[]): Attribution[] {
  const text = context.text;
  const found: Attribution[] = [];
  const sentence = text.slice(context.start, context.end);
  if (!participleWord.test(sentence)) return found;
  participlePattern.lastIndex = 0;
  const matches = [...sentence.matchAll(participlePattern)].filter(
    (match) => !insideQuote(context, context.start + (match.index ?? 0) + match[0].length - 1),
  );
  matches.forEach((match, index) => {
    const matchStart = context.start + (match.index ?? 0);
    const commaAt = matchStart + match[0].search(/\s/);
    const form = match[1].replace(/\s+/g, ' ');
    const lemma = participleCues[form];
    const cue = lemma === 'call' ? callCue : cueVerbs.find((verb) => verb.lemma === lemma);
    if (!cue) return;
    const cueStart = matchStart + match[0].lastIndexOf(match[1]);
    const cueEnd = cueStart + match[1].length;
    const host = [...hosts].reverse().find((attribution) => attribution.cueEnd <= commaAt) ?? null;
    // "The spokesman denied media reports that …, saying …": the one denying speaks on, not the reports.
    const deniedBy = host && denyCues.has(host.lemma) && host.speakerStart > host.cueEnd;
    // "Peskov talked about media reports, claiming that …": the reports claim it.
    const reportsBefore = /^(?:claiming|alleging|suggesting|saying)$/.test(form)
      ? /\b(?:(?:\p{Lu}[\p{L}-]*|local|state|foreign|western|recent)\s+)?(?:media|news|press)\s+reports$/u.exec(text.slice(context.start, commaAt).replace(/[,\s]+$/, ''))
      : null;
    const reportsPhrase = reportsBefore ? parseSpeakerPhrase(reportsBefore[0]) : null;
    const speaker = reportsBefore && reportsPhrase
      ? { phrase: reportsPhrase, start: context.start + reportsBefore.index, end: context.start + reportsBefore.index + reportsBefore[0].length }
      : host && !deniedBy
        ? { phrase: host.speaker, start: host.speakerStart, end: host.speakerEnd }
        : host ? subjectBefore(context, host.cueStart) : leadingSubject(context, commaAt);
    if (!speaker) return;
    const limit = index + 1 < matches.length ? context.start + (matches[index + 1].index ?? 0) : clauseEnd(context);
    const local: Context = { ...context, end: limit };
    const content = contentStartAfter(local, cue, cueEnd);
    if (!content) return;
    const [contentStart, contentEnd] = trimSpan(text, content.start, Math.min(limit, clauseEnd(context)));
    if (contentEnd - contentStart < 2) return;
    if (content.kind === 'object' && (cue.lemma === 'call' || quoteOnlyObjectVerbs.has(cue.lemma)) &&
      !context.quotes.some((quote) => quote.open >= contentStart && quote.open < contentEnd)) return;
    for (const other of hosts) {
      if (other.contentEnd > commaAt && other.contentStart < commaAt) other.contentEnd = trimSpan(text, other.contentStart, commaAt)[1];
    }
    found.push(attribution({
      pattern: 'participle',
      cue: match[1],
      lemma: cue.lemma,
      cueStart,
      cueEnd,
      ...spokenBy(speaker),
      contentStart,
      contentEnd,
      host: deniedBy || reportsPhrase ? null : host,
    }));
  });
  return found;
}

/** Finds every attribution in one sentence (offsets are absolute, into `text`). */
export function findAttributions(text: string, start: number, end: number, quotes: readonly Quote[]): Attribution[] {
  const context: Context = { text, start, end, quotes: quotes.filter((quote) => quote.depth === 0 && quote.open < end && quote.close > start) };
  const found: Attribution[] = [];
  const sentence = text.slice(start, end);

  cuePattern.lastIndex = 0;
  for (let match = cuePattern.exec(sentence); match; match = cuePattern.exec(sentence)) {
    const cueStart = start + match.index;
    const cueEnd = cueStart + match[0].length;
    if (insideQuote(context, cueStart)) continue;
    const cue = cueByForm(match[0].replace(/\s+/g, ' '));
    if (!cue) continue;
    const before = text.slice(start, cueStart);
    if (/\b(?:was|were|is|are|be|been|being|has been|have been)\s+$/i.test(before) && cue.lemma !== 'say') continue;
    if (/\b(?:it|which|this|that)\s+(?:was|is|has been)\s+$/i.test(before)) continue;
    // "Chinese state broadcaster CCTV", "a state visit": the noun, not the verb.
    if (/^(?:state|states)$/i.test(match[0]) && (/(?:\b(?:the|a|an|its|their|his|her|of)|-)\s*$/i.test(before) ||
      nounAfterState.test(text.slice(cueEnd)))) continue;
    const attribution =
      inverted(context, cue, match[0], cueStart, cueEnd) ??
      trailing(context, cue, match[0], cueStart, cueEnd) ??
      subjectFirst(context, cue, match[0], cueStart, cueEnd);
    if (attribution) found.push(attribution);
  }
  found.push(...accordingTo(context), ...quotedAsSaying(context));
  found.push(...participles(context, found.filter((attribution) => attribution.pattern !== 'according-to')));
  found.push(...withSaying(context));
  const opening = openingParticiple(context);
  // Kept when the main clause is speech by the same subject, or when the participle takes a
  // that-clause ("Noting that …, Xi congratulated …"), which is reported speech whatever follows.
  if (opening) {
    const { thatClause, ...participle } = opening;
    if (thatClause || found.some((attribution) => attribution.speakerStart === participle.speakerStart)) found.push(participle);
  }
  if (found.length === 0) {
    const verbless = verblessTrailing(context);
    if (verbless) found.push(verbless);
  }
  return found;
}

function inverted(context: Context, cue: CueVerb, form: string, cueStart: number, cueEnd: number): Attribution | null {
  if (!invertibleCues.has(cue.lemma)) return null;
  const text = context.text;
  const before = text.slice(context.start, cueStart);
  if (!/(?:,|[,.!?]["”’'])\s*$/.test(before)) return null;
  const end = participleStart(context, cueEnd) ?? clauseEnd(context);
  let phraseEnd = end;
  // "said Wang Yi, …": the speaker may carry an apposition; a quote set off by a comma continues the
  // statement (`"We will," said Lavrov, "never accept it."`).
  const continuation = context.quotes.find((quote) => quote.open > cueEnd && quote.open < end && /[,:]\s*$/.test(text.slice(cueEnd, quote.open)));
  if (continuation) phraseEnd = text.lastIndexOf(',', continuation.open) > cueEnd ? text.lastIndexOf(',', continuation.open) : continuation.open;
  // "said Vergara after a meeting with …": the speaker ends where an adverbial begins.
  const adverbial = /\s(?:after|at|on|in|during|before|following|while|when|to|with|upon|via|from|as|ahead|amid|in|last|this|yesterday|today|earlier|later)\s/i.exec(text.slice(cueEnd, phraseEnd));
  const commaInPhrase = text.slice(cueEnd, phraseEnd).indexOf(',');
  if (adverbial && (commaInPhrase === -1 || adverbial.index < commaInPhrase)) phraseEnd = cueEnd + adverbial.index;
  const speaker = phraseAt(text, cueEnd, phraseEnd);
  if (!speaker || speaker.phrase.kind === 'pronoun' && speaker.phrase.pronoun === 'n') return null;
  // "…, said Washington had concerns": the name after the cue is the subject of what was said.
  if (/\b(?:has|had|have|was|were|is|are|would|will|could|should|must|can|may|might|did|does)\b/i.test(text.slice(speaker.start, speaker.end).split(',')[0])) return null;
  const commaAt = before.search(/\s*,?\s*$/);
  const [contentStart, contentEnd] = trimSpan(text, skipDateIntro(text, context.start, cueStart), context.start + commaAt);
  if (contentEnd - contentStart < 2) return null;
  // "Professor Phil Yock, of the university's faculty of science, said amateur astronomers …": a
  // speaker with an apposition before the verb, not words said by whoever follows it.
  const unquoted = !context.quotes.some((quote) => quote.open <= contentStart + 1 && quote.close >= contentEnd - 1);
  if (unquoted && !/\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|did|\p{Ll}+ed|\p{Ll}{3,}s)\b/u.test(text.slice(contentStart, contentEnd).replace(/^[^,]*,/, ''))) {
    const subject = parseSpeakerPhrase(text.slice(contentStart, contentEnd));
    if (subject?.kind === 'name') return null;
  }
  return attribution({
    pattern: 'inverted',
    cue: form,
    lemma: cue.lemma,
    cueStart,
    cueEnd,
    ...spokenBy(speaker),
    contentStart,
    contentEnd,
    continuation: continuation ?? null,
  });
}

function trailing(context: Context, cue: CueVerb, form: string, cueStart: number, cueEnd: number): Attribution | null {
  const text = context.text;
  if (!cue.takes.includes('clause')) return null;
  const segments = commaSegments(context, context.start, cueStart);
  if (segments.length < 2 && !context.quotes.some((quote) => quote.close <= cueStart && quote.open <= context.start + 1)) return null;
  if (!onlyAdjunctsAfter(context, cueEnd, cue.lemma)) return null;
  // "…, Esmaeil Baghaei, a spokesman for the ministry, has announced.": look past the auxiliary.
  const auxiliary = /(?:\s(?:has|have|had|also|has also|have also|had also|would|will|once again|again))+\s*$/i.exec(text.slice(context.start, cueStart));
  if (auxiliary) {
    segments.splice(0, segments.length, ...commaSegments(context, context.start, cueStart - auxiliary[0].length));
  }
  const phraseEnd = cueStart - (auxiliary?.[0].length ?? 0);
  // The speaker phrase runs from the comma (or closing quote mark) before it to the cue.
  let phraseStart = segments.at(-1)?.[0] ?? context.start;
  const quoteBefore = context.quotes.filter((quote) => quote.close <= cueStart && quote.close >= phraseStart - 1).at(-1);
  if (quoteBefore && quoteBefore.close > phraseStart) phraseStart = quoteBefore.close;
  if (segments.length >= 2 && !text.slice(phraseStart, phraseEnd).trim()) {
    // "…, Cui Heng, a fellow at …, said." — the speaker with an apposition.
    const appositive = subjectAfterComma(context, segments, cueStart);
    if (!appositive) return null;
    return build(appositive.start, appositive.phrase, appositive.end, appositive.contentEnd);
  }
  let speaker = phraseAt(text, phraseStart, phraseEnd);
  if (!speaker) return null;
  // "…, noting that Russia agreed … after Zelensky had proposed": a clause of its own, not a speaker.
  if (/^\p{Ll}+ing\s+that\b/u.test(text.slice(speaker.start, speaker.end))) return null;
  // "…, Wan Chengcai, an expert with Xinhua's research centre told TASS": the closing comma of the
  // apposition is missing, so the name sits in the segment before the description.
  if ((speaker.phrase.kind === 'indefinite' || speaker.phrase.kind === 'definite') && segments.length >= 3) {
    const named = phraseAt(text, segments[segments.length - 2][0], phraseEnd);
    if (named?.phrase.kind === 'name') speaker = named;
  }
  const contentEnd = quoteBefore && quoteBefore.close >= speaker.start - 2 ? quoteBefore.close : text.lastIndexOf(',', speaker.start);
  if (contentEnd <= context.start) return null;
  return build(speaker.start, speaker.phrase, speaker.end, contentEnd);

  function build(speakerStart: number, phrase: SpeakerPhrase, speakerEnd: number, rawContentEnd: number): Attribution | null {
    let [contentStart, contentEnd] = trimSpan(text, skipDateIntro(text, context.start, rawContentEnd), rawContentEnd);
    // "And it shows no signs of slowing, Kuntz said.": the conjunction links the sentence, it is not
    // reported (inside quotation marks it is the speaker's own word and stays).
    const conjunction = /^(?:And|But)\s+(?=\p{L})/u.exec(text.slice(contentStart, contentEnd));
    if (conjunction && !context.quotes.some((quote) => quote.open <= contentStart && quote.close > contentStart)) contentStart += conjunction[0].length;
    if (contentEnd - contentStart < 2) return null;
    const end = participleStart(context, cueEnd) ?? clauseEnd(context);
    // `"We will," he said, "never accept it."`: a second quotation set off by a comma or a colon.
    const continuation = context.quotes.find((quote) => quote.open > cueEnd && quote.open < end && /[,:]\s*$/.test(text.slice(cueEnd, quote.open))) ?? null;
    const words = text.slice(contentStart, contentEnd);
    const quoted = context.quotes.some((quote) => quote.open <= contentStart + 1 && quote.close >= contentEnd - 1);
    // "In an interview …, Zussman said, “…”": the words before are an introduction, and the quote after
    // belongs to a subject-first attribution.
    // "On 18 March, she said, the two sides co-chaired …": the attribution sits inside the clause.
    const parenthetical = !quoted && /^\s*,\s+(?!["“‘'])(?:\S+\s+){3,}/.exec(text.slice(cueEnd, end));
    if (parenthetical) {
      const introOnly = isIntroductory(words, true) && words.split(/\s+/).length <= 8;
      const [from, to] = trimSpan(text, introOnly ? cueEnd + parenthetical[0].search(/\S/) + 1 : contentStart, clauseEnd(context));
      return attribution({
        pattern: 'parenthetical', cue: form, lemma: cue.lemma, cueStart, cueEnd, speaker: phrase, speakerStart, speakerEnd,
        contentStart: from, contentEnd: to,
      });
    }
    // An introduction ("Speaking at the start of the meeting on Monday") has no verb of its own.
    const finite = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|did)\b/i.test(words);
    if (!quoted && ((isIntroductory(words, true) && (words.split(/\s+/).length <= 8 || !finite) && words.split(/\s+/).length <= 14) || words.split(/\s+/).length < 3)) return null;
    if (!quoted && continuation) return null;
    // "…, said of her sister" follows quotes; after a plain clause "warned of …" is a complement.
    if (!quoted && /^\s+(?:of|about|for|with)\b/i.test(text.slice(cueEnd, end))) return null;
    if (!quoted && quoteOnlyTrailing.has(cue.lemma)) return null;
    return attribution({
      pattern: 'trailing',
      cue: form,
      lemma: cue.lemma,
      cueStart,
      cueEnd,
      speaker: phrase,
      speakerStart,
      speakerEnd,
      contentStart,
      contentEnd,
      continuation,
    });
  }
}

function subjectAfterComma(
  context: Context,
  segments: Array<[number, number]>,
  cueStart: number,
): { phrase: SpeakerPhrase; start: number; end: number; contentEnd: number } | null {
  const last = segments.length - 1;
  for (let head = last - 2; head >= Math.max(1, last - 3); head--) {
    const candidate = phraseAt(context.text, segments[head][0], segments[last - 1][1]);
    if (candidate && candidate.phrase.kind === 'name' && (candidate.phrase.role || candidate.phrase.affiliation)) {
      return { ...candidate, contentEnd: segments[head - 1][1] };
    }
  }
  void cueStart;
  return null;
}

/** Cues that deny what someone else said: the words that follow belong to that someone. */
const denyCues = new Set(['deny', 'dismiss', 'reject', 'refute', 'rebut', 'debunk']);
const deniedClaim = /^((?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:reports?|claims?|allegations?|rumou?rs|suggestions?|speculation|accusations?))\s+(?:that|of)\s+/iu;

function subjectFirst(context: Context, cue: CueVerb, form: string, cueStart: number, cueEnd: number): Attribution | null {
  const text = context.text;
  // "The Kremlin was also asked if …", "Lavrov was told that …": the subject is spoken to, not speaking.
  if (/(?:ed|told|said|written|asked)$/.test(form) && passiveBefore.test(text.slice(context.start, cueStart))) return null;
  let speaker = subjectBefore(context, cueStart);
  if (!speaker) {
    // A second verb of the subject: "Yang … welcomed the ambassador and spoke highly of his …".
    const coordinated = /\s+(?:and|but)\s+(?:also\s+)?$/.exec(text.slice(context.start, cueStart));
    if (coordinated) speaker = leadingSubject(context, cueStart);
  }
  if (!speaker) return null;
  // "Reporters also asked how …": the press's questions are not statements of the news.
  if (cue.lemma === 'question' && /^(?:reporters|journalists|correspondents)$/i.test(speaker.phrase.head ?? '')) return null;
  const content = contentStartAfter(context, cue, cueEnd);
  if (!content) return null;
  let contentEnd = participleStart(context, content.start) ?? clauseEnd(context);
  const temporal = /,?\s+(?:as|when|while|after|before|shortly after|soon after)\s+(?:he|she|they)\s+\p{Ll}+ed\b/u.exec(text.slice(content.start, contentEnd));
  if (temporal && !insideQuote(context, content.start + temporal.index)) contentEnd = content.start + temporal.index;
  // "…, and called on other countries …": after a comma, a second appeal of the same subject.
  const second = coordinatedCue.exec(text.slice(content.start, contentEnd)) ?? /,\s+(?:and|but)\s+(?:also\s+)?call(?:ed|s)\s+on\b/.exec(text.slice(content.start, contentEnd));
  if (second && !insideQuote(context, content.start + second.index)) contentEnd = content.start + second.index;
  if (content.kind !== 'clause') {
    // The object of "hailed"/"vowed to" ends before a following adverbial clause.
    const adverbial = /,\s+(?:following|amid|as|after|before|while|despite|during|since|when|on the sidelines|in a|in an|at a|which)\b/i.exec(
      text.slice(content.start, contentEnd),
    );
    if (adverbial) contentEnd = content.start + adverbial.index;
  }
  const [contentStart, trimmedEnd] = trimSpan(text, content.start, contentEnd);
  if (trimmedEnd - contentStart < 2) return null;
  const objectText = text.slice(contentStart, trimmedEnd);
  // "denied media reports that Putin and Trump would speak": the claim is the reports', not the denier's.
  const denied = deniedClaim.exec(objectText);
  if (denyCues.has(cue.lemma) && denied) {
    const parsed = parseSpeakerPhrase(denied[1]);
    // "denied rumors that …": rumours are no one's words, but they are not the denier's either.
    const reports = parsed?.kind === 'media' ? parsed : { ...parseSpeakerPhrase('media reports')!, text: denied[1], head: denied[1].replace(/^the\s+/i, '') };
    const start = contentStart + denied.index;
    return said({ phrase: reports, start, end: start + denied[1].length }, contentStart + denied[0].length);
  }
  if (content.kind === 'object') {
    const hasQuote = context.quotes.some((quote) => quote.open >= contentStart && quote.close <= trimmedEnd + 1);
    if (quoteOnlyObjectVerbs.has(cue.lemma) && !hasQuote) return null;
    if (!speechActObjectVerbs.has(cue.lemma) && !quoteOnlyObjectVerbs.has(cue.lemma) && !hasQuote) return null;
    if (/^(?:him|her|them|it|us|me|you|himself|herself)\b/i.test(objectText)) return null;
    // "called the comments “unacceptable”" names them; "a group called “…”" and "so-called “…”" name
    // a thing, and "called Xi to discuss “…”" is a phone call.
    if (cue.lemma === 'call') {
      const beforeQuote = objectText.slice(0, Math.max(0, objectText.search(/["“]/)));
      if (!/\p{L}/u.test(beforeQuote) || /\bto\s+\p{Ll}/u.test(beforeQuote) || /-$/.test(text.slice(0, cueStart))) return null;
    }
    // "called on China's foreign minister" is a visit; "called on Kiev to respond" is an appeal.
    if (cue.lemma === 'call on' && !/\bto\s+\p{Ll}/u.test(objectText)) return null;
  }
  return said(speaker, contentStart);

  /** The attribution of this cue, to `by`, of the words from `from` to the end found above. */
  function said(by: { phrase: SpeakerPhrase; start: number; end: number }, from: number): Attribution {
    return attribution({ pattern: 'subject-first', cue: form, lemma: cue.lemma, cueStart, cueEnd, ...spokenBy(by), contentStart: from, contentEnd: trimmedEnd });
  }
}

function accordingTo(context: Context): Attribution[] {
  const text = context.text;
  const sentence = text.slice(context.start, context.end);
  const found: Attribution[] = [];
  const pattern = /\b(?:according to|as reported by|in the words of|in the (?:opinion|view|words) of)\s+/gi;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const cueStart = context.start + match.index;
    if (insideQuote(context, cueStart)) continue;
    const cueEnd = cueStart + match[0].trimEnd().length;
    const phraseFrom = cueStart + match[0].length;
    // "This attempt takes place as the toll has passed 62,000, according to the Health Ministry.": words
    // before that only look like an introduction ("This …") are the reported words when the source ends the sentence.
    const endsSentence = /^[^,;:]*$/.test(text.slice(phraseFrom, clauseEnd(context)));
    const leading = !text.slice(context.start, cueStart).trim() ||
      (isIntroductory(text.slice(context.start, cueStart).replace(/,\s*$/, '').trim(), true) && !(endsSentence && /,["”’']?\s*$/.test(text.slice(context.start, cueStart))));
    if (leading) {
      // "According to two officials …, who spoke on condition of anonymity, the Pentagon …": the
      // relative clause belongs to the source.
      const segments = commaSegments(context, phraseFrom, clauseEnd(context));
      const relative = segments.length > 2 && /^\s*(?:who|which)\b/i.test(text.slice(...segments[1]));
      const comma = segments[relative ? 1 : 0][1];
      const speaker = phraseAt(text, phraseFrom, comma);
      if (!speaker || comma >= clauseEnd(context)) continue;
      // "According to some media reports, a U.S. official said …": the reports carry the official's words.
      if (speaker.phrase.kind === 'media' && new RegExp(cuePattern.source).test(text.slice(comma, clauseEnd(context)))) continue;
      const [contentStart, contentEnd] = trimSpan(text, comma + 1, clauseEnd(context));
      found.push(make(speaker, cueStart, cueEnd, contentStart, contentEnd, match[0].trim()));
    } else {
      const before = text.slice(context.start, cueStart);
      if (!/,["”’']?\s*$/.test(before)) continue;
      const speaker = phraseAt(text, phraseFrom, clauseEnd(context));
      if (!speaker) continue;
      // "… takes place as the death toll has surpassed 62,000, according to …": the source vouches for
      // the clause of its own at the end, not for the sentence it is set in.
      const clauses = [...before.matchAll(/\b(?:as|because|since|while|whereas|after|when)\s+(?=(?:the|a|an|its|their|his|her|\p{Lu})[^,;]*\b(?:has|have|had|is|are|was|were|will|would)\b)/gu)];
      const last = clauses.at(-1);
      const from = last && !insideQuote(context, context.start + last.index) ? context.start + last.index + last[0].length : context.start;
      const [contentStart, contentEnd] = trimSpan(text, from, cueStart);
      // "This was reported by the EU Diplomatic Service, according to UNN.": who reported, not what.
      if (/^(?:this|that|it)\s+(?:was|is|has\s+been)\s+(?:reported|stated|announced|said|noted)\b/i.test(text.slice(contentStart, contentEnd))) continue;
      found.push(make(speaker, cueStart, cueEnd, contentStart, contentEnd, match[0].trim()));
    }
  }
  return found;

  function make(
    speaker: { phrase: SpeakerPhrase; start: number; end: number },
    cueStart: number,
    cueEnd: number,
    contentStart: number,
    contentEnd: number,
    cue: string,
  ): Attribution {
    return attribution({
      pattern: 'according-to',
      cue: cue.toLowerCase(),
      lemma: 'according to',
      cueStart,
      cueEnd,
      ...spokenBy(speaker),
      contentStart,
      contentEnd,
    });
  }
}

/** "…," the report quoted Putin as saying. / X was quoted by TASS as saying (that) … */
function quotedAsSaying(context: Context): Attribution[] {
  const text = context.text;
  const sentence = text.slice(context.start, context.end);
  const found: Attribution[] = [];
  const active = /(?:^|,\s*(?:but\s+|and\s+)?|["”]\s*)((?:the\s+)?[^,"“”]{1,60}?)\s+quoted\s+([^,"“”]{2,80}?)\s+as\s+(saying|telling\s+[^,.]{2,60}?|stating|adding|warning)\b/gi;
  for (let match = active.exec(sentence); match; match = active.exec(sentence)) {
    const mediumStart = context.start + match.index + match[0].indexOf(match[1]);
    const speakerStart = context.start + match.index + match[0].indexOf(match[2], match[0].indexOf('quoted'));
    const cueStart = context.start + match.index + match[0].indexOf('quoted');
    const cueEnd = context.start + match.index + match[0].length;
    const speaker = phraseAt(text, speakerStart, speakerStart + match[2].length);
    if (!speaker) continue;
    const after = text.slice(cueEnd, clauseEnd(context));
    const leading = mediumStart <= context.start + 1 || /^\s*(?::|,)?\s*(?:that\b|["“‘])/.test(after);
    const [contentStart, contentEnd] = leading
      ? trimSpan(text, cueEnd + (/^\s*[:,]?\s*(?:that\b)?\s*/.exec(text.slice(cueEnd))?.[0].length ?? 0), clauseEnd(context))
      : trimSpan(text, context.start, mediumStart);
    if (contentEnd - contentStart < 2) continue;
    found.push(attribution({
      pattern: 'quoted-as-saying',
      cue: `quoted … as ${match[3].split(/\s+/)[0]}`,
      lemma: 'quote',
      cueStart,
      cueEnd,
      ...spokenBy(speaker),
      contentStart,
      contentEnd,
      via: { text: match[1].trim(), start: mediumStart, end: mediumStart + match[1].trim().length },
    }));
  }
  const passive = /\b((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:was|were)\s+quoted\s+(?:by\s+([^,]{2,60}?)\s+)?as\s+saying\b\s*(?:that\b\s*)?/gu;
  for (let match = passive.exec(sentence); match; match = passive.exec(sentence)) {
    const speakerStart = context.start + match.index;
    const speaker = phraseAt(text, speakerStart, speakerStart + match[1].length);
    if (!speaker) continue;
    const cueStart = speakerStart + match[1].length + 1;
    const cueEnd = context.start + match.index + match[0].trimEnd().length;
    // `"Yes," Sun was quoted as saying by the website.`: the words are the quote before.
    const before = context.quotes.filter((quote) => quote.depth === 0 && quote.close <= speakerStart && !text.slice(quote.close, speakerStart).replace(/[\s,]/g, '')).at(-1);
    const after = trimSpan(text, context.start + match.index + match[0].length, clauseEnd(context));
    const [contentStart, contentEnd] = before ? [before.open, before.close] : after;
    if (contentEnd - contentStart < 2) continue;
    const trailingMedium = before ? /^\s*by\s+(.{2,60}?)\s*$/.exec(text.slice(after[0], after[1]))?.[1] : undefined;
    const viaText = match[2]?.trim() ?? trailingMedium;
    found.push(attribution({
      pattern: 'quoted-as-saying',
      cue: 'quoted as saying',
      lemma: 'quote',
      cueStart,
      cueEnd,
      ...spokenBy(speaker),
      contentStart,
      contentEnd,
      via: viaText ? { text: viaText, start: text.indexOf(viaText, cueStart), end: text.indexOf(viaText, cueStart) + viaText.length } : null,
    }));
  }
  return found;
}

/** "…, the country's top foreign policy official Yang Jiechi." — an attribution that lost its verb. */
function verblessTrailing(context: Context): Attribution | null {
  const text = context.text;
  const end = clauseEnd(context);
  const segments = commaSegments(context, context.start, end);
  if (segments.length < 2) return null;
  const [from, to] = segments[segments.length - 1];
  const speaker = phraseAt(text, from, to);
  if (!speaker || speaker.phrase.kind !== 'name' || !speaker.phrase.role) return null;
  if (!/\p{Ll}/u.test(speaker.phrase.role)) return null;
  // "…, co-chaired by Kaja Kallas and Foreign Minister Wang Yi.": an agent, or two people, not a speaker.
  if (/\bby\b|\sand\s/.test(text.slice(from, speaker.start + (speaker.phrase.nameStart >= 0 ? speaker.phrase.nameStart : 0)))) return null;
  const functionWords = speaker.phrase.role.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (!functionWords.some((word) => personNouns.has(word))) return null;
  const [contentStart, contentEnd] = trimSpan(text, skipDateIntro(text, context.start, end), segments[segments.length - 2][1]);
  if (text.slice(contentStart, contentEnd).split(/\s+/).length < 6) return null;
  return attribution({
    pattern: 'verbless',
    cue: '',
    lemma: '',
    cueStart: from,
    cueEnd: from,
    ...spokenBy(speaker),
    contentStart,
    contentEnd,
  });
}
