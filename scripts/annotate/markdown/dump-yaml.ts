/**
 * `yaml.dump(data, DUMP_OPTIONS)`, the same text to the byte, written in a fraction of the time.
 *
 * js-yaml builds a tree of the whole value and then tries several large Unicode patterns on every
 * string to choose how to write it. Front matter is plain objects, arrays, strings, numbers, booleans
 * and nulls, with identifier keys, and most of its strings are ordinary words, which js-yaml writes
 * as they are. So this writer lays out block mappings and sequences as js-yaml does and:
 * - writes the strings of ordinary characters on one line, and whole numbers, as js-yaml would: as
 *   they are, or in single quotes when they would read back as something else (see `stringScalar`);
 * - asks js-yaml for every other scalar, alone, and remembers the answer;
 * - leaves the whole value to js-yaml when it holds anything else (a string js-yaml would write as a
 *   literal block, whose indentation depends on where it is; a key that is not a plain identifier; a
 *   Date, a Map, a class instance…).
 * The property tests in `tests/build/dump-yaml.test.ts` compare it with js-yaml on random values.
 */
import * as yaml from 'js-yaml';

/** One string per line (`lineWidth: -1`), repeated objects spelled out, keys in their own order. */
export const DUMP_OPTIONS: yaml.DumpOptions = { lineWidth: -1, noRefs: true, sortKeys: false, indent: 2 };

/** A value this writer leaves to js-yaml. */
class Unusual extends Error {}

export function dumpYaml(data: unknown): string {
  if (data === null || typeof data !== 'object') return yaml.dump(data, DUMP_OPTIONS);
  try {
    return `${block(data, 0, true)}\n`;
  } catch (error) {
    if (error instanceof Unusual) return yaml.dump(data, DUMP_OPTIONS);
    throw error;
  }
}

const STRING_TAG = 'tag:yaml.org,2002:str';
/** js-yaml's own reading of a plain scalar ("yes", "12", "2022-10-29", "~" are not strings). */
const schema = yaml.DUMP_SCHEMA as unknown as {
  resolveImplicitScalarTag?: (source: string) => { tag: { tagName: string } };
  implicitScalarByFirstChar?: unknown;
  implicitScalarAnyFirstChar?: unknown;
};
/**
 * The first characters of the scalars the schema reads as something else than a string, when it
 * keeps its readers by first character (as js-yaml 5 does) and has none that looks at any: a plain
 * scalar that starts with another character is a string without asking.
 */
const readableFirst =
  schema.implicitScalarByFirstChar instanceof Map && Array.isArray(schema.implicitScalarAnyFirstChar) && schema.implicitScalarAnyFirstChar.length === 0
    ? new Set<unknown>(schema.implicitScalarByFirstChar.keys())
    : null;
/** Without a way to ask (another version of js-yaml), every string is left to js-yaml. */
const canAsk = typeof schema.resolveImplicitScalarTag === 'function';
const readsAsString = (text: string) => (readableFirst !== null && !readableFirst.has(text.charAt(0))) || schema.resolveImplicitScalarTag!(text).tag.tagName === STRING_TAG;

/** js-yaml's tests for a string it double-quotes whatever else it holds. */
const INVISIBLE = /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const WHITESPACE_ONLY = /^\s+$/;
/** Characters that cannot start a plain scalar (`-`, `?` and `:` can, before some characters: those strings go to js-yaml). */
const INDICATOR = new Set([...",[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));
/**
 * Strings of characters that need no escape and are neither `:` nor `#`, that start with none of the
 * indicators, a space, `-`, `?` or `:` (the same test as the loop in `stringScalar`, for the usual case).
 */
const ORDINARY = /^[^\x00-\x20\x7f-\xa0\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff:#,[\]{}&*!|>'"%@`?-][^\x00-\x1f\x7f-\xa0\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff:#]*$/;

/**
 * How js-yaml writes `text` in a block mapping or sequence, when it holds no line break and only
 * characters that need no escape (printable, not invisible, no surrogates): as it is when it can be a
 * plain scalar that reads back as a string, otherwise in single quotes. Undefined when it is left to
 * js-yaml: an empty string, one of spaces only, one that starts with a space, `-`, `?` or `:`, or one
 * with other characters.
 *
 * A plain scalar (YAML 1.2, `ns-plain-one-line` outside flow collections) starts with a character that
 * is not an indicator, does not end in a space, has a `:` only before a character that is not a space
 * and a `#` only after one.
 */
function stringScalar(text: string): string | undefined {
  const length = text.length;
  if (length === 0 || !canAsk) return undefined;
  // Most strings hold no `:` or `#` and start and end with ordinary characters: their shape is plain.
  if (ORDINARY.test(text) && text.charCodeAt(length - 1) !== 0x20 && !(text.charCodeAt(0) > 0x7e && WHITESPACE_ONLY.test(text))) {
    return text !== '=' && readsAsString(text) ? text : `'${text.replaceAll("'", "''")}'`;
  }
  let plain = true;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) {
      if (code === 0x3a) {
        if (i + 1 === length || text.charCodeAt(i + 1) === 0x20) plain = false;
      } else if (code === 0x23) {
        if (i === 0 || text.charCodeAt(i - 1) === 0x20) plain = false;
      }
    } else if (code >= 0xa1 && code <= 0xd7ff) {
      if (code === 0x2028 || code === 0x2029) return undefined;
    } else if (!(code >= 0xe000 && code <= 0xfffd && code !== 0xfeff)) return undefined;
  }
  const first = text.charCodeAt(0);
  if (first === 0x20 || first === 0x2d || first === 0x3f || first === 0x3a) return undefined;
  if (first > 0x7e && WHITESPACE_ONLY.test(text)) return undefined;
  if (INDICATOR.has(first) || text.charCodeAt(length - 1) === 0x20) plain = false;
  if (plain && text !== '=' && readsAsString(text)) return text;
  return `'${text.replaceAll("'", "''")}'`;
}

/** Scalars as js-yaml writes them as an item of a sequence, which is how they are written at any depth. */
const written = new Map<unknown, string>();
const WRITTEN_KEPT = 10_000;

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') {
    const quick = stringScalar(value);
    if (quick !== undefined) return quick;
  } else if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  const remembered = Object.is(value, -0) ? undefined : written.get(value);
  if (remembered !== undefined) return remembered;
  // A string over several lines becomes a literal block, indented to where it is, unless js-yaml double-quotes it.
  if (typeof value === 'string' && value.includes('\n') && !INVISIBLE.test(value) && !WHITESPACE_ONLY.test(value)) throw new Unusual();
  const dumped = yaml.dump([value], DUMP_OPTIONS);
  if (!dumped.startsWith('- ') || dumped.indexOf('\n') !== dumped.length - 1) throw new Unusual();
  const text = dumped.slice(2, -1);
  if (!Object.is(value, -0)) {
    if (written.size >= WRITTEN_KEPT) written.clear();
    written.set(value, text);
  }
  return text;
}

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const plainKeys = new Set<string>();

function key(name: string): string {
  if (!plainKeys.has(name)) {
    if (!KEY.test(name) || stringScalar(name) !== name) throw new Unusual();
    if (plainKeys.size >= WRITTEN_KEPT) plainKeys.clear();
    plainKeys.add(name);
  }
  return name;
}

/** What js-yaml's `writeNode` writes for `value` in block context at `level`. */
function block(value: unknown, level: number, compact: boolean): string {
  if (value === null) return scalar(null);
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return scalar(value);
    case 'object': {
      const kind = Object.prototype.toString.call(value);
      if (kind === '[object Array]' && Array.isArray(value)) return value.length ? sequence(value, level, compact) : '[]';
      const prototype = Object.getPrototypeOf(value);
      if (kind === '[object Object]' && (prototype === Object.prototype || prototype === null)) return mapping(value as Record<string, unknown>, level, compact);
    }
  }
  throw new Unusual();
}

/** `\n` and the indentation of a line at each level. */
const NEW_LINE: string[] = [];
const newLine = (level: number) => (NEW_LINE[level] ??= `\n${'  '.repeat(level)}`);

function sequence(items: readonly unknown[], level: number, compact: boolean): string {
  let result = '';
  for (let i = 0; i < items.length; i++) {
    const text = block(items[i] === undefined ? null : items[i], level + 1, true);
    if (!compact || result !== '') result += newLine(level);
    result += text === '' || text.charCodeAt(0) === 10 ? '-' : '- ';
    result += text;
  }
  return result;
}

function mapping(object: Record<string, unknown>, level: number, compact: boolean): string {
  let result = '';
  for (const name of Object.keys(object)) {
    const value = object[name];
    if (value === undefined) continue;
    if (!compact || result !== '') result += newLine(level);
    const text = block(value, level + 1, false);
    result += key(name);
    result += text === '' || text.charCodeAt(0) === 10 ? ':' : ': ';
    result += text;
  }
  return result === '' ? '{}' : result;
}
