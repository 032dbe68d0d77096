/**
 * `node scripts/check/audit.ts [--if-available]`
 *
 * Runs `npm audit --omit=dev` and fails on any high or critical advisory in what the site ships or
 * builds with (development tools are left out: they never reach a reader). Moderate and low findings
 * are listed but do not fail. When the registry's audit service cannot be reached the check fails too,
 * since nothing was checked; `--if-available` turns that case into a warning for offline machines.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..');
const FAILING = new Set(['high', 'critical']);

interface AuditJson {
  vulnerabilities?: Record<string, { name: string; severity: string; via: Array<string | { title?: string; url?: string }>; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { code?: string; summary?: string };
  /** Set instead of a report when the audit service answered with an HTTP error. */
  message?: string;
}

export interface AuditOutcome {
  ok: boolean;
  available: boolean;
  lines: string[];
}

export function audit(): AuditOutcome {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report: AuditJson;
  try {
    report = JSON.parse(run.stdout) as AuditJson;
  } catch {
    return { ok: false, available: false, lines: [`npm audit gave no report: ${(run.stderr || run.stdout).trim().split('\n').at(-1) ?? ''}`] };
  }
  if (report.error || report.message || !report.metadata) {
    const why = report.error?.summary || report.error?.code || report.message || 'its report has no metadata';
    return { ok: false, available: false, lines: [`npm audit could not run: ${why}`] };
  }
  const found = Object.values(report.vulnerabilities ?? {}).sort((a, b) => a.name.localeCompare(b.name));
  const lines = found.map((v) => {
    const why = v.via.map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? ''} ${via.url ?? ''}`.trim())).join('; ');
    return `${FAILING.has(v.severity) ? 'FAIL' : 'note'} ${v.severity} ${v.name}: ${why}`;
  });
  const counts = report.metadata.vulnerabilities ?? {};
  lines.push(`${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in production dependencies`);
  return { ok: !found.some((v) => FAILING.has(v.severity)), available: true, lines };
}

if (import.meta.main) {
  const ifAvailable = process.argv.includes('--if-available');
  const outcome = audit();
  for (const line of outcome.lines) process.stdout.write(`audit: ${line}\n`);
  if (!outcome.available && ifAvailable) {
    process.stdout.write('audit: warning: not checked (--if-available)\n');
    process.exitCode = 0;
  } else process.exitCode = outcome.ok ? 0 : 1;
}
