import { describe, expect, it } from 'vitest';
import { latestDated } from '../../src/lib/latest.ts';

describe('front page lists only statements whose day is known', () => {
  const undated = { id: 'undated', date: null };
  const monday = { id: 'monday', date: { value: '2024-03-11' } };
  const week = { id: 'week', date: { value: '2024-W10' } };
  const year = { id: 'year', date: { value: '2023' } };

  it('skips an undated statement that sorts first by its publication day', () => {
    expect(latestDated([undated, monday, week, year], 2).map((s) => s.id)).toEqual(['monday', 'week']);
  });

  it('keeps the order it is given and stops at the count', () => {
    expect(latestDated([monday, undated, week, year], 3).map((s) => s.id)).toEqual(['monday', 'week', 'year']);
  });

  it('returns fewer when fewer are dated', () => {
    expect(latestDated([undated, undated], 8)).toEqual([]);
  });
});
