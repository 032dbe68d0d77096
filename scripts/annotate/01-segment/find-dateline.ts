import { findDates } from '../dates/index.ts';
import { datelinePattern } from '../lexicon/noise.ts';
import type { Dateline } from '../types.ts';

/**
 * The dateline that opens wire copy ("MOSCOW, Oct. 23 (Xinhua) --", "BEIJING, May 16. /TASS/.").
 * Its day, when it has one, is when the reporting happened: relative days in the copy count from it.
 */
export function findDateline(body: string, start: number, end: number, published: string): Dateline | null {
  const text = body.slice(start, end);
  const match = datelinePattern.exec(text) ?? /^[A-Z][A-Z .'’-]{2,40},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*\/[A-Z]{2,10}\/\.?\s+/.exec(text) ??
    // "ISLAMABAD: Pakistan has confirmed …": a place in capitals and a colon (not a label such as "UPDATE:").
    /^(?!(?:UPDATE|UPDATED|BREAKING|WATCH|READ|READ MORE|NOTE|EDITOR'?S NOTE|EXCLUSIVE|ANALYSIS|OPINION|LISTEN|PHOTO|VIDEO|LIVE|CORRECTION|WARNING|FILE|Q|A):)[A-Z][A-Z .'’-]{2,30}:\s+(?=[A-Z])/.exec(text);
  if (!match) return null;
  const words = match[0].trimEnd();
  const dates = findDates(words, published).filter((date) => date.precision === 'day');
  const value = dates[0]?.value ?? null;
  // A dateline after the publication date is a misreading, not an anchor.
  const usable = value !== null && value <= published ? value : null;
  return { start, end: start + words.length, text: words, value: usable };
}
