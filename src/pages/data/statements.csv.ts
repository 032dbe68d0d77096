import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data.ts';
import { toCsv, toExported } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { statements } = await loadSiteData();
  return new Response(toCsv(statements.map((s) => toExported(s, site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
