import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateTempEval, parseTimeML } from '../../scripts/eval/tempeval.ts';

// A made-up TimeML document in the TempEval-3 layout (no benchmark text is used here).
const DOCUMENT = `<?xml version="1.0" ?><TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2022-10-25">October 25, 2022</TIMEX3></DCT>
<TEXT>
The minister <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2022-10-24">Monday</TIMEX3> that talks would resume <TIMEX3 tid="t2" type="DATE" value="2022-W44">next week</TIMEX3>.

Trade rose <TIMEX3 tid="t3" type="DATE" value="2021">last year</TIMEX3>, and prices are high <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.

Shelling went on <TIMEX3 tid="t5" type="TIME" value="2022-10-24TNI">Monday night</TIMEX3> &amp; into the morning, and the council met in 2019.
</TEXT>
</TimeML>`;

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tempeval-'));
  await writeFile(path.join(dir, 'sample.tml'), DOCUMENT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseTimeML', () => {
  it('strips the markup and keeps TIMEX3 extents as offsets into the plain text', () => {
    const doc = parseTimeML('sample', DOCUMENT);
    expect(doc.dct).toBe('2022-10-25');
    expect(doc.timexes).toHaveLength(5);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.text).toContain('& into the morning');
  });
});

describe('evaluateTempEval', () => {
  it('scores extents and values against the gold DATE expressions only', async () => {
    const report = await evaluateTempEval(dir);
    expect(report.goldDates).toBe(4);
    expect(report.goldUnrepresentable).toBe(1);
    // "Monday night" is a gold TIME: found, but left out of the DATE scores.
    expect(report.systemOtherType).toBe(1);
    // "in 2019" has no gold annotation and counts against precision.
    expect(report.systemDates).toBe(4);
    expect(report.relaxed.correct).toBe(3);
    expect(report.strict.correct).toBe(3);
    expect(report.value.correct).toBe(3);
    expect(report.value.precision).toBeCloseTo(3 / 4);
    expect(report.value.recall).toBeCloseTo(3 / 4);
    expect(report.valueCountingOtherTypes.system).toBe(5);
    expect(report.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious']);
  });
});
