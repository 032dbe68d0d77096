/** Reader-facing words for the pipeline's enums. */

/** `direct` → `direct quote`, and so on. */
export function kindLabel(kind: string): string {
  return ({ direct: 'direct quote', indirect: 'reported speech', mixed: 'partly quoted' } as Record<string, string>)[kind] ?? kind;
}

/** The label printed before a line that is page furniture rather than article text. */
export function noiseLabel(type: string): string {
  return (
    ({
      credit: 'Photo credit',
      related: 'Related link',
      subheading: 'Subheading',
      headline: 'Headline',
      dateline: 'Dateline',
      byline: 'Byline',
      repeat: 'Repeated further down',
    } as Record<string, string>)[type] ?? 'Page furniture'
  );
}

/** Speaker types as nouns. */
export function speakerTypeLabel(type: string): string {
  return (
    ({ person: 'Person', group: 'Group', institution: 'Institution', document: 'Document', outlet: 'News outlet', unknown: 'Unidentified' } as Record<
      string,
      string
    >)[type] ?? type
  );
}
