/** The timeline's data for this build, from the annotated articles, and its packed form for the browser. */
import { articlePath, loadSiteData } from '../site-data.ts';
import { buildTimelineData } from './build-data.ts';
import { chronologyKeyOf } from './chronology.ts';
import { packTimeline, type TimelineMarks, type TimelineWords } from './compact.ts';
import type { TimelineData } from './data.ts';

let cached: Promise<TimelineData> | undefined;
let packed: Promise<{ marks: TimelineMarks; words: Map<string, TimelineWords> }> | undefined;

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

/** The marks and the words by chronology period, as `/data/timeline/` serves them. */
export function loadPackedTimeline(): Promise<{ marks: TimelineMarks; words: Map<string, TimelineWords> }> {
  packed ??= loadTimelineData().then((data) => packTimeline(data, chronologyKeyOf(data)));
  return packed;
}
