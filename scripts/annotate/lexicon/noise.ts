/**
 * Lines that come with article text but are not part of it: photo credits, links to other articles,
 * bylines. Each pattern is tested against a whole trimmed line.
 */
export const creditPatterns: readonly RegExp[] = [
  // A caption with the photographer's name glued on: "… Brasilia, Brazil, September 15, 2016.Adriano Machado".
  /\b\d{4}\.\s?\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2}$/u,
  /\((?:[^()]{2,60}\s\/\s[^()]{2,60})\)\.?$/,
  /\((?:Yonhap|Xinhua|AP|AFP|Reuters|EPA|EPA-EFE|Getty Images|TASS|Sputnik|Kyodo|Bloomberg|Anadolu|IRNA|KCNA|PTI|ANI|(?:AP|AFP|Reuters|Xinhua|Yonhap) Photo[^)]{0,60}|Photo[^)]{0,60})\)\.?$/,
  /^(?:file\s+)?(?:photo|photos|image|images|picture|pictures|photograph|video|graphic|illustration)\s*(?:credit)?s?\s*[:：|/-]/i,
  /^\(?(?:photo|image|picture)s?\s+(?:by|courtesy|credit)\b/i,
  /^credits?\s*:/i,
  /^(?:source|sources)\s*:/i,
  /\b(?:getty images|afp via getty|shutterstock|epa-efe|reuters\/|ap photo|xinhua\/|\/xinhua|\/ ?reuters|\/ ?afp|\/ ?ap)\)?$/i,
  /^\[?(?:photo|image)(?:\/|:)[^.]{0,80}\]?$/i,
];

/** A photo caption, known by where the people in it stand: "Wang Yi (right) shakes hands …", "Pictured with …". */
export const captionPatterns: readonly RegExp[] = [
  /\s\((?:far\s+)?(?:left|right|centre|center|front|back|second from (?:left|right)|L|R|C)\)\s/,
  /(?:^|\.\s+)Pictured\s+(?:with|above|below|left|right|from|are|is|here|at|during)\b/,
  // "… the presidency said. Picture: Kopano Tlape/GCIS": a credit line glued to the caption.
  /(?:^|[.!?]\s+)(?:Picture|Photo|Photograph|Image)s?\s*:\s*\p{Lu}[^.:]{1,60}\/\s*[^.:]{1,40}$/u,
];

export const relatedPatterns: readonly RegExp[] = [
  /^(?:read next|read more|read also|also read|related|related articles?|related stories|see also|more on this|more on this story|recommended|you may also like|watch|listen|don't miss|must read|further reading)\s*[:：|-]/i,
  /^(?:read more|related|see also|more)\s*>>/i,
];

export const bylinePatterns: readonly RegExp[] = [
  /^(?:issued|published|updated|modified|posted|last updated)\s+on\s*:?/i,
  // "By Sun Xiaochen in Huangshan, Anhui province (China Daily)", "By Jane Doe, Reuters".
  /^by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+(?:in|and)\s+[^.]{0,80})?(?:\s*[,|(]\s*[^.]{0,60}\)?)?$/iu,
  /^\(?(?:web\s+)?editors?\s*:.*\)?$/i,
  /^\d+\s+min(?:ute)?s?\s+read$/i,
  /^#\S/,
  /^our standards\b/i,
  /^[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?\s+staff$/u,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}(?:\s*[|/].*)?$/i,
  /^[^|]{2,60}\|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/i,
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,\s+|\s+and\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})+$/u,
  /^this (?:story|article|piece) (?:is from|was (?:originally|first)|first appeared|appeared)/i,
  /^(?:source link|source|advertisement|advertising|subscribe|share this article|share)$/i,
  /^(?:updated|published|posted|last updated)\s*[:：]?\s*\d/i,
  /^by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*(?:\s*[|,]\s*.{0,60})?$/,
  /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited)\s+by\b/i,
  /^(?:published|updated|posted)\s*[:：]?\s*\w{3,9}\.?\s+\d{1,2}/i,
  /^(?:source|editor|web editor|responsible editor)\s*[:：]/i,
];

/**
 * A dateline that opens the first paragraph of wire copy: "MOSCOW, Oct. 23 (Xinhua) --",
 * "BEIJING (Reuters) -", "WASHINGTON, D.C. —". Matches at the start of a paragraph.
 */
export const datelinePattern =
  /^\((?:[A-Z][A-Za-z]{1,12})\)\s*|^[A-Z][A-Za-z .'’-]{2,30},\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s*\([A-Za-z][\w .&-]{1,20}\)\s*[:–—-]+\s*|^(?:[A-Z][A-Z .'’-]{2,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,30}?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*(?:\((?:[A-Za-z][\w .&-]{1,40})\))?\s*(?:--|—|–|-)\s+/;
