/** Words ending in a full stop that do not end a sentence. Compared lower-case, without the stop. */
export const abbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
  'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'fr', 'messrs', 'mme', 'mlle', 'no', 'nos', 'vol', 'vols',
  'art', 'fig', 'p', 'pp', 'ed', 'eds', 'est', 'approx', 'dept', 'govt', 'univ', 'assn', 'bros', 'co', 'corp',
  'inc', 'ltd', 'plc', 'vs', 'v', 'etc', 'al', 'cf', 'ca', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'i.e', 'e.g', 'ph.d', 'b.a', 'm.a', 'u.s.a', 'st', 'ave',
  'blvd', 'rd', 'ft', 'km', 'kg', 'lb', 'oz', 'min', 'max', 'gov', 'op', 'ret', 'dist', 'ct', 'ariz', 'calif',
  'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo',
  'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations after which a capitalised word still does not start a new sentence. */
export const titleAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov',
  'sen', 'rep', 'pres', 'rev', 'hon', 'fr', 'mme', 'no', 'nos', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'cmdr', 'messrs', 'mt', 'ft', 'fig', 'art', 'vol', 'pp', 'p',
]);
