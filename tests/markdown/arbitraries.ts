import fc from 'fast-check';
import { splitParagraphs } from '../../scripts/annotate/01-segment/paragraphs.ts';
import type { AnnotationResult, ParagraphType, Statement } from '../../scripts/annotate/types.ts';

/** Pieces of text that stress markdown escaping, our directive syntax and line handling. */
const TRICKY = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '\n', '\r\n', '\r', '\n\n', ' ', '  ', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff',
  '*', '**', '_', '__', '`', '```', '~~~', '[', ']', '(', ')', '{', '}', '#', '## ', '> ', '- ', '+ ', '* ', '1. ', '2) ', '---', '***', '===',
  '<', '>', '&', '&amp;', '&#65;', '&#x0;', '&nbsp;', '\\', '\\\\', '|', '!', '![a](b)', '[x](javascript:alert(1))', '<script>alert(1)</script>',
  '<!--', '-->', '<div>', '<http://a.b>', 'http://example.com', '[a]: /b', '[^1]', ':', '::', ':::', ':statement[x]{id=y}', '::noise[x]{type=credit}',
  ':::note', ':x', '{#id}', '{.cls}', '\u0000', '\ud800', '\udfff', '😀', 'é', 'e\u0301', '    ', 'said', ' said ', 'Putin', 'on Friday',
];

const word = fc.constantFrom('China', 'Russia', 'Wang', 'said', 'told', 'the', 'Global', 'Times', 'that', 'on', 'Friday', 'will', 'ties', 'Xi', 'Lavrov');

/** Text built from markdown-significant fragments, words and arbitrary characters. */
export const trickyText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 3, arbitrary: word },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 3 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Any text at all: full Unicode, lone surrogates, control characters. */
export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  trickyText,
);

const PARAGRAPH_TYPES: ParagraphType[] = ['headline', 'body', 'credit', 'related', 'subheading', 'dateline', 'byline'];

/**
 * A body with an annotation result whose spans fall anywhere (inside words, across paragraphs,
 * crossing one another), so directive boundaries meet every kind of neighbouring character.
 */
export const bodyWithRandomAnnotations = anyText.chain((body) => {
  const { spans, gaps } = splitParagraphs(body);
  const offset = fc.integer({ min: 0, max: body.length });
  const span = fc.tuple(offset, offset).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
  return fc
    .record({
      types: fc.array(fc.constantFrom(...PARAGRAPH_TYPES, 'body', 'body'), { minLength: spans.length, maxLength: spans.length }),
      statements: fc.array(
        fc.record({ words: span, mention: fc.option(span), cue: fc.option(span), date: fc.option(span), kind: fc.constantFrom('direct', 'indirect', 'mixed') as fc.Arbitrary<Statement['kind']> }),
        { maxLength: 5 },
      ),
      claims: fc.array(fc.record({ words: span, attributed: fc.boolean() }), { maxLength: 4 }),
      dateline: fc.option(span),
    })
    .map(({ types, statements, claims, dateline }) => {
      const paragraphs = spans.map((s, i) => ({ ...s, type: types[i] as ParagraphType }));
      const paragraphOf = (at: number) => Math.max(0, paragraphs.findIndex((p) => at < p.end));
      const result: AnnotationResult = {
        paragraphs,
        events: [],
        gaps,
        dateline: dateline ? { ...dateline, text: body.slice(dateline.start, dateline.end), value: null } : null,
        speakers: [],
        statements: statements.map((s, i) => ({
          id: `s-${i}a`,
          speaker: { id: `speaker-${i}`, name: 'Someone', role: null, country: null, type: 'person', affiliation: null, vague: false },
          kind: s.kind,
          text: body.slice(s.words.start, s.words.end),
          start: s.words.start,
          end: s.words.end,
          cue: s.cue ? body.slice(s.cue.start, s.cue.end) : '',
          date: s.date ? { value: '2022-10-28', precision: 'day', text: body.slice(s.date.start, s.date.end), source: 'explicit' } : null,
          speakerMention: s.mention ? { ...s.mention, text: body.slice(s.mention.start, s.mention.end) } : null,
          via: null,
          paragraph: paragraphOf(s.words.start),
          rule: 'test',
        })),
        claims: claims.map((c, i) => ({
          id: `c-${i}b`,
          text: body.slice(c.words.start, c.words.end),
          start: c.words.start,
          end: c.words.end,
          speaker: 'the-outlet',
          attributed: c.attributed,
          statement: null,
        })),
      };
      return { body, result };
    });
});
