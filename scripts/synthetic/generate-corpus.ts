/**
 * Writes N synthetic news articles in the `content/sources` format, for measuring the pipeline and
 * the site at sizes the real corpus does not reach.
 *
 *   node scripts/synthetic/generate-corpus.ts <count> <directory> [--seed <n>]
 *
 * Each article recombines the sentence shapes the annotator meets in wire copy (quotes before and
 * after their attribution, reported speech, "according to", quotes with an apposition, mixed quotes,
 * surname and pronoun follow-ups, relative dates, unattributed narration) and the noise lines that
 * come with it (photo credits, "Read more" links, bylines, subheadings). People and outlets are
 * invented, so no real person is ever given words; the same seed always gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** mulberry32: small, fast and good enough for picking phrases; deterministic across platforms. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Person {
  given: string;
  surname: string;
  role: string;
  pronoun: 'he' | 'she';
}

const PEOPLE: readonly Person[] = [
  { given: 'Marten', surname: 'Osvald', role: 'Foreign Minister of Norland', pronoun: 'he' },
  { given: 'Ilse', surname: 'Varga', role: 'Norlandic Foreign Ministry spokesperson', pronoun: 'she' },
  { given: 'Tomas', surname: 'Rendell', role: 'Prime Minister of Westmark', pronoun: 'he' },
  { given: 'Anya', surname: 'Koval', role: 'Deputy Foreign Minister of Ostrava', pronoun: 'she' },
  { given: 'Lien', surname: 'Hao', role: 'Eastland commerce ministry spokesperson', pronoun: 'she' },
  { given: 'Dario', surname: 'Mendes', role: 'President of Costa Verde', pronoun: 'he' },
  { given: 'Yusuf', surname: 'Karam', role: 'Foreign Minister of Sabria', pronoun: 'he' },
  { given: 'Helga', surname: 'Strand', role: 'Defence Minister of Westmark', pronoun: 'she' },
  { given: 'Pavel', surname: 'Dorin', role: 'ambassador of Ostrava to Eastland', pronoun: 'he' },
  { given: 'Mei', surname: 'Tanaro', role: 'research fellow at the Regional Studies Institute', pronoun: 'she' },
  { given: 'Oren', surname: 'Bialik', role: 'professor at Lakeside University', pronoun: 'he' },
  { given: 'Chiara', surname: 'Lund', role: 'Secretary-General of the Northern Council', pronoun: 'she' },
  { given: 'Viktor', surname: 'Amsel', role: 'energy minister of Ostrava', pronoun: 'he' },
  { given: 'Rana', surname: 'Haddad', role: 'spokeswoman for the Sabrian presidency', pronoun: 'she' },
  { given: 'Joon', surname: 'Park-Ellis', role: 'trade envoy of Costa Verde', pronoun: 'he' },
  { given: 'Greta', surname: 'Holm', role: 'chair of the Westmark foreign affairs committee', pronoun: 'she' },
  { given: 'Amir', surname: 'Sadeq', role: 'analyst at the Centre for Strategic Dialogue', pronoun: 'he' },
  { given: 'Nadia', surname: 'Petrova-Lee', role: 'Eastland Vice Premier', pronoun: 'she' },
  { given: 'Lukas', surname: 'Brenner', role: 'head of the Norlandic central bank', pronoun: 'he' },
  { given: 'Sofia', surname: 'Aranda', role: 'Costa Verdean Foreign Ministry spokesperson', pronoun: 'she' },
];

const OUTLETS = [
  { name: 'Eastern Wire', host: 'easternwire.example', dateline: 'Eastern Wire' },
  { name: 'The Capital Herald', host: 'capitalherald.example', dateline: 'Herald' },
  { name: 'Norland Press Agency', host: 'npa.example', dateline: 'NPA' },
  { name: 'Sabria Today', host: 'sabriatoday.example', dateline: 'ST' },
  { name: 'Westmark Observer', host: 'observer.example', dateline: 'Observer' },
  { name: 'Global Ledger', host: 'globalledger.example', dateline: 'Ledger' },
] as const;

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const CITIES = ['VELMORA', 'OSTGRAD', 'PORT ARLEN', 'SABRA CITY', 'KESTREL', 'NEW HALVEN'];
const GROUPS = ['analysts', 'officials', 'diplomats', 'observers', 'experts'];
const COUNTRIES = ['Norland', 'Westmark', 'Ostrava', 'Eastland', 'Costa Verde', 'Sabria'];
const TOPICS = [
  'energy cooperation', 'grain exports', 'the border talks', 'the trade agreement', 'maritime security',
  'the climate pledge', 'sanctions relief', 'the rail corridor', 'debt restructuring', 'the water treaty',
  'the peace framework', 'semiconductor supply', 'refugee resettlement', 'the fisheries dispute', 'vaccine production',
];
const PROJECTS = ['pipeline', 'rail corridor', 'accord', 'port agreement', 'dam project', 'fisheries pact', 'grain deal', 'border protocol', 'power line', 'free trade zone'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'sen', 'tu', 'vo', 'del', 'bar', 'ni', 'os', 'pe', 'qua', 'ri', 'sal', 'te', 'ul', 'va', 'wen', 'zo'];

/**
 * A made-up place name unique to each article index: statement ids hash the quoted words alone, so
 * two articles must never quote exactly the same sentence, and every sentence names the article's
 * own subject.
 */
export function placeName(index: number): string {
  const space = SYLLABLES.length ** 4;
  // Multiplying by a prime coprime with the space permutes it, so neighbouring indices get unlike names.
  let rest = (((index % space) + 1) * 7919) % space;
  let name = '';
  for (let i = 0; i < 4; i++) {
    name += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  if (index >= space) name += SYLLABLES[Math.floor(index / space) % SYLLABLES.length];
  return name[0]!.toUpperCase() + name.slice(1);
}
const CLAIMS = [
  '{A} and {B} would deepen {T} in the coming months',
  'the talks on {T} had reached an unprecedented level of trust',
  '{A} was ready to resume negotiations with {B} on {T}',
  'no agreement on {T} could be reached without {B}',
  'the dispute over {T} should be settled through dialogue and consultation',
  '{A} opposed any unilateral measures affecting {T}',
  'progress on {T} would benefit the whole region',
  '{B} had failed to honour its commitments on {T}',
  'a joint working group on {T} would meet before the end of the year',
  '{A} regarded {B} as a reliable partner in {T}',
  'the new tariffs threatened {T} and harmed ordinary people',
  'both sides had agreed to expand {T} despite outside pressure',
];
const QUOTES = [
  'We will not accept any attempt to undermine {T}',
  'Our position on {T} has been consistent and clear',
  'The {T} is a historic step for {A} and {B}',
  'The door to dialogue on {T} remains open',
  'We regard {B} as a close partner on the {T}',
  'Nobody gains from a confrontation over {T}',
  'Work on the {T} has reached an absolutely unprecedented level of openness',
  'We expect concrete results on {T}, not more promises',
  'History will judge those who block {T}',
  'There is no alternative to cooperation on {T}',
];
const NARRATION = [
  'The two countries signed a memorandum on {T} last year.',
  'Trade between {A} and {B} grew by {N} percent in the first half of the year.',
  'The meeting came amid rising tensions over {T}.',
  '{A} has been the largest investor in {T} since {Y}.',
  'Negotiations on {T} and on {S} stalled in {Y} after a change of government in {B}.',
  'More than {N} delegates attended the forum.',
  'The agreement on {T} is expected to be ratified by parliament next month.',
];
/** Time adjuncts that may stand between a cue verb and its "that" clause. */
const WHEN_BEFORE_THAT = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'yesterday', ''];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'yesterday', 'earlier this month', ''];
const CUES_THAT = ['said', 'stressed', 'noted', 'warned', 'insisted', 'told reporters', 'added', 'pointed out'];
const CUES_AFTER = ['said', 'added', 'noted', 'stressed'];
const SUBHEADINGS = ['Regional stakes', 'What comes next', 'Background', 'A wider rift', 'Trade at the centre'];
const NOISE = [
  (o: string) => `Photo:${o}`,
  (o: string) => `Photo: ${o}/File`,
  () => 'Read more: Ministers meet again as talks resume',
  () => 'Read next: Border talks enter a new phase',
];

/** One way of quoting: straight or curly marks, picked per article as outlets do. */
const QUOTE_MARKS = [
  ['"', '"'],
  ['\u201c', '\u201d'],
] as const;

export interface SyntheticArticle {
  slug: string;
  text: string;
}

export function generateArticle(index: number, seed: number): SyntheticArticle {
  const random = seededRandom(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const outlet = pick(OUTLETS);
  const [open, close] = pick(QUOTE_MARKS);
  const a = pick(COUNTRIES);
  const b = pick(COUNTRIES.filter((c) => c !== a));
  const topic = pick(TOPICS);
  const subject = `${placeName(index)} ${pick(PROJECTS)}`;
  const year = 2015 + Math.floor(random() * 11);
  const day = new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const published = day.toISOString().slice(0, 10);
  const fill = (pattern: string) =>
    pattern
      .replaceAll('{A}', a)
      .replaceAll('{B}', b)
      .replaceAll('The {T}', `The ${subject}`)
      .replaceAll('the {T}', `the ${subject}`)
      .replaceAll('{T}', `the ${subject}`)
      .replaceAll('{S}', pick(TOPICS))
      .replaceAll('{N}', String(3 + Math.floor(random() * 400)))
      .replaceAll('{Y}', String(year - 1 - Math.floor(random() * 6)));
  const cast = Array.from(new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(PEOPLE))));
  const introduced = new Set<Person>();
  const when = (choices: readonly string[] = WHEN) => {
    const w = pick(choices);
    return w ? ` ${w}` : '';
  };
  // First mention: full name with role; later ones: surname or pronoun, as the annotator must resolve.
  const name = (p: Person, sentenceStart: boolean) => {
    if (!introduced.has(p)) {
      introduced.add(p);
      return random() < 0.5 ? `${p.role[0]!.toUpperCase()}${p.role.slice(1)} ${p.given} ${p.surname}` : `${p.given} ${p.surname}, ${p.role},`;
    }
    if (random() < 0.25) return sentenceStart ? `${p.pronoun[0]!.toUpperCase()}${p.pronoun.slice(1)}` : p.pronoun;
    return p.surname;
  };
  const sentence = (): string => {
    const p = pick(cast);
    const claim = fill(pick(CLAIMS));
    const quote = fill(pick(QUOTES));
    // Narration takes the remaining share, so an article averages about fifteen statements like the real ones.
    switch (Math.floor(random() * 11)) {
      case 0:
        return `${name(p, true)} ${pick(CUES_THAT)}${when(WHEN_BEFORE_THAT)} that ${claim}.`;
      case 1:
        return `${open}${quote},${close} ${name(p, false)} ${pick(CUES_AFTER)}${when()}.`;
      case 2:
        return `${claim[0]!.toUpperCase()}${claim.slice(1)}, ${name(p, false)} said${when()}.`;
      case 3:
        return `According to ${name(p, false)}, ${claim}.`;
      case 4:
        return `${open}${quote}.${close} ${open}${fill(pick(QUOTES))},${close} ${name(p, false)} said.`;
      case 5:
        return `${name(p, true)} told ${outlet.name}${when(WHEN_BEFORE_THAT)} that ${claim}, adding that ${open}${quote.toLowerCase()}.${close}`;
      case 6: {
        const group = pick(GROUPS);
        return `${group[0]!.toUpperCase()}${group.slice(1)} in ${a} said ${claim}.`;
      }
      default:
        return fill(pick(NARRATION));
    }
  };

  const lines: string[] = [];
  if (random() < 0.4) lines.push(pick(NOISE)(outlet.name));
  if (random() < 0.3) lines.push(`By ${pick(PEOPLE).given} ${pick(['Arden', 'Bell', 'Carrow', 'Duval'])}`);
  const paragraphs = 6 + Math.floor(random() * 10);
  for (let i = 0; i < paragraphs; i++) {
    const sentences = Array.from({ length: 1 + Math.floor(random() * 3) }, sentence);
    let paragraph = sentences.join(' ');
    if (i === 0 && random() < 0.5) paragraph = `${pick(CITIES)}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()} (${outlet.dateline}) -- ${paragraph}`;
    lines.push(paragraph);
    if (random() < 0.12) lines.push(pick(SUBHEADINGS));
    if (random() < 0.08) lines.push(pick(NOISE)(outlet.name));
  }
  const title = `${a} and ${b} trade words over the ${subject} and ${topic}`;
  const slug = `${outlet.host.split('.')[0]}-${published}-${index.toString().padStart(5, '0')}`;
  const text = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `outlet: ${outlet.name}`,
    `url: https://${outlet.host}/news/${slug}`,
    `published: '${published}'`,
    'language: en',
    '---',
    ...lines,
    '',
  ].join('\n');
  return { slug, text };
}

/** Writes `count` articles into `directory` and returns their slugs. */
export function generateCorpus(count: number, directory: string, seed = 1): string[] {
  mkdirSync(directory, { recursive: true });
  const slugs: string[] = [];
  for (let i = 0; i < count; i++) {
    const { slug, text } = generateArticle(i, seed);
    writeFileSync(join(directory, `${slug}.md`), text);
    slugs.push(slug);
  }
  return slugs;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [count, directory] = args;
  if (!count || !directory || !Number.isInteger(Number(count)) || !Number.isInteger(seed)) {
    process.stderr.write('usage: node scripts/synthetic/generate-corpus.ts <count> <directory> [--seed <n>]\n');
    process.exit(2);
  }
  const slugs = generateCorpus(Number(count), resolve(directory), seed);
  process.stdout.write(`wrote ${slugs.length} articles to ${directory}\n`);
}
