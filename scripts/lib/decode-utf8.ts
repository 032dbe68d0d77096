/** A text that cannot be read as UTF-8: what is wrong and on which line. */
export interface DecodeProblem {
  problem: string;
  line?: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The bytes as a string, strictly: invalid UTF-8 is an error rather than U+FFFD, and UTF-16 or UTF-32
 * text (recognised by its byte order mark) is named as such. A UTF-8 byte order mark is kept; the
 * caller decides what to do with it.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | DecodeProblem {
  const bom = utf16Or32Bom(bytes);
  if (bom) return { problem: `is ${bom} text (it starts with a ${bom} byte order mark); save it as UTF-8`, line: 1 };
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = countLines(bytes, offset);
    const hex = bytes[offset]?.toString(16).padStart(2, '0') ?? '';
    return { problem: `is not valid UTF-8 (byte 0x${hex} at byte offset ${offset}); save it as UTF-8`, line };
  }
}

function utf16Or32Bom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 little-endian';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 big-endian';
  if (a === 0xff && b === 0xfe) return 'UTF-16 little-endian';
  if (a === 0xfe && b === 0xff) return 'UTF-16 big-endian';
  return null;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let length = 0;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next === undefined || next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
