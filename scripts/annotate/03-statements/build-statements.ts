import type { Quote } from '../02-quotes/find-quotes.ts';
import type { Span } from '../01-segment/split-sentences.ts';
import { isMedia, parseSpeakerPhrase } from '../04-speakers/parse-speaker-phrase.ts';
import type { Entity, Registry } from '../04-speakers/registry.ts';
import { resolveSpeaker, type SpeakerHistory } from '../04-speakers/resolve-speaker.ts';
import { isSubjectPosition } from '../04-speakers/subject-position.ts';
import type { StatementKind } from '../types.ts';
import { findAttributions, type Attribution } from './find-attributions.ts';

/** A sentence opening set at an earlier time: "In December last year,", "Back in 2019,", "Earlier,". */
const backgroundOpening = /^\s*(?:(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:last\s+year|\d{4}|the\s+past)|earlier|previously|last\s+(?:year|month|week)|(?:\w+\s+)?(?:years|months|weeks)\s+ago)\b[^,]{0,30},/i;

/** A body paragraph with its quotes and sentences (absolute body offsets). */
export interface SegmentedParagraph {
  index: number;
  start: number;
  end: number;
  quotes: Quote[];
  sentences: Span[];
}

/** A statement before dates and ids: what stages 3 and 4 find. */
export interface Draft {
  kind: StatementKind;
  start: number;
  end: number;
  cue: string;
  cueStart: number;
  cueEnd: number;
  entity: Entity;
  resolvedBy: string;
  speakerMention: { start: number; end: number } | null;
  via: string | null;
  paragraph: number;
  sentence: Span;
  /** How it was found: an attribution pattern, or a rule that carries a speaker to unattributed words. */
  rule: string;
  /** The attribution's own words (speaker, cue, via), to look for the date in. */
  frame: Array<[number, number]>;
  /** The speaker phrase was an indefinite description ("a top Chinese official"). */
  indefinite?: boolean;
}

const quoteMarks = /["“”‘’'«»]/;
/** Words that report an act of speaking: a paragraph holding one narrates speech. */
const speechWord = /\b(?:said|says|told|tells|added|adds|noted|stated|stressed|explained|announced|remarked|commented|replied|according to|remarks?|statement|speaking|spoke)\b/i;
const continuationBlockers =
  /^(?:he|she|they|his|her|their|the|this|that|these|those|it|its|earlier|later|last|meanwhile|on|in|at|since|after|before|when|while|but|however|also|asked|according|such|both|separately)\b/i;

function topLevelQuotesIn(quotes: readonly Quote[], start: number, end: number): Quote[] {
  return quotes.filter((quote) => quote.depth === 0 && quote.open >= start - 1 && quote.close <= end + 1);
}

/** "in a statement", "at Friday's briefing", "on Monday": where or when the words were said. */
const occasionAfter = /^,?\s*(?:(?:in|at|on)\s+(?:(?:a|an|the|his|her|its|their|this|last|that)\s+|\p{Lu}\p{L}*['’]s\s+)(?:[\p{L}-]+\s+){0,3}(?:statement|interview|speech|conference|briefing|meeting|address|post|letter|remarks|video|session|summit|forum|call|talks|visit|message|broadcast|week|month|year|day|morning|evening)s?\b|on\s+\p{Lu}\p{L}*day\b|(?:in|on|at)\s+(?:parliament|television|radio|twitter|x|telegram|facebook)\b)/iu;

/** Direct when the words are one whole quotation, mixed when they hold quoted fragments. */
function classify(
  text: string,
  quotes: readonly Quote[],
  start: number,
  end: number,
): { kind: StatementKind; start: number; end: number } {
  const inside = topLevelQuotesIn(quotes, start, end);
  if (inside.length === 1) {
    const [quote] = inside;
    const before = text.slice(start, quote.open).trim();
    const after = text.slice(quote.close, end).replace(/[\s.,;:!?]+$/, '').trim();
    // `stated that “…,” during a regular press conference`: an adverbial after the quote is not
    // part of what was said.
    let adverbialAfter = /^,?\s*(?:during|at|in|on|after|before|while|when|as|to|from|with|via|through|amid|following|according|upon|ahead)\b/i.test(after);
    // `noted “worrying trends” in the Horn of Africa`: after a few quoted words that are no sentence,
    // "in …" goes on with the noun phrase, unless it names the occasion ("in a statement").
    const words = text.slice(quote.open + 1, quote.close - 1).trim();
    const fragment = words.split(/\s+/).length <= 5 && !/[.!?]$/.test(words);
    if (adverbialAfter && fragment && /^in\b/i.test(after) && !occasionAfter.test(after)) adverbialAfter = false;
    if (!before && (!after || adverbialAfter)) {
      let quoteEnd = quote.end;
      while (quoteEnd > quote.start && /[\s,;:]/.test(text[quoteEnd - 1])) quoteEnd--;
      return { kind: 'direct', start: quote.start, end: quoteEnd };
    }
  }
  if (inside.length > 0 || quoteMarks.test(text.slice(start, end).replace(/\b['’]\b|s['’](?=\s)/g, ''))) {
    return { kind: inside.length > 0 ? 'mixed' : 'indirect', start, end };
  }
  return { kind: 'indirect', start, end };
}

function isViaLike(attribution: Attribution): boolean {
  return attribution.speaker.kind === 'media' || attribution.speaker.kind === 'document' ||
    attribution.lemma === 'report' || (attribution.pattern === 'according-to');
}

/** Picks the attributions that carry statements; others become the medium ("via") or are dropped. */
function choosePrimaries(text: string, attributions: Attribution[]): Attribution[] {
  const primaries: Attribution[] = [];
  const sorted = [...attributions].sort((a, b) => a.cueStart - b.cueStart);
  for (const candidate of sorted) {
    const container = sorted.find(
      (other) => other !== candidate && candidate.cueStart >= other.contentStart && candidate.cueStart < other.contentEnd,
    );
    // Each inside the other's words ("China opposes … and urges …, Lu Kang told …"): the attribution
    // that closes the sentence governs all of it.
    const mutual = container && container.cueStart >= candidate.contentStart && container.cueStart < candidate.contentEnd;
    const closes = (attribution: Attribution): boolean => attribution.pattern === 'trailing' || attribution.pattern === 'inverted';
    if (mutual && closes(candidate) && !closes(container!)) {
      primaries.push(candidate);
      continue;
    }
    if (container && !(isViaLike(container) && !isViaLike(candidate))) continue;
    const nested = sorted.find(
      (other) => other !== candidate && other.cueStart >= candidate.contentStart && other.cueStart < candidate.contentEnd,
    );
    if (nested && isViaLike(candidate) && !isViaLike(nested)) continue;
    // A via-like attribution whose words contain this one's: "…, the readout said." / "…, TASS reported."
    const outer = sorted.find(
      (other) => other !== candidate && isViaLike(other) && !isViaLike(candidate) &&
        candidate.cueStart >= other.contentStart && candidate.cueStart < other.contentEnd,
    );
    if (outer) {
      const viaStart = Math.min(outer.speakerStart, outer.cueStart);
      const viaEnd = Math.max(outer.speakerEnd, outer.cueEnd);
      candidate.via = { text: text.slice(viaStart, viaEnd), start: viaStart, end: viaEnd };
      if (candidate.contentEnd > viaStart) {
        let cut = viaStart;
        while (cut > candidate.contentStart && /[\s,]/.test(text[cut - 1])) cut--;
        candidate.contentEnd = cut;
      }
    }
    if (primaries.some((other) => overlaps(other, candidate))) continue;
    primaries.push(candidate);
  }
  return primaries;
}

function overlaps(a: Attribution, b: Attribution): boolean {
  return a.contentStart < b.contentEnd && b.contentStart < a.contentEnd;
}

/**
 * Stage 3 and 4: finds the statements of an article and ties each to a speaker, then applies the
 * rules that carry a speaker to words without an attribution of their own.
 */
export function buildStatements(text: string, paragraphs: readonly SegmentedParagraph[], registry: Registry): Draft[] {
  const drafts: Draft[] = [];
  // Sorted starts of sentences and spans of quotations, searched by bisection: these questions are
  // asked for every mention, so they must not scan the article.
  const sentenceStarts = paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.start));
  const quoteSpans = paragraphs.flatMap((paragraph) => paragraph.quotes.filter((quote) => quote.depth === 0)).sort((a, b) => a.open - b.open);
  const quoteOpens = quoteSpans.map((quote) => quote.open);
  const quoted = (offset: number): boolean => {
    const index = lastAtOrBefore(quoteOpens, offset, quoteOpens.length);
    return index >= 0 && offset < quoteSpans[index].close;
  };
  const history: {
    statements: Array<{ entity: Entity; at: number; paragraph: number }>;
    currentSentence: number;
    text: string;
    quoted: (offset: number) => boolean;
    isSubject: (mention: number) => boolean;
    inBackground: (mention: number) => boolean;
    reported: (offset: number) => boolean;
  } = {
    statements: [],
    currentSentence: 0,
    text,
    quoted,
    isSubject: (mention) => {
      const index = lastAtOrBefore(sentenceStarts, mention, sentenceStarts.length);
      return index >= 0 && isSubjectPosition(text, sentenceStarts[index], mention);
    },
    // Someone who acted in a sentence set in the past ("In December last year, Putin …", "Back in
    // 2019, …") is background: the one who spoke last is still the one talking.
    // "Magwenya said Ramaphosa had agreed … “…,” he said": Ramaphosa is in what Magwenya said.
    reported: (offset) => drafts.some((draft) => draft.start <= offset && offset < draft.end),
    inBackground: (mention) => {
      const index = lastAtOrBefore(sentenceStarts, mention, sentenceStarts.length);
      return index >= 0 && backgroundOpening.test(text.slice(sentenceStarts[index], mention));
    },
  };
  const speakerHistory: SpeakerHistory = history;

  // Attributions first, so that a surname used only as a speaker ("Xi said") is known as a person's
  // name wherever else it appears; then every name is registered before any mention is resolved.
  const found = paragraphs.map((paragraph) =>
    paragraph.sentences.map((sentence) => choosePrimaries(text, findAttributions(text, sentence.start, sentence.end, paragraph.quotes))),
  );
  const speakerNames = found.flat(2).map((attribution) => attribution.speaker).filter((phrase) => phrase.kind === 'name' && phrase.name);
  for (const phrase of speakerNames) registry.knowName(phrase.name ?? '');
  for (const paragraph of paragraphs) registry.scanNames(text.slice(paragraph.start, paragraph.end), paragraph.start);

  for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
    for (const [sentenceIndex, sentence] of paragraph.sentences.entries()) {
      const attributions = found[paragraphIndex][sentenceIndex];
      const resolved = new Map<Attribution, ReturnType<typeof resolveSpeaker>>();
      history.currentSentence = sentence.start;
      for (const attribution of attributions) {
        const at = attribution.speakerStart;
        const resolution =
          (attribution.host && resolved.get(attribution.host)) ||
          resolveSpeaker(attribution.speaker, at, paragraph.index, registry, speakerHistory);
        resolved.set(attribution, resolution);
        // `said: “The work is ongoing” and that, so far, “cautious optimism” …`: a quote, then a
        // second reported clause under the same cue.
        const opening = paragraph.quotes.find((quote) => quote.depth === 0 && quote.open === attribution.contentStart && quote.close < attribution.contentEnd);
        const andThat = opening ? /^\s*,?\s*and\s+that\b,?\s*/i.exec(text.slice(opening.close, attribution.contentEnd)) : null;
        if (opening && andThat) {
          const rest = { ...attribution, contentStart: opening.close + andThat[0].length, host: attribution };
          attributions.splice(attributions.indexOf(attribution) + 1, 0, rest);
          attribution.contentEnd = opening.close;
        }
        const shape = classify(text, paragraph.quotes, attribution.contentStart, attribution.contentEnd);
        if (shape.end - shape.start < 2) continue;
        const frame: Array<[number, number]> = [
          [sentence.start, Math.min(attribution.contentStart, shape.start)],
          [Math.max(attribution.contentEnd, shape.end), sentence.end],
        ];
        const nameStart = attribution.speaker.nameStart >= 0 ? attribution.speakerStart + attribution.speaker.nameStart : -1;
        // Where the speaker is named: the name, or the phrase without its trailing adverbs ("the
        // ministry on Friday" is named by "the ministry").
        const coreAt = text.indexOf(attribution.speaker.core, attribution.speakerStart);
        const mention = nameStart >= 0
          ? { start: nameStart, end: nameStart + (attribution.speaker.name ?? '').length }
          : coreAt >= 0 && coreAt < attribution.speakerEnd
            ? { start: coreAt, end: coreAt + attribution.speaker.core.length }
            : { start: attribution.speakerStart, end: attribution.speakerEnd };
        const draft: Draft = {
          kind: shape.kind,
          start: shape.start,
          end: shape.end,
          cue: attribution.cue,
          cueStart: attribution.cueStart,
          cueEnd: attribution.cueEnd,
          entity: resolution.entity,
          resolvedBy: resolution.by,
          speakerMention: mention,
          via: attribution.via?.text ?? null,
          paragraph: paragraph.index,
          sentence,
          rule: attribution.pattern,
          frame,
          indefinite: attribution.speaker.kind === 'indefinite',
        };
        drafts.push(draft);
        resolution.entity.spoke.push(at);
        history.statements.push({ entity: resolution.entity, at, paragraph: paragraph.index });
        if (attribution.continuation) {
          const quote = attribution.continuation;
          let quoteEnd = quote.end;
          while (quoteEnd > quote.start && /[\s,;:]/.test(text[quoteEnd - 1])) quoteEnd--;
          drafts.push({ ...draft, kind: 'direct', start: quote.start, end: quoteEnd, rule: 'interrupted-quote' });
        }
      }
    }
  }

  drafts.sort((a, b) => a.start - b.start);
  extendBackOverParagraph(text, paragraphs, drafts);
  extendForwardInParagraph(text, paragraphs, drafts);
  attributeQuoteOnlySentences(text, paragraphs, drafts, registry);
  attributeSandwichedParagraphs(text, paragraphs, drafts);
  resolveCataphora(drafts);
  return drafts.sort((a, b) => a.start - b.start);
}

/** Index of the last value ≤ `target` in an ascending array, or -1. */
function lastAtOrBefore(values: readonly number[], target: number, length: number): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle] <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function statementsIn(drafts: readonly Draft[], start: number, end: number): Draft[] {
  return drafts.filter((draft) => draft.start < end && draft.end > start);
}

function endWithoutPunctuation(text: string, end: number, start: number): number {
  while (end > start && /[\s.!?;:]/.test(text[end - 1])) end--;
  return end;
}

/**
 * "China will continue to share …. China and Russia will always be …, Wang said." A trailing
 * attribution that closes a paragraph covers the paragraph's earlier sentences when they have no
 * attribution or quotation of their own.
 */
function extendBackOverParagraph(text: string, paragraphs: readonly SegmentedParagraph[], drafts: Draft[]): void {
  for (const paragraph of paragraphs) {
    const inParagraph = drafts.filter((draft) => draft.paragraph === paragraph.index);
    const first = inParagraph[0];
    if (!first || first.kind !== 'indirect' || (first.rule !== 'trailing' && first.rule !== 'inverted')) continue;
    const sentenceIndex = paragraph.sentences.findIndex((sentence) => sentence.start === first.sentence.start);
    if (sentenceIndex <= 0) continue;
    if (first.start !== first.sentence.start) continue;
    const earlier = paragraph.sentences.slice(0, sentenceIndex);
    const clean = earlier.every((sentence) => !quoteMarks.test(text.slice(sentence.start, sentence.end).replace(/\b['’]\b|s['’](?=\s)/g, '')));
    if (!clean) continue;
    first.start = earlier[0].start;
    first.rule = `${first.rule}+paragraph`;
  }
}

/** "Cui Heng … told the Global Times that …. Facing an uncertain future, Putin knows well that …" */
function extendForwardInParagraph(text: string, paragraphs: readonly SegmentedParagraph[], drafts: Draft[]): void {
  for (const draft of drafts) {
    if (draft.kind !== 'indirect' || draft.rule !== 'subject-first') continue;
    if (!/\bthat\s*$/.test(text.slice(draft.cueEnd, draft.start))) continue;
    const paragraph = paragraphs.find((item) => item.index === draft.paragraph);
    if (!paragraph) continue;
    const sentenceIndex = paragraph.sentences.findIndex((sentence) => sentence.start === draft.sentence.start);
    const next = paragraph.sentences[sentenceIndex + 1];
    if (!next || endWithoutPunctuation(text, draft.sentence.end, draft.sentence.start) !== draft.end) continue;
    const words = text.slice(next.start, next.end);
    if (statementsIn(drafts, next.start, next.end).length || quoteMarks.test(words.replace(/\b['’]\b|s['’](?=\s)/g, ''))) continue;
    if (continuationBlockers.test(words) || findAttributions(text, next.start, next.end, paragraph.quotes).length) continue;
    draft.end = endWithoutPunctuation(text, next.end, next.start);
    draft.rule = `${draft.rule}+next-sentence`;
  }
}

/**
 * A sentence that is nothing but a quotation, with no attribution, continues the speaker of the
 * statement just before it (in the same or the previous paragraph): the usual way a quote runs on.
 */
function attributeQuoteOnlySentences(text: string, paragraphs: readonly SegmentedParagraph[], drafts: Draft[], registry: Registry): void {
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (statementsIn(drafts, sentence.start, sentence.end).length) continue;
      const quotes = topLevelQuotesIn(paragraph.quotes, sentence.start, sentence.end);
      if (quotes.length !== 1) continue;
      const [quote] = quotes;
      const outside = (text.slice(sentence.start, quote.open) + text.slice(quote.close, sentence.end)).replace(/[\s.,;:!?—–-]/g, '');
      if (outside) continue;
      const words = text.slice(quote.start, quote.end).trim().split(/\s+/).length;
      // Short quotes run on only right after a quotation of the same paragraph: `“…,” the agency posted. “Evacuate now.”`
      const quotedJustBefore = drafts.some((draft) => draft.paragraph === paragraph.index && draft.kind === 'direct' && draft.end <= sentence.start);
      if (words < (quotedJustBefore ? 2 : 4)) continue;
      // `"…" / -- Roger Federer on …`: the speaker named on a dash line after the quotation.
      const credit = creditLine(text, paragraphs, paragraph, sentence, registry);
      if (credit) {
        let creditEnd = quote.end;
        while (creditEnd > quote.start && /[\s,;:]/.test(text[creditEnd - 1])) creditEnd--;
        drafts.push({
          kind: 'direct', start: quote.start, end: creditEnd, cue: '—', cueStart: credit.start, cueEnd: credit.start,
          entity: credit.entity, resolvedBy: 'name', speakerMention: { start: credit.start, end: credit.end }, via: null,
          paragraph: paragraph.index, sentence, rule: 'dash-credit', frame: [],
        });
        credit.entity.spoke.push(credit.start);
        drafts.sort((a, b) => a.start - b.start);
        continue;
      }
      // A quote left open at the end of the paragraph is closed, and attributed, in the next one.
      const next = quote.unclosed ? paragraphs.find((item) => item.index === paragraph.index + 1) : undefined;
      const following = next ? drafts.find((draft) => draft.paragraph === next.index && draft.start <= next.start + 1) : undefined;
      const previous = following ?? drafts.filter((draft) => draft.end <= sentence.start).at(-1);
      if (!previous || Math.abs(paragraph.index - previous.paragraph) > 1) continue;
      const between = text.slice(previous.end, sentence.start);
      if (!following && paragraph.index !== previous.paragraph && /[.!?]["”]?\s*$/.test(text.slice(previous.sentence.start, previous.sentence.end)) === false) continue;
      if (/\b(?:\p{Lu}\p{L}+\s+\p{Lu}\p{L}+)\b/u.test(between.replace(/^[^.]*?(?:said|told|added)[^.]*\./, '')) && between.length > 200) continue;
      let quoteEnd = quote.end;
      while (quoteEnd > quote.start && /[\s,;:]/.test(text[quoteEnd - 1])) quoteEnd--;
      drafts.push({
        ...previous,
        kind: 'direct',
        start: quote.start,
        end: quoteEnd,
        cue: '',
        cueStart: quote.open,
        cueEnd: quote.open,
        speakerMention: null,
        paragraph: paragraph.index,
        sentence,
        rule: following ? 'quote-closed-in-next-paragraph' : 'quote-continues-speaker',
        frame: [],
      });
      drafts.sort((a, b) => a.start - b.start);
    }
  }
}

/**
 * The speaker named on a line that follows a quotation paragraph and starts with a dash, in the
 * "who said what" style: `"Hopefully it rains again tomorrow."` / `-- Roger Federer on the rain delay`.
 */
function creditLine(
  text: string,
  paragraphs: readonly SegmentedParagraph[],
  paragraph: SegmentedParagraph,
  sentence: Span,
  registry: Registry,
): { entity: Entity; start: number; end: number } | null {
  const last = paragraph.sentences.at(-1);
  if (!last || last.start !== sentence.start) return null;
  const next = paragraphs.find((item) => item.index === paragraph.index + 1);
  if (!next) return null;
  const line = /^(?:--|—|–)\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)/u.exec(text.slice(next.start, next.end));
  if (!line) return null;
  const phrase = parseSpeakerPhrase(line[1]);
  if (!phrase || phrase.kind !== 'name') return null;
  const start = next.start + line[0].indexOf(line[1]);
  return { entity: registry.person(phrase, start), start, end: start + line[1].length };
}

/**
 * A paragraph with no attribution between two paragraphs whose statements are by the same speaker is
 * that speaker's too (the style of reported briefings: "X said …" / … / "…, X said.").
 */
function attributeSandwichedParagraphs(text: string, paragraphs: readonly SegmentedParagraph[], drafts: Draft[]): void {
  for (let index = 1; index < paragraphs.length - 1; index++) {
    const paragraph = paragraphs[index];
    const previous = paragraphs[index - 1];
    const next = paragraphs[index + 1];
    if (previous.index !== paragraph.index - 1 || next.index !== paragraph.index + 1) continue;
    if (statementsIn(drafts, paragraph.start, paragraph.end).length) continue;
    const words = text.slice(paragraph.start, paragraph.end);
    if (quoteMarks.test(words.replace(/\b['’]\b|s['’](?=\s)/g, ''))) continue;
    const before = statementsIn(drafts, previous.start, previous.end).at(-1);
    const after = statementsIn(drafts, next.start, next.end)[0];
    if (!before || !after || before.entity !== after.entity || before.entity.type !== 'person') continue;
    // A paragraph that speaks of saying ("… added more") reports speech; it is not the speech itself.
    if (speechWord.test(words)) continue;
    // Speech runs in the present or the first person; past-tense narration about others is the reporter's.
    if (!/\b(?:I|we|our|us|my|me|is|are|am|will|has|have|can|must|should|cannot|remains?|needs?|wants?)\b/.test(words)) continue;
    // "Earlier on Friday, official data showed …": another moment, or another source, not the speaker's words.
    if (/^(?:earlier|meanwhile|separately|later|previously)\b/i.test(words) || /\b(?:data|figures|statistics|polls?|surveys?)\s+(?:showed|shows|show|suggested|indicated)\b/i.test(words)) continue;
    // "Wang made the remarks while speaking to reporters": narration about the speaker, not speech.
    const opening = words.split(/\s+/).slice(0, 4).map((word) => word.replace(/[^\p{L}'’-]/gu, ''));
    if (/^(?:he|she|they|his|her)$/i.test(opening[0] ?? '') || opening.some((word) => before.entity.name.split(/\s+/).includes(word))) continue;
    if (before.end < endWithoutPunctuation(text, previous.end, previous.start) - 1) continue;
    if (after.start > next.start + 1) continue;
    drafts.push({
      ...before,
      kind: 'indirect',
      start: paragraph.start,
      end: endWithoutPunctuation(text, paragraph.end, paragraph.start),
      cue: '',
      cueStart: paragraph.start,
      cueEnd: paragraph.start,
      speakerMention: null,
      paragraph: paragraph.index,
      sentence: { start: paragraph.start, end: paragraph.end },
      rule: 'between-statements-of-one-speaker',
      frame: [],
    });
  }
}

/**
 * "A top Chinese official stated …" in the lead, named in a following paragraph: the indefinite
 * speaker is the first named person who speaks next, if nothing in the description contradicts it.
 */
function resolveCataphora(drafts: Draft[]): void {
  for (const draft of drafts) {
    if (!draft.entity.vague || draft.resolvedBy !== 'unresolved' || draft.entity.type !== 'person') continue;
    if (/\(anonymous\)|unclear which/.test(draft.entity.name)) continue;
    // Only an indefinite description looks ahead ("a top Chinese official …"); "the prime minister"
    // with no one named before stays vague rather than borrow the next name.
    if (!draft.indefinite) continue;
    if (draft.paragraph > 3) continue;
    const later = drafts.find(
      (other) => other.start > draft.end && other.paragraph - draft.paragraph <= 3 && other.entity.type === 'person' && !other.entity.vague,
    );
    if (!later) continue;
    const wanted = draft.entity.country;
    if (wanted && later.entity.country && wanted !== later.entity.country) continue;
    later.entity.country ??= wanted;
    draft.entity = later.entity;
    draft.resolvedBy = 'cataphora';
  }
}

export { isMedia };
