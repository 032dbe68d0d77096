/** The timeline's data for this build, from the annotated articles. */
import { articlePath, loadSiteData } from '../site-data.ts';
import { buildTimelineData } from './build-data.ts';
import type { TimelineData } from './data.ts';

let cached: Promise<TimelineData> | undefined;

export function loadTimelineData(): Promise<TimelineData> {
  cached ??= (async () => {
    const { statements, articles, speakerById } = await loadSiteData();
    return buildTimelineData(
      statements,
      articles.map((entry) => ({ slug: entry.data.slug, outlet: entry.data.outlet, url: articlePath(entry.data.slug), events: entry.data.events })),
      (id) => speakerById.get(id)?.name,
    );
  })();
  return cached;
}
