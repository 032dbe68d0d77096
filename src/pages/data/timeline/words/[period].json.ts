import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPackedTimeline } from '../../../../lib/timeline/site-timeline.ts';

/** The words of one chronology period's statements and events, loaded when the chart shows their marks. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { marks } = await loadPackedTimeline();
  return marks.periods.map((period) => ({ params: { period } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { words } = await loadPackedTimeline();
  return new Response(JSON.stringify(words.get(params.period!) ?? {}), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
