/**
 * `node scripts/check/check-links.ts <dist>`
 *
 * Checks every page of a built site with linkinator, following every internal link, and fails on any
 * that leads nowhere: a missing page, file or `#anchor`. Starting from every page rather than the home
 * page also covers pages that nothing links to.
 * Addresses outside the site (the original articles) are not fetched: the check runs offline and
 * must not depend on other people's servers.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';

export interface BrokenLink {
  url: string;
  status: number | undefined;
  parent: string | undefined;
  reason: string;
}

export interface LinkReport {
  checked: number;
  broken: BrokenLink[];
}

/** Checks every internal link and anchor of the site in `dist`. */
export async function checkLinks(dist: string): Promise<LinkReport> {
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${dist} holds no built site (no index.html)`);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: ['**/*.html'],
    serverRoot: root,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    // Only addresses served by the local server that linkinator starts are checked.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      url: link.url,
      status: link.status,
      parent: link.parent,
      reason: link.failureDetails?.map((detail) => (detail instanceof Error ? detail.message : `answered ${link.status ?? 'nothing'}`)).join('; ') ?? '',
    }));
  return { checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length, broken };
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  const report = await checkLinks(dist);
  for (const link of report.broken) process.stderr.write(`check-links: broken: ${link.url} on ${link.parent ?? '?'}: ${link.reason}\n`);
  process.stdout.write(`check-links: ${report.checked} internal links checked, ${report.broken.length} broken\n`);
  process.exitCode = report.broken.length ? 1 : 0;
}
