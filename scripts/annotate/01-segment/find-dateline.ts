import { findDates } from '../dates/index.ts';
import { datelinePattern } from '../lexicon/noise.ts';
import type { Dateline } from '../types.ts';
import { isMedia } from '../04-speakers/parse-speaker-phrase.ts';
import { placeByWord } from '../lexicon/places.ts';

/** "New Delhi: ", "Islamabad: ": a place the lexicon knows, in ordinary capitals, then a colon. */
function placeColon(text: string): RegExpExecArray | null {
  const match = /^([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}):\s+(?=[A-Z“"])/.exec(text);
  return match && placeByWord(match[1]) ? match : null;
}

/** "Islam Times - ", "Xinhua — ": a known outlet, or a name that reads as one, then a dash. */
function outletDash(text: string): RegExpExecArray | null {
  const match = /^((?:[A-Z][\w.&'’]*\s+){0,3}[A-Z][\w.&'’]*)\s+(?:-{1,2}|–|—)\s+(?=[A-Z“"])/.exec(text);
  if (!match) return null;
  const name = match[1];
  return isMedia(name) || /\b(?:Times|News|Post|Daily|Herald|Agency|Press|Tribune|Journal|Online|Network|Wire|Gazette|Telegraph|Observer|Express|Mail|Chronicle|Dispatch)$/.test(name) ? match : null;
}

/**
 * The dateline that opens wire copy ("MOSCOW, Oct. 23 (Xinhua) --", "BEIJING, May 16. /TASS/.").
 * Its day, when it has one, is when the reporting happened: relative days in the copy count from it.
 */
export function findDateline(body: string, start: number, end: number, published: string): Dateline | null {
  const text = body.slice(start, end);
  const match = datelinePattern.exec(text) ?? /^[A-Z][A-Z .'’-]{2,40},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*\/[A-Z]{2,10}\/\.?\s+/.exec(text) ??
    // "Cali, Colombia, Sept 9 (EFE).- Colombia and Mexico led …": EFE's place, day, agency and ".-".
    /^[A-Z][\p{L} .'’-]{2,40}(?:,\s*[A-Z][\p{L} .'’-]{2,30})?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z]{2,10}\)\s*\.?-+\s*/u.exec(text) ??
    // "MOSCOW (UrduPoint News / Sputnik - 13th March, 2023) Moscow has …": the credit in brackets, no dash.
    /^[A-Z][A-Z .'’-]{2,40}\s*\([A-Z][^()\n]{1,80}\)\s+(?=[A-Z“"])/.exec(text) ??
    // "New Delhi: India on Thursday rejected …": a known place and a colon.
    placeColon(text) ??
    // "Islam Times - The Kremlin will …": an outlet's name and a dash before the first words.
    outletDash(text) ??
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
