import type { AnnotationResult, Paragraph, Statement } from '../types.ts';

export type AnnotationName = 'statement' | 'claim' | 'noise' | 'speaker' | 'cue' | 'date';

/** One inline directive to be placed over `body.slice(start, end)`, inside body paragraph `paragraph`. */
export interface PlannedAnnotation {
  name: AnnotationName;
  paragraph: number;
  start: number;
  end: number;
  attributes: Record<string, string>;
  /** Position in the priority order (statement > claim > dateline > speaker > cue > date): lower wins. */
  rank: number;
}

const RANK: Record<string, number> = { statement: 0, claim: 1, dateline: 2, speaker: 3, cue: 4, date: 5 };

/**
 * Decides which inline annotations the body shows. Markdown can only nest, so an annotation that
 * would cross one of higher priority is left out of the text (the front matter still lists it).
 * Candidates are offered in priority order and each is kept only when it nests with (or is disjoint
 * from) everything kept before it.
 */
export function planAnnotations(body: string, result: AnnotationResult): PlannedAnnotation[] {
  const { paragraphs } = result;
  const candidates: PlannedAnnotation[] = [];
  const offer = (kind: keyof typeof RANK, name: AnnotationName, start: number, end: number, attributes: Record<string, string>) => {
    for (const paragraph of bodyParagraphsTouching(paragraphs, start, end)) {
      const p = paragraphs[paragraph];
      const from = Math.max(start, p.start);
      const to = Math.min(end, p.end);
      if (from < to) candidates.push({ name, paragraph, start: from, end: to, attributes, rank: RANK[kind] });
    }
  };

  for (const statement of result.statements) {
    offer('statement', 'statement', statement.start, statement.end, { id: statement.id, kind: statement.kind, speaker: statement.speaker.id });
  }
  for (const claim of result.claims) {
    if (!claim.attributed) offer('claim', 'claim', claim.start, claim.end, { id: claim.id, speaker: claim.speaker });
  }
  if (result.dateline) offer('dateline', 'noise', result.dateline.start, result.dateline.end, { type: 'dateline' });
  for (const statement of result.statements) {
    const mention = statement.speakerMention;
    if (mention) offer('speaker', 'speaker', mention.start, mention.end, { ref: statement.speaker.id });
  }
  // Each paragraph in lower case, made once for all the cues and dates looked for in it.
  const lowered = new Map<number, string>();
  for (const statement of result.statements) {
    for (const cue of findCue(body, paragraphs, statement, lowered)) offer('cue', 'cue', cue.start, cue.end, { statement: statement.id });
  }
  for (const statement of result.statements) {
    const date = findDate(body, paragraphs, statement, lowered);
    if (date && statement.date) offer('date', 'date', date.start, date.end, { value: statement.date.value, precision: statement.date.precision });
  }

  const kept: PlannedAnnotation[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    // Several statements share one speaker mention or cue word: it is marked once, for the first.
    const key = `${candidate.name}:${candidate.paragraph}:${candidate.start}:${candidate.end}`;
    if (candidate.name !== 'statement' && seen.has(key)) continue;
    if (kept.some((other) => other.paragraph === candidate.paragraph && crosses(other, candidate))) continue;
    seen.add(key);
    kept.push(candidate);
  }
  return kept;
}

function crosses(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function bodyParagraphsTouching(paragraphs: readonly Paragraph[], start: number, end: number): number[] {
  const found: number[] = [];
  paragraphs.forEach((p, index) => {
    if (p.type === 'body' && p.start < end && start < p.end) found.push(index);
  });
  return found;
}

/** The paragraphs a statement's cue or date may sit in: those of its words and of its speaker's name. */
function searchParagraphs(paragraphs: readonly Paragraph[], statement: Statement): number[] {
  const indexes = new Set(bodyParagraphsTouching(paragraphs, statement.start, statement.end));
  const mention = statement.speakerMention;
  if (mention) for (const index of bodyParagraphsTouching(paragraphs, mention.start, mention.end)) indexes.add(index);
  return [...indexes].sort((a, b) => a - b);
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

const WORD = /[\p{L}\p{N}]/u;

/** Occurrences of `needle` in the given paragraphs that start and end at word boundaries, outside `avoid`. */
function occurrences(body: string, paragraphs: readonly Paragraph[], indexes: number[], needle: string, avoid: { start: number; end: number }, lowered: Map<number, string>) {
  const found: Array<{ start: number; end: number }> = [];
  const lowerNeedle = needle.toLowerCase();
  for (const index of indexes) {
    const { start, end } = paragraphs[index];
    let haystack = lowered.get(index);
    if (haystack === undefined) lowered.set(index, (haystack = body.slice(start, end).toLowerCase()));
    for (let at = haystack.indexOf(lowerNeedle); at !== -1; at = haystack.indexOf(lowerNeedle, at + 1)) {
      const span = { start: start + at, end: start + at + needle.length };
      const before = span.start > start ? body[span.start - 1] : '';
      const after = span.end < end ? body[span.end] : '';
      const boundary = !(WORD.test(before) && WORD.test(needle[0])) && !(WORD.test(after) && WORD.test(needle[needle.length - 1]));
      if (boundary && !overlaps(span, avoid)) found.push(span);
    }
  }
  return found;
}

function nearest<T extends { start: number; end: number }>(spans: T[], anchor: { start: number; end: number }): T | undefined {
  let best: T | undefined;
  for (const span of spans) if (!best || distance(span, anchor) < distance(best, anchor)) best = span;
  return best;
}

/**
 * The cue's words in the text, nearest the speaker's name (or the statement when no name was given).
 * A split cue (`quoted … as saying`) is marked part by part, or not at all when a part is missing.
 */
function findCue(body: string, paragraphs: readonly Paragraph[], statement: Statement, lowered: Map<number, string>): Array<{ start: number; end: number }> {
  const parts = statement.cue.split('…').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return [];
  const indexes = searchParagraphs(paragraphs, statement);
  const anchor = statement.speakerMention ?? statement;
  const spans: Array<{ start: number; end: number }> = [];
  for (const part of parts) {
    const span = nearest(occurrences(body, paragraphs, indexes, part, statement, lowered), anchor);
    if (!span) return [];
    spans.push(span);
  }
  return spans;
}

/** The words an explicit date came from, nearest the statement and outside it. */
function findDate(body: string, paragraphs: readonly Paragraph[], statement: Statement, lowered: Map<number, string>): { start: number; end: number } | undefined {
  const date = statement.date;
  if (!date || date.source !== 'explicit' || !date.text.trim()) return undefined;
  const indexes = bodyParagraphsTouching(paragraphs, statement.start, statement.end);
  const spans = occurrences(body, paragraphs, indexes, date.text, statement, lowered);
  const exact = spans.filter((span) => body.slice(span.start, span.end) === date.text);
  return nearest(exact.length ? exact : spans, statement);
}
