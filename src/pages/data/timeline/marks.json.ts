import type { APIRoute } from 'astro';
import { loadPackedTimeline } from '../../../lib/timeline/site-timeline.ts';

/** What the timeline chart loads first: every statement and event it can place, without their words. */
export const GET: APIRoute = async () => {
  const { marks } = await loadPackedTimeline();
  return new Response(JSON.stringify(marks), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
