/** schema.org descriptions of statements, for search engines and other tools. */
import type { StatementRecord } from './site-data.ts';
import { countryName } from './countries.ts';

/** A full address when the site's origin is configured; otherwise a root-relative path. */
function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The speaker as a schema.org Person or Organization. */
function speakerThing(s: StatementRecord, site: URL | undefined) {
  const sp = s.speaker;
  // `spokenByCharacter` takes a Person or an Organization; an unnamed source is still a person.
  const type = sp.type === 'person' || sp.type === 'unknown' ? 'Person' : 'Organization';
  return {
    '@type': type,
    name: sp.name,
    url: absolute(`/speakers/${sp.id}/`, site),
    ...(sp.role && type === 'Person' ? { jobTitle: sp.role } : {}),
    ...(sp.role && type !== 'Person' ? { description: sp.role } : {}),
    ...(sp.affiliation && type === 'Person' ? { affiliation: { '@type': 'Organization', name: sp.affiliation } } : {}),
    ...(sp.country && type === 'Person' ? { nationality: { '@type': 'Country', name: countryName(sp.country) } } : {}),
  };
}

/** A schema.org `Quotation` for one statement. */
export function quotationJsonLd(s: StatementRecord, site: URL | undefined): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': absolute(s.url, site),
    url: absolute(s.url, site),
    text: s.text,
    ...(s.date ? { dateCreated: s.date.value } : {}),
    spokenByCharacter: speakerThing(s, site),
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: s.source.title,
      url: s.source.url,
      datePublished: s.source.published,
      publisher: { '@type': 'Organization', name: s.source.outlet },
    },
  };
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
