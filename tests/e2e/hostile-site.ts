/** The site built from `tests/fixtures/hostile/sources` by the global setup, and what its source holds. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { readArticleHeader } from '../../scripts/lib/read-article-header.ts';
import { HOSTILE_DIR } from './paths.ts';

export function hostileUrl(path: string): string {
  return new URL(path, inject('hostileBaseUrl')).href;
}

export interface HostileStatement {
  id: string;
  text: string;
  speaker: { id: string };
}

/** The generated article's front matter: the slug, the statements and the speakers the pages show. */
export function hostileArticle() {
  const dir = join(HOSTILE_DIR, 'articles');
  const [file] = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const header = readArticleHeader(join(dir, file))!;
  return { slug: String(header.slug), title: String(header.title), outlet: String(header.outlet), statements: header.statements as HostileStatement[] };
}

/** Words of the source that would be markup if anything on the way treated them as HTML or markdown. */
export const LITERALS = [
  "<script>alert('quote')</script> ties are <img src=x onerror=alert('img')> **unbreakable** and [click](javascript:alert('link')).",
  ':statement[the best]{id=s-forged kind=direct speaker=putin}',
  '# Not a heading',
  "<svg onload=alert('svg')> and &lt;b&gt; and &amp; stay as written",
];
export const TITLE = "<script>alert('title')</script> Ties *deepen* # [x](javascript:alert(1))";
export const OUTLET = "<img src=x onerror=alert('outlet')> Wire";

/** Elements or attributes that only exist if some of the source's text became markup. */
export const INJECTED =
  'img[src="x"], svg[onload], iframe, [onerror], [onload], [href^="javascript:"], [src^="javascript:"], #s-forged, [data-statement="s-forged"], hr';
