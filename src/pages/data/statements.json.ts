import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data.ts';
import { toExported } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { statements } = await loadSiteData();
  const body = JSON.stringify(statements.map((s) => toExported(s, site)), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
