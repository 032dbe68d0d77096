import type { APIRoute } from 'astro';
import { loadTimelineData } from '../../lib/timeline/site-timeline.ts';

/** What the timeline page loads: every statement and event with its time span (compact, no indentation). */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(await loadTimelineData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
