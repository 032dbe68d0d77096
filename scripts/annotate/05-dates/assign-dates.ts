import type { Draft, SegmentedParagraph } from '../03-statements/build-statements.ts';
import { findDates, type DateMention } from '../dates/index.ts';
import { isSubjectPosition } from '../04-speakers/subject-position.ts';
import { isMedia } from '../04-speakers/parse-speaker-phrase.ts';
import type { Entity } from '../04-speakers/registry.ts';
import type { StatementDate } from '../types.ts';
import { institutionNouns } from '../lexicon/speaker-nouns.ts';
import { placeByWord } from '../lexicon/places.ts';
import { dayNumber, formatDay, mondayOf } from '../dates/calendar.ts';

/** "made the announcement", "made the remarks", "made these comments": words reported just before. */
const madeTheRemarks = /\bmade\s+(?:the|these|those|his|her|their|its|the\s+\w+)\s+(?:remarks?|comments?|announcement|statements?|speech|pledge|appeal)\b/i;

/** A sentence that opens on an occasion of its own: "In an exclusive interview with …,", "Speaking at …,". */
const occasionOpening = /^\s*(?:in\s+an?\s+(?:[\w-]+\s+){0,2}interview\b|speaking\s+(?:to|at|on|during|with)\b|at\s+an?\s+(?:[\w-]+\s+){0,3}(?:news|press)\s+(?:conference|briefing)\b|addressing\b)/i;

/** How many paragraphs back a date may be carried to a statement of someone present at that occasion. */
const carryParagraphs = 10;

interface DatedPlace {
  start: number;
  end: number;
  paragraph: number;
  date: DateMention;
  /** The date of a thing the sentence names ("the strikes conducted … on September 28"), not of an occasion. */
  ofThing: boolean;
}

/** "the strikes conducted by the army on the night of", "the treaty signed in", "the conference, which began": a participle or relative clause that dates its noun. */
const thingDatedBy = /\b(?:which|that)\s+(?:\w+\s+){0,2}(?:began|started|opened|ended|closed|took\s+place|was\s+held|were\s+held)\s+(?:on\s+)?$|\b\p{L}{3,}\s+(?:conducted|held|carried\s+out|signed|launched|staged|adopted|reached|fired|killed|built|founded|established)\b(?:\s+by\s+[^,.;:]{1,40}?)?\s+(?:on|in|at)\s+(?:the\s+(?:[\p{L}-]+\s+){1,3}of\s+)?$/iu;

/** Masks the given spans with spaces, keeping offsets, so reported words lend no date to the attribution. */
function mask(text: string, start: number, end: number, hidden: ReadonlyArray<[number, number]>): string {
  const chars = text.slice(start, end).split('');
  for (const [from, to] of hidden) {
    for (let index = Math.max(from, start); index < Math.min(to, end); index++) chars[index - start] = ' ';
  }
  return chars.join('');
}

/** The leading comma segment of a sentence when it is short: "A week ago, …", "Also on Thursday, …". */
function introEnd(text: string, start: number, end: number): number {
  const comma = text.indexOf(',', start);
  if (comma === -1 || comma > end) return start;
  const intro = text.slice(start, comma).trim();
  // "Speaking at the start of the meeting on Monday, Putin said …": the occasion of the words.
  const occasion = /^(?:speaking|addressing|talking|writing|answering|responding|asked|at|during|in)\b/i.test(intro);
  return intro.split(/\s+/).length <= (occasion ? 14 : 6) ? comma : start;
}

/**
 * Stage 5: when each statement was made. A date in the attribution's own words ("said on Monday",
 * "at Friday's media briefing", "A week ago, …") comes first; failing that, the date of the occasion
 * the passage is about, carried from an earlier sentence of the same paragraph or from one that names
 * the speaker (the call, the meeting, the briefing). Reported words never date their own saying.
 */
export function assignDates(
  text: string,
  paragraphs: readonly SegmentedParagraph[],
  drafts: readonly Draft[],
  anchor: string,
  entityMentions: (draft: Draft) => readonly number[],
  outlet = '',
): Array<StatementDate | null> {
  // Statements by paragraph, places by paragraph, statements by speaker: every lookup below stays
  // within a few paragraphs, so a long article costs no more per statement than a short one.
  const contentsIn = new Map<number, Array<[number, number]>>();
  for (const draft of drafts) {
    const list = contentsIn.get(draft.paragraph) ?? [];
    list.push([draft.start, draft.end]);
    contentsIn.set(draft.paragraph, list);
  }
  const nearby = (index: number): Array<[number, number]> =>
    [index - 1, index, index + 1].flatMap((near) => contentsIn.get(near) ?? []);
  const places: DatedPlace[] = [];
  const placesIn = new Map<number, DatedPlace[]>();
  const sentencesOf = new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph.sentences]));
  const occasionOpenings = paragraphs.flatMap((paragraph) => paragraph.sentences)
    .filter((sentence) => occasionOpening.test(text.slice(sentence.start, sentence.end)))
    .map((sentence) => sentence.start);
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const visible = mask(text, sentence.start, sentence.end, nearby(paragraph.index));
      for (const date of findDates(visible, anchor)) {
        // "since 2009", "between 2007 and 2013": a period the sentence is about, not an occasion.
        if (/\b(?:between|from|since|until|till)\s*$/i.test(visible.slice(0, date.start)) || /^(?:since|between|from|until)\b/i.test(date.text)) continue;
        // "an interview published on Tuesday": when the words appeared, not when they were said.
        if (/\b(?:published|released|posted|aired|broadcast|printed|issued|uploaded)\s*$/i.test(visible.slice(0, date.start))) continue;
        const ofThing = thingDatedBy.test(visible.slice(Math.max(0, date.start - 120), date.start));
        const place = { start: sentence.start + date.start, end: sentence.start + date.end, paragraph: paragraph.index, date, ofThing };
        places.push(place);
        const list = placesIn.get(paragraph.index) ?? [];
        list.push(place);
        placesIn.set(paragraph.index, list);
      }
    }
  }
  const placesFrom = (first: number, last: number): DatedPlace[] => {
    const found: DatedPlace[] = [];
    for (let index = first; index <= last; index++) found.push(...(placesIn.get(index) ?? []));
    return found;
  };
  const earlierBySpeaker = new Map<Entity, number[]>();

  const requests = new Set<number>();
  const explicit = drafts.map((draft, index) => {
    const own = ownDate(text, draft, placesIn.get(draft.paragraph) ?? []);
    if (own) return own;
    const inside = dateInsideWords(text, draft, anchor);
    // A request is an act of its own; a feeling or a judgment voiced shows the occasion's day.
    if (inside?.request) requests.add(index);
    return inside?.date ?? null;
  });
  const assigned: Array<StatementDate | null> = [];
  drafts.forEach((draft, index) => {
    assigned.push(dateOf(draft, index));
    const list = earlierBySpeaker.get(draft.entity) ?? [];
    list.push(index);
    earlierBySpeaker.set(draft.entity, list);
  });
  // "Baloch made the announcement today during her weekly briefing", "Wang made the remarks at a
  // press conference on Monday": a sentence that dates the words just reported.
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (!madeTheRemarks.test(text.slice(sentence.start, sentence.end))) continue;
      const day = (placesIn.get(paragraph.index) ?? []).find((place) => place.start >= sentence.start && place.end <= sentence.end && place.date.precision === 'day');
      if (!day) continue;
      const before = drafts.map((draft, index) => ({ draft, index })).filter(({ draft }) => draft.end <= sentence.start && paragraph.index - draft.paragraph <= 2);
      const nearest = before.at(-1)?.draft.paragraph;
      for (const { draft, index } of before.reverse()) {
        if (draft.paragraph !== nearest && draft.paragraph !== paragraph.index) break;
        if (explicit[index]) break;
        assigned[index] = { value: day.date.value, precision: day.date.precision, text: day.date.text, source: 'carried' };
      }
    }
  }
  // An article about one occasion: when every statement dated by its own words was made on the same
  // day, an undated statement of a person was most likely made then too.
  // Reports by media ("Reuters reported on Monday") date the report, not the occasion.
  const parts = drafts.map((draft, index) => occasionPart(text, draft, requests.has(index), outlet));
  // The whole sentence of an interview with another outlet belongs to it: "…," Putin told India Today, adding that …".
  const interviews = new Set(drafts.filter((_, index) => parts[index]!.otherInterview).map((draft) => draft.sentence.start));
  const occasionDates = explicit.filter((date, index) => date && parts[index]!.showsDay && !interviews.has(drafts[index]!.sentence.start));
  const days = new Set(occasionDates.filter((date) => date?.precision === 'day').map((date) => date!.value));
  // With no statement dated by its own words, the lead may date the occasion: "Who said what at
  // Wimbledon on Monday", "The EU warned China on Friday …".
  const lead = paragraphs.find((paragraph) => text.slice(paragraph.start, paragraph.end).split(/\s+/).length >= 6);
  // The lead's day counts even inside reported words: "Warring sides opened peace talks in Pretoria
  // on Tuesday, the South African presidency announced." is the day the article is about.
  const leadPlace = occasionDates.length === 0 && lead && /\b(?:said|says|told|warned|stated|announced|urged|met|talks?|meeting|call|called|summit|briefing|statement|spoke|speaking|conference|forum|ceremony)\b/i.test(text.slice(lead.start, lead.end))
    ? (placesIn.get(lead.index) ?? []).find((place) => place.date.precision === 'day') ??
      findDates(text.slice(lead.start, lead.end), anchor)
        .map((date) => ({ date, at: lead.start + date.start }))
        .find(({ date, at }) => date.precision === 'day' && !/\b(?:since|until|till|between|from|by|before)\s*$/i.test(text.slice(lead.start, at)))
    : undefined;
  // Reported words never date their own saying: the lead's day goes to the other statements.
  const hasLeadDay = (draft: Draft): boolean => leadPlace !== undefined && 'at' in leadPlace && draft.start <= leadPlace.at && leadPlace.at < draft.end;
  // "he acknowledged in September that …": a month or year before the occasion's is a past remark
  // recalled, not a second occasion. (A week before it may be the background the occasion answers:
  // "A week ago, Li hailed …" before "Beijing criticized …" does not make Monday Beijing's day.)
  const pastRemark = (date: StatementDate): boolean =>
    (date.precision === 'month' || date.precision === 'year') && lastDayOf(date.value) < [...days].sort()[0]!;
  const occasion = days.size === 1 && occasionDates.every((date) => !date || date.precision === 'day' || pastRemark(date))
    ? occasionDates.find((date) => date?.precision === 'day') ?? null
    : leadPlace
      ? { value: leadPlace.date.value, precision: leadPlace.date.precision, text: leadPlace.date.text, source: 'carried' as const }
      : null;
  if (occasion) {
    drafts.forEach((draft, index) => {
      if (!assigned[index] && parts[index]!.takesDay && !hasLeadDay(draft)) assigned[index] = { ...occasion, source: 'carried' };
    });
  }
  return assigned;

  function dateOf(draft: Draft, index: number): StatementDate | null {
    const own = explicit[index];
    if (own) return own;
    if (draft.resolvedBy === 'cataphora' || draft.rule === 'quote-closed-in-next-paragraph') {
      const later = drafts.findIndex((other, otherIndex) => otherIndex > index && other.entity === draft.entity && explicit[otherIndex]);
      if (later !== -1) return { ...explicit[later]!, source: 'carried' };
    }
    const mentions = entityMentions(draft);
    const sentenceOf = (place: DatedPlace) => sentencesOf.get(place.paragraph)?.find((item) => item.start <= place.start && item.end >= place.end);
    // "In an exclusive interview with Candace Parker, Chiles revealed …": a new occasion, named without
    // a day, begins there; dates before it belong to what came before.
    const opened = occasionOpenings.filter((start) => start <= draft.sentence.start).at(-1) ?? -1;
    const carried = placesFrom(draft.paragraph - carryParagraphs, draft.paragraph)
      .filter((place) => place.date.precision !== 'year' && !place.ofThing && place.start >= opened)
      .filter((place) => place.end <= draft.sentence.start && draft.paragraph - place.paragraph <= carryParagraphs)
      .filter((place) => {
        if (place.paragraph === draft.paragraph) return true;
        const sentence = sentenceOf(place);
        if (sentence === undefined) return false;
        if (mentions.some((mention) => mention >= sentence.start && mention < sentence.end)) return true;
        // "The foreign ministry on Friday rejected …" then "ministry spokeswoman Mao Ning told …":
        // the speaker's institution acted on that day.
        const words = text.slice(sentence.start, sentence.end);
        // "The FO said" after "Foreign Office Spokesperson … today": the acronym's words.
        if (draft.entity.type === 'institution' && /^[A-Z]{2,6}$/.test(draft.entity.name) && spellsAcronym(words, draft.entity.name)) return true;
        return institutionWords(draft).some((word) => new RegExp(`\\b${word}\\b`).test(words.toLowerCase()));
      })
      .at(-1);
    // A sentence that names the speaker only in passing ("a summit between Kim Jong-un and Putin last
    // week") gives way to the date of the speaker's own earlier statement.
    const carriedAsSubject = carried && (carried.paragraph === draft.paragraph || mentions.some((mention) => {
      const sentence = sentenceOf(carried);
      return sentence !== undefined && mention >= sentence.start && mention < sentence.end && isSubjectPosition(text, sentence.start, mention);
    }));
    // The speaker's own last statement in the passage, if it had a date, when no sentence gives one.
    const ownEarlier = (earlierBySpeaker.get(draft.entity) ?? [])
      .map((otherIndex) => ({ other: drafts[otherIndex], date: assigned[otherIndex] }))
      .filter(({ other, date }) => date && draft.paragraph - other.paragraph <= carryParagraphs)
      .at(-1);
    // A day the speaker already spoke on outranks a carried date that ended before it: "a summit
    // … last week" after "Kim expressed concerns Friday" is background, not his next occasion.
    const background = carried && ownEarlier?.date?.precision === 'day' && lastDayOf(carried.date.value) < ownEarlier.date.value;
    if (carried && !background && (!ownEarlier || (carried.start >= ownEarlier.other.start && carriedAsSubject))) {
      return { value: carried.date.value, precision: carried.date.precision, text: carried.date.text, source: 'carried' };
    }
    if (ownEarlier?.date) return { ...ownEarlier.date, source: 'carried' };
    // "China stated on Monday that …" then "…," Foreign Ministry spokeswoman Mao Ning said": an official
    // speaking for the state the lead quotes, on the day the lead gives.
    if (institutionWords(draft).length && draft.entity.country) {
      const state = drafts
        .map((other, otherIndex) => ({ other, date: otherIndex < index ? assigned[otherIndex] : null }))
        .filter(({ other, date }) => date && date.precision === 'day' && other.entity.type === 'institution' && other.entity.country === draft.entity.country &&
          placeByWord(other.entity.name) !== undefined && draft.paragraph - other.paragraph <= 2)
        .at(-1);
      if (state?.date) return { ...state.date, source: 'carried' };
    }
    return null;
  }
}

/** Organisation words in a speaker's role or affiliation: "ministry" for a ministry spokeswoman. */
function institutionWords(draft: Draft): string[] {
  // "Officials at NASA's Jet Propulsion Laboratory" after "NASA … in a statement Friday": the acronym.
  if (draft.entity.type === 'group') return (draft.entity.name.match(/\b[A-Z]{3,}\b/g) ?? []).map((word) => word.toLowerCase());
  if (draft.entity.type !== 'person') return [];
  const described = `${draft.entity.role ?? ''} ${draft.entity.affiliation ?? ''}`.toLowerCase();
  return (described.match(/[a-z]+/g) ?? []).filter((word) => institutionNouns.has(word) && word.length > 4);
}

function ownDate(text: string, draft: Draft, places: readonly DatedPlace[]): StatementDate | null {
  // Time words at the cue ("said on Monday", "on Friday told"), not in clauses about the speaker.
  const attributionStart = Math.max(draft.sentence.start, draft.cueStart - 25);
  const lead = introEnd(text, draft.sentence.start, draft.sentence.end);
  const inFrame = places.filter((place) => {
    if (place.start < draft.sentence.start || place.end > draft.sentence.end) return false;
    // "On 18 March, she said, the two sides …": the opening date belongs to what she reports.
    if (place.start < lead) return !draft.rule.startsWith('parenthetical');
    const afterContent = place.start >= draft.end;
    // "said Bárcena at the closing ceremony of the conference, which began Thursday": a relative clause
    // after the cue dates what it is about.
    if (place.start >= draft.cueEnd && /\b(?:which|who|that|whose)\s[^,;:.]*$/i.test(text.slice(draft.cueEnd, place.start))) return false;
    if (place.start >= draft.cueEnd) return afterContent || place.end <= draft.start;
    // "Kim Yung-ho expressed concerns Friday … and called for …": a day in the speaker's own clause.
    const mentionEnd = draft.speakerMention?.end ?? -1;
    if (mentionEnd >= 0 && place.start >= mentionEnd && place.end <= draft.start && place.date.precision !== 'year' &&
      !/\b(?:who|which|whose|that|since|between|after|before|when|while)\b/i.test(text.slice(mentionEnd, place.start))) return true;
    // Before the cue only when right next to it: "Wang on Monday said", "The company last year said"
    // (a bare year there names something: "the 2019 report said").
    // Not in a relative clause that ends there: "the conflict that broke out 71 years ago, stressing …".
    return place.start >= attributionStart && place.end <= draft.start && /^[\s,]*$/.test(text.slice(place.end, draft.cueStart)) &&
      (place.date.precision !== 'year' || !/^\d{4}$/.test(place.date.text)) &&
      !/\b(?:that|which|who|whose|where)\s[^,;:]*$/i.test(text.slice(draft.sentence.start, place.start));
  });
  if (!inFrame.length) return null;
  // The date nearest the cue belongs to the act of saying.
  const nearest = [...inFrame].sort((a, b) => Math.abs(a.start - draft.cueEnd) - Math.abs(b.start - draft.cueEnd))[0];
  return { value: nearest.date.value, precision: nearest.date.precision, text: nearest.date.text, source: 'explicit' };
}

/**
 * How a statement relates to the occasion an article reports, decided once for both questions:
 * whether its own day shows which day that is, and whether, undated, it takes that day.
 * - What documents and the media say shows nothing and takes nothing: they report, they do not attend.
 * - A request dated between its addressee and its content ("urged EU officials on Tuesday to …") is
 *   an act of its own: its day is not the occasion's.
 * - An interview with another outlet ("On Thursday, Putin told India Today …") is an occasion of its
 *   own (and so is the rest of its sentence: see `otherInterview`).
 * - Words from an interview with the article's own outlet ("told the Global Times", "in an
 *   interview") or from before ("Earlier, state media said …") may show the day the article is about
 *   ("said in an interview earlier Monday"), but undated they were not said on it.
 */
function occasionPart(text: string, draft: Draft, request: boolean, outlet: string): { showsDay: boolean; takesDay: boolean; otherInterview: boolean } {
  if (draft.entity.type === 'document' || isMedia(draft.entity.name) || draft.cue === 'reported') return { showsDay: false, takesDay: false, otherInterview: false };
  const frame = text.slice(draft.sentence.start, draft.sentence.end);
  const lower = frame.toLowerCase();
  // ("Earlier in the day" and "earlier today" are the same day.)
  const before = /^(?:earlier(?!\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon)))|previously|before that|last\s+(?:week|month|year)|in\s+(?:the\s+)?past)\b/i.test(frame);
  const ownInterview = /\bin an interview\b/i.test(frame) || (outlet !== '' && (lower.includes(`told ${outlet.toLowerCase()}`) || lower.includes(`told the ${outlet.toLowerCase()}`)));
  let otherInterview = false;
  if (/^(?:told|said in an interview|gave an interview)/i.test(draft.cue)) {
    const after = text.slice(draft.cueEnd, draft.cueEnd + 80);
    const audience = /^\s+((?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s*){1,4})/u.exec(after)?.[1]?.trim() ?? '';
    otherInterview = (audience !== '' && isMedia(audience)) || /^\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:newspaper|broadcaster|news agency|agency|television|TV|radio|magazine|channel|daily|podcast)\b/iu.test(after);
  }
  return { showsDay: !request && !otherInterview, takesDay: !before && !ownInterview, otherInterview };
}

/**
 * "urged EU officials on Tuesday to hit China …", "called on Kyiv yesterday to respond": a time
 * between the one addressed and the request dates the request, though it sits inside the reported
 * span; so does one between a judgment or a feeling and its reason ("slammed officials on Monday
 * for …", "expressed “strong concerns” Thursday over …"). `request` says which of the two it is.
 */
function dateInsideWords(text: string, draft: Draft, anchor: string): { date: StatementDate; request: boolean } | null {
  const words = text.slice(draft.start, draft.end);
  const time = '(?:on\\s+)?\\p{L}+day(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\\s+(?:week|month|night)';
  // "urged EU officials on Tuesday to …", and "told residents to evacuate immediately Saturday
  // morning": the day of a request, whether it comes before the request or closes it (but not "by
  // Friday", a deadline, or "until Monday").
  // "slammed officials on Monday for “telling lies”", "accused Washington on Friday of …": a blame
  // or praise dated between its object and its reason.
  // "expressed “strong concerns” Thursday over …": a feeling voiced, dated between it and its object.
  const judged = /^(?:slam|blast|criticiz|criticis|condemn|accus|reproach|rebuk|chid|prais|hail|thank|blam|express)/i.test(draft.cue);
  const word = judged ? '[^\\s,;:]+' : '[^\\s,;:"“”]+';
  const request = new RegExp(`^(?:${word}\\s+){1,6}?(${time})\\s+(?:to${judged ? '|for|over|of|about|at' : ''})\\s+["“]?\\p{L}`, 'iu').exec(words) ??
    (/^(?:told|urged|asked|ordered|called on|instructed|advised|warned)$/i.test(draft.cue)
      ? new RegExp(`^(?:[^\\s,;:"“”]+\\s+){1,8}?to\\s+[^,;:"“”]{1,60}?(?<!\\b(?:by|before|until|till|after|from|since|next|every|each|this|that))\\s+(${time})(?=\\s+(?:due|because|after|as|amid|following|over|in|at)\\b|[,.;]|$)`, 'iu').exec(words)
      : null);
  if (!request) return null;
  const found = findDates(request[1]!, anchor)[0];
  if (!found || found.start !== 0 || found.end !== request[1]!.length) return null;
  const date: StatementDate = { value: found.value, precision: found.precision, text: found.text, source: 'explicit' };
  return { date, request: /\s+to\s+["“]?\p{L}/u.test(request[0].slice(request[0].lastIndexOf(request[1]!) + request[1]!.length)) || !judged };
}

/** The last day a date value can mean, as YYYY-MM-DD: "2023-W37" ends on its Sunday, "2023-09" on the 30th. */
function lastDayOf(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return formatDay(mondayOf(dayNumber(Number(week[1]), 1, 4)) + (Number(week[2]) - 1) * 7 + 6);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return formatDay(dayNumber(Number(month[1]), Number(month[2]) + 1, 1) - 1);
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  return value;
}

/** True when capitalised words in `text` begin with the letters of `acronym`, in order: "Foreign Office" for FO. */
function spellsAcronym(text: string, acronym: string): boolean {
  const words = text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  for (let start = 0; start + acronym.length <= words.length; start++) {
    if ([...acronym].every((letter, offset) => words[start + offset]![0] === letter)) return true;
  }
  return false;
}
