import { findDates, type DateMention } from '../dates/index.ts';
import { knownPeople } from '../lexicon/known-people.ts';
import { placeByWord } from '../lexicon/places.ts';
import { stableIds } from '../stable-ids.ts';
import type { Event, EventDate, EventKind, Speaker, Statement } from '../types.ts';
import { FUTURE_MARKERS, TRIGGERS } from './triggers.ts';

/** A stretch of body text to search: one sentence of a body paragraph (offsets into the body). */
export interface Span {
  start: number;
  end: number;
}

interface Draft extends Omit<Event, 'id'> {
  /** Set on a bare later mention ("in the phone conversation") that names no one and no day. */
  anaphoric: boolean;
}

/** People an article may name: its speakers first, then the people the lexicon knows. */
interface Person {
  name: string;
  /** The single word the news calls them by alone: the family name. */
  short: string;
}

/** A person ready to be looked for: the name as spelled for comparison, and what finds it in text. */
interface Sought extends Person {
  /** "Sergey Lavrov" and "Sergei Lavrov" are one spelling. */
  spelling: string;
  full: RegExp;
  /** Finds the family name alone, when no one else the article may name shares it. */
  alone: RegExp | null;
}

/** Family names come first in Chinese and Korean names ("Xi Jinping" is "Xi"). */
const FAMILY_FIRST = new Set(['CN', 'KP', 'KR', 'TW', 'HK', 'VN']);

/** Words after which a person noun shows a meeting has people in it without naming them. */
const PERSON_NOUNS =
  /\b(?:leaders?|presidents?|premiers?|ministers?|counterparts?|delegations?|officials|diplomats?|envoys?|ambassadors?|chancellors?|heads?\s+of\s+state)\b/i;

/** Occasions a statement is made at: "said at a plenary session", "told reporters during the visit". */
const OCCASION_PREPOSITION = /\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|his|her|their|\p{Lu}[\p{L}'’]*['’]s)?\s*$/iu;

const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

/**
 * The diplomatic events an article reports, one per occasion, in text order: the naming words, who
 * takes part, where, when (resolved against `anchor`, the dateline's day or the publication date) and
 * whether it is still to come.
 */
export function findEvents(
  body: string,
  sentences: readonly Span[],
  speakers: readonly Speaker[],
  statements: readonly Statement[],
  anchor: string,
  articleKey = '',
): Event[] {
  const people = peopleOf(speakers);
  const drafts: Draft[] = [];
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    const found = findInSentence(text, people);
    if (!found.length) continue;
    const dates = findDates(text, anchor);
    for (const hit of found) {
      const date = dateOf(hit, dates) ?? occasionDate(text, hit, sentence, statements);
      drafts.push({
        kind: hit.kind,
        text: text.slice(hit.start, hit.end),
        start: sentence.start + hit.start,
        end: sentence.start + hit.end,
        participants: hit.participants,
        place: hit.place,
        date,
        status: isScheduled(text, hit, date, anchor) ? 'scheduled' : 'past',
        anaphoric: date === null && /\b(?:the|that|this)\s+$/i.test(text.slice(0, hit.trigger)),
      });
    }
  }
  const merged = mergeOccasions(drafts).sort((a, b) => a.start - b.start);
  const ids = stableIds('e', merged.map((draft) => draft.text), articleKey);
  return merged.map(({ anaphoric: _, ...event }, index) => ({ id: ids[index], ...event }));
}

interface Hit {
  kind: EventKind;
  /** Extent of the naming words (the trigger widened to its subject, partner and place). */
  start: number;
  end: number;
  /** Where the trigger itself starts. */
  trigger: number;
  /** The clause the event belongs to: reported content after "that" is another clause. */
  scope: Span;
  participants: string[];
  place: string | null;
}

/** "with Russian Foreign Minister Sergei Lavrov": the other side, up to its last capitalised word. */
const PARTNER = /^\s+(?:with|between)\s+(?:(?!(?:in|on|at|to|during|for|after|before)\s)[^\s,.;:]+\s+){0,8}\p{Lu}[^\s,.;:]*/u;
const PARTNER_AFTER_MET = /^\s+(?:with\s+)?(?:(?!(?:in|on|at|to|during|for|after|before)\s)[^\s,.;:]+\s+){0,8}\p{Lu}[^\s,.;:]*/u;

/** Kinds whose naming words take in who did it: "Wang Yi held a phone conversation with …". */
const WIDEN_TO_SUBJECT = new Set<EventKind>(['meeting', 'call', 'visit', 'signing']);

function findInSentence(text: string, people: readonly Sought[]): Hit[] {
  const hits: Hit[] = [];
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    for (const match of text.matchAll(trigger.pattern)) {
      const start = match.index;
      let end = start + match[0].length;
      if (trigger.rejectAfter?.test(text.slice(end))) continue;
      if (trigger.rejectBefore?.test(text.slice(0, start))) continue;
      // One occasion per span of words: "phone talks" is a call, not also a meeting.
      if (hits.some((hit) => start < hit.end && hit.trigger < end)) continue;
      const scope = clauseOf(text, start, end);
      const clause = text.slice(scope.start, scope.end);
      const named = namesIn(clause, people).map((found) => ({ ...found, index: found.index + scope.start }));
      if (trigger.needsPerson && !named.length && !PERSON_NOUNS.test(clause)) continue;

      const partner = (/met$/.test(match[0]) ? PARTNER_AFTER_MET : PARTNER).exec(text.slice(end, scope.end));
      if (partner && (trigger.kind === 'meeting' || trigger.kind === 'call')) end += partner[0].length;
      const inside = match[0].match(/\bto\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)$/u)?.[1]?.trim();
      const after = placeAfter(text.slice(end, scope.end));
      let place: string | null = inside && isPlace(inside) ? inside : null;
      if (!place && after) {
        place = after.place;
        end += after.length;
      }
      let from = start;
      if (WIDEN_TO_SUBJECT.has(trigger.kind)) {
        const subject = named.find(
          (found) => found.index < start && start - found.index <= 80 && !/[,;:]|\b(?:at|during|said|says|told|of|in|on|after|before)\b/.test(text.slice(found.index, start)),
        );
        if (subject) from = subject.index;
      }
      // A congress is the party's, not the people the sentence happens to name.
      const participants = trigger.kind === 'congress' ? [] : named.map((found) => found.name);
      hits.push({ kind: trigger.kind, start: from, end, trigger: start, scope, participants, place });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The clause around the naming words: from the last "that" before them to the next one after. "X
 * told reporters on Friday that the 20th National Congress …" does not date the congress by Friday.
 */
function clauseOf(text: string, start: number, end: number): Span {
  let from = 0;
  for (const match of text.slice(0, start).matchAll(/\bthat\b/g)) from = match.index + match[0].length;
  const next = /\bthat\b/.exec(text.slice(end));
  return { start: from, end: next ? end + next.index : text.length };
}

/** Everyone the text names, by full name or (when it is unambiguous) by family name alone, in text order. */
function namesIn(text: string, people: readonly Sought[]): Array<{ name: string; index: number }> {
  const names: Array<{ name: string; index: number }> = [];
  for (const person of people) {
    // Both ways of naming someone contain the family name: without it, neither can match.
    if (!text.includes(person.short)) continue;
    if (names.some((found) => found.name.replace(/y\b/g, 'i') === person.spelling)) continue;
    const full = person.full.exec(text);
    const short = person.alone?.exec(text);
    const index = Math.min(full?.index ?? Infinity, short?.index ?? Infinity);
    if (index !== Infinity) names.push({ name: person.name, index });
  }
  return names.sort((a, b) => a.index - b.index);
}

/** The lexicon's people recur in every article: their patterns are made once. */
const wordRegExps = new Map<string, RegExp>();

function wordRegExp(words: string): RegExp {
  let pattern = wordRegExps.get(words);
  if (!pattern) {
    if (wordRegExps.size > 10_000) wordRegExps.clear();
    pattern = new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u');
    wordRegExps.set(words, pattern);
  }
  return pattern;
}

function peopleOf(speakers: readonly Speaker[]): Sought[] {
  const people: Person[] = [];
  const add = (name: string, country: string | null) => {
    if (people.some((person) => person.name === name)) return;
    const words = name.split(/\s+/);
    if (words.length < 2) return;
    people.push({ name, short: country && FAMILY_FIRST.has(country) ? words[0] : words[words.length - 1] });
  };
  for (const speaker of speakers) if (speaker.type === 'person' && !speaker.vague) add(speaker.name, speaker.country);
  for (const person of knownPeople) add(person.name, person.country);
  // Spellings of one name ("Sergei"/"Sergey Lavrov") do not make a family name ambiguous.
  const spellings = new Map<string, Set<string>>();
  for (const person of people) spellings.set(person.short, (spellings.get(person.short) ?? new Set()).add(person.name.replace(/y\b/g, 'i')));
  return people.map((person) => ({
    ...person,
    spelling: person.name.replace(/y\b/g, 'i'),
    full: wordRegExp(person.name),
    alone: spellings.get(person.short)!.size === 1 ? wordRegExp(person.short) : null,
  }));
}

/** "in Uzbekistan", "to Beijing": a capitalised place right after the naming words. */
function placeAfter(rest: string): { place: string; length: number } | null {
  const match = /^\s+(?:in|to)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(rest);
  if (!match || !isPlace(match[1])) return null;
  return { place: match[1], length: match[0].length };
}

function isPlace(words: string): boolean {
  if (MONTHS_AND_DAYS.test(words)) return false;
  return words.split(/\s+/).some((word) => placeByWord(word) !== undefined) || placeByWord(words) !== undefined;
}

/** The date expression nearest the naming words in the sentence (one that covers them counts as nearest). */
function dateOf(hit: Hit, dates: readonly DateMention[]): EventDate | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const date of dates) {
    if (date.end <= hit.scope.start || date.start >= hit.scope.end) continue;
    const distance = date.end <= hit.start ? hit.start - date.end : date.start >= hit.end ? date.start - hit.end : 0;
    if (distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best ? { value: best.value, precision: best.precision, text: best.text } : null;
}

/**
 * "Putin said at the Valdai Discussion Club meeting": the event is the occasion of a statement in
 * the same sentence, so it happened when the statement was made (when the text dates that).
 */
function occasionDate(text: string, hit: Hit, sentence: Span, statements: readonly Statement[]): EventDate | null {
  if (!OCCASION_PREPOSITION.test(text.slice(0, hit.trigger))) return null;
  const at = sentence.start + hit.trigger;
  // An event named inside the reported words is what was talked about, not where it was said.
  const said = statements.find(
    (s) => s.date && s.date.source !== 'publication' && s.end > sentence.start && s.start < sentence.end && !(s.start <= at && at < s.end),
  );
  return said?.date ? { value: said.date.value, precision: said.date.precision, text: said.date.text } : null;
}

function isScheduled(text: string, hit: Hit, date: EventDate | null, anchor: string): boolean {
  if (date && firstDay(date.value) > anchor) return true;
  return FUTURE_MARKERS.test(text.slice(hit.scope.start, hit.trigger)) || /^\s*(?:is|are)\s+(?:scheduled|expected|set|due)\b/i.test(text.slice(hit.end));
}

/** The first day a date value can mean, for comparing with the anchor day. */
function firstDay(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}

/**
 * One event per occasion: a later mention joins an earlier one of the same kind when it is the same
 * numbered congress, falls on the same date with compatible participants, or refers back to it
 * without naming anyone or any day ("in the phone conversation").
 */
function mergeOccasions(drafts: readonly Draft[]): Draft[] {
  const events: Draft[] = [];
  for (const draft of drafts) {
    const same = [...events].reverse().find((event) => event.kind === draft.kind && sameOccasion(event, draft));
    if (!same) {
      events.push({ ...draft, participants: [...draft.participants] });
      continue;
    }
    // A bare back-reference ("in the phone conversation") sits in someone else's sentence: its names are not the event's.
    if (!draft.anaphoric) {
      if (!same.participants.length && draft.participants.length) Object.assign(same, { text: draft.text, start: draft.start, end: draft.end });
      for (const name of draft.participants) if (!same.participants.includes(name)) same.participants.push(name);
    }
    same.place ??= draft.place;
    same.date ??= draft.date;
    if (draft.status === 'scheduled') same.status = 'scheduled';
  }
  return events;
}

function sameOccasion(earlier: Draft, later: Draft): boolean {
  if (later.kind === 'congress') return ordinal(earlier.text) === ordinal(later.text);
  if (later.anaphoric) return true;
  if (earlier.date && later.date) {
    if (earlier.date.value !== later.date.value) return false;
    return subsetEither(earlier.participants, later.participants);
  }
  if (!earlier.date && !later.date) return earlier.participants.length > 0 && sameSet(earlier.participants, later.participants);
  return false;
}

function ordinal(text: string): string {
  return text.toLowerCase().match(/^\S+/)?.[0] ?? text;
}

function subsetEither(a: readonly string[], b: readonly string[]): boolean {
  return a.every((name) => b.includes(name)) || b.every((name) => a.includes(name));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && subsetEither(a, b);
}
