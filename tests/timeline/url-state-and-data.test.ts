import { describe, expect, it } from 'vitest';
import { applyFilters, readState, writeState } from '../../src/lib/timeline/url-state.ts';
import { buildTimelineData } from '../../src/lib/timeline/build-data.ts';

const statement = (id: string, speaker: string, country: string | null, date: { value: string; precision: 'day' | 'week' | 'month' | 'year' } | null, outlet = 'Global Times') => ({
  id,
  text: `words of ${id}`,
  kind: 'direct' as const,
  speaker: { id: speaker, name: speaker.toUpperCase(), country },
  date: date && { ...date, text: 'on Friday', source: 'explicit' as const },
  article: 'a',
  url: `/statements/${id}/`,
  source: { outlet },
});

const data = buildTimelineData(
  [
    statement('s-2', 'wang-wenbin', 'CN', { value: '2022-10-28', precision: 'day' }),
    statement('s-1', 'vladimir-putin', 'RU', { value: '2022-W43', precision: 'week' }, 'TASS'),
    statement('s-3', 'analysts', null, null),
  ],
  [
    {
      slug: 'a',
      outlet: 'Global Times',
      url: '/articles/a/',
      events: [{ id: 'e-1', kind: 'call', text: 'phone conversation', start: 0, end: 18, participants: ['Wang Wenbin'], place: null, date: { value: '2022-10-27', precision: 'day', text: 'on Thursday' }, status: 'past' }],
    },
  ],
  (id) => (id === 'wang-wenbin' ? 'Wang Wenbin' : undefined),
);

describe('timeline data', () => {
  it('orders by time, undated last, with spans and reader-facing labels', () => {
    expect(data.statements.map((s) => [s.id, s.date?.label ?? null])).toEqual([
      ['s-1', 'week of 24 Oct 2022'],
      ['s-2', '28 Oct 2022'],
      ['s-3', null],
    ]);
    expect(data.statements[0]!.end! - data.statements[0]!.start!).toBe(7 * 86_400_000);
    expect(data.statements[1]!.speakerName).toBe('Wang Wenbin');
    expect(data.events[0]).toMatchObject({ id: 'e-1', outlet: 'Global Times', url: '/articles/a/', date: { label: '27 Oct 2022' } });
  });
});

describe('URL state', () => {
  it('round-trips a view, several values per filter', () => {
    const query = '?from=2022-10-01&to=2022-10-31&speaker=wang-wenbin&speaker=vladimir-putin&kind=direct&lanes=speaker';
    const state = readState(new URLSearchParams(query));
    expect(state).toEqual({
      from: '2022-10-01',
      to: '2022-10-31',
      lanes: 'speaker',
      filters: { speaker: ['wang-wenbin', 'vladimir-putin'], country: [], kind: ['direct'], outlet: [] },
    });
    expect(writeState(state)).toBe(query);
  });
  it('drops what it cannot read', () => {
    expect(readState(new URLSearchParams('from=soon&lanes=sideways'))).toMatchObject({ from: null, lanes: 'country' });
    expect(writeState(readState(new URLSearchParams('')))).toBe('');
  });
  it('filters statements by every facet and events by outlet and participant', () => {
    const filters = readState(new URLSearchParams('speaker=wang-wenbin')).filters;
    const shown = applyFilters(data, filters);
    expect(shown.statements.map((s) => s.id)).toEqual(['s-2']);
    expect(shown.events.map((e) => e.id)).toEqual(['e-1']);
    expect(applyFilters(data, readState(new URLSearchParams('speaker=vladimir-putin')).filters).events).toEqual([]);
    expect(applyFilters(data, readState(new URLSearchParams('country=unknown')).filters).statements.map((s) => s.id)).toEqual(['s-3']);
    expect(applyFilters(data, readState(new URLSearchParams('outlet=TASS')).filters)).toMatchObject({ statements: [{ id: 's-1' }], events: [] });
  });
});
