/**
 * Speaker countries: names for display and a colour slot for each. Colour is only ever a second
 * cue; the country name is always printed next to it.
 */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Countries with a fixed colour slot; others share slots by hash. */
const FIXED_SLOTS: Record<string, number> = { CN: 1, RU: 2, US: 3, UA: 4, GB: 5, IN: 6, FR: 7, DE: 8 };
const SLOT_COUNT = 8;

/** `Russia` for `RU`; `Unknown country` for null. */
export function countryName(code: string | null): string {
  if (!code) return 'Unknown country';
  let name = names.get(code);
  if (name === undefined) {
    name = lookUp(code);
    names.set(code, name);
  }
  return name;
}

const names = new Map<string, string>();

function lookUp(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** CSS class carrying the country's colour: `c-1` … `c-8`, or `c-0` when unknown. */
export function countryClass(code: string | null): string {
  if (!code) return 'c-0';
  const fixed = FIXED_SLOTS[code];
  if (fixed) return `c-${fixed}`;
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return `c-${(h % SLOT_COUNT) + 1}`;
}
