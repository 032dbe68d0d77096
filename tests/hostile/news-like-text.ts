/**
 * Random text shaped like wire copy: speakers, cue verbs, quotation marks of every kind (balanced,
 * nested, unclosed), dates and line ends, so that the annotator finds statements in it and its
 * offsets are exercised, not only its refusals.
 */
import fc from 'fast-check';

const SPEAKERS = [
  'Wang Wenbin', 'Wang', 'Chinese Foreign Ministry spokesperson Wang Wenbin', 'Russian Foreign Minister Sergei Lavrov', 'Lavrov',
  'Putin', 'President Xi Jinping', 'he', 'she', 'they', 'the spokesperson', 'an expert', 'the ministry', 'Kim', 'Kim Jong-un', 'TASS',
  'a Beijing-based analyst who requested anonymity', 'Zakharova',
];
const CUES = ['said', 'told reporters', 'noted', 'stressed', 'added', 'warned', 'said on Friday', 'told the Global Times', 'according to', 'was quoted as saying'];
const WORDS = ['China', 'Russia', 'ties', 'will', 'deepen', 'cooperation', 'the', 'relations', 'on Monday', 'last week', 'in 2022', 'unprecedented', 'and', 'that'];
const OPEN = ['"', '“', '‘', "'", '«', '„', '「'];
const CLOSE = ['"', '”', '’', "'", '»', '“', '」'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', ' ', ' '];

const pick = (values: readonly string[]) => fc.constantFrom(...values);
const words = fc.array(pick(WORDS), { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));

/** The pieces a sentence is made of; quotation marks may be left unbalanced on purpose. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(pick(SPEAKERS), pick(CUES), pick(['', ' that', ':', ',']), words).map(([s, c, j, w]) => `${s} ${c}${j} ${w}.`) },
  { weight: 3, arbitrary: fc.tuple(pick(OPEN), words, pick(CLOSE), pick(SPEAKERS), pick(CUES)).map(([o, w, c, s, cue]) => `${o}${w},${c} ${s} ${cue}.`) },
  { weight: 2, arbitrary: fc.tuple(pick(OPEN), words, pick(OPEN), words, pick(CLOSE), pick(CLOSE)).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.tuple(pick(OPEN), words).map(([o, w]) => `${o}${w}`) },
  { weight: 2, arbitrary: words.map((w) => `${w}.`) },
  { weight: 1, arbitrary: pick(['Photo: Xinhua', 'Read more: China and Russia', 'BEIJING, Oct. 28 (Xinhua) --', '*', '#', '<b>', ':statement[x]{id=y}', '---']) },
);

export const newsLikeText = fc
  .array(fc.tuple(piece, pick(BREAKS)), { maxLength: 24 })
  .map((parts) => parts.map(([text, gap]) => text + gap).join(''));
