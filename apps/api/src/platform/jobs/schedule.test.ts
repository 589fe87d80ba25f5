import { describe, expect, it } from 'vitest';
import { chinaTime, describeSchedule, dueSlots, slotAfter, slotAtOrBefore } from './schedule';

const daily = { every: 'day', at: '03:00' } as const;
const iso = (d: Date) => d.toISOString();
const window = (now: string, days = 7) => new Date(new Date(now).getTime() - days * 86_400_000);

describe('schedule slots', () => {
  it('a daily 03:00 slot is 19:00 UTC of the day before (China time, UTC+8)', () => {
    expect(iso(slotAtOrBefore(daily, new Date('2026-03-02T01:00:00Z')))).toBe('2026-03-01T19:00:00.000Z');
    expect(iso(slotAfter(daily, new Date('2026-03-02T01:00:00Z')))).toBe('2026-03-02T19:00:00.000Z');
    // Exactly on the slot: it is the slot at-or-before, and the next one is a day later.
    expect(iso(slotAtOrBefore(daily, new Date('2026-03-02T19:00:00Z')))).toBe('2026-03-02T19:00:00.000Z');
    expect(iso(slotAfter(daily, new Date('2026-03-02T19:00:00Z')))).toBe('2026-03-03T19:00:00.000Z');
    expect(chinaTime(new Date('2026-03-02T19:00:00Z'))).toBe('2026-03-03 03:00');
  });

  it('a slot just after midnight China time belongs to the next China day', () => {
    const s = { every: 'day', at: '00:30' } as const;
    expect(iso(slotAfter(s, new Date('2026-03-02T10:00:00Z')))).toBe('2026-03-02T16:30:00.000Z');
    expect(chinaTime(slotAfter(s, new Date('2026-03-02T10:00:00Z')))).toBe('2026-03-03 00:30');
  });

  it('minute schedules fall on multiples of the interval', () => {
    const s = { everyMinutes: 15 };
    expect(iso(slotAtOrBefore(s, new Date('2026-03-02T01:07:59Z')))).toBe('2026-03-02T01:00:00.000Z');
    expect(iso(slotAfter(s, new Date('2026-03-02T01:15:00Z')))).toBe('2026-03-02T01:30:00.000Z');
  });

  it('lists every missed daily slot after an outage, oldest first, each once', () => {
    const now = '2026-03-05T02:00:00Z';
    const due = dueSlots(daily, new Date('2026-03-01T19:00:00Z'), new Date(now), {
      notBefore: window(now),
      catchUp: 'each',
      max: 100,
    });
    expect(due.slots.map(iso)).toEqual([
      '2026-03-02T19:00:00.000Z',
      '2026-03-03T19:00:00.000Z',
      '2026-03-04T19:00:00.000Z',
    ]);
    expect(due.skipped).toBe(0);
  });

  it('nothing is due before the next slot, and a slot already created is not due again', () => {
    const opts = { notBefore: window('2026-03-02T18:59:59Z'), catchUp: 'each' as const, max: 100 };
    expect(dueSlots(daily, new Date('2026-03-01T19:00:00Z'), new Date('2026-03-02T18:59:59Z'), opts).slots).toEqual([]);
    const at = dueSlots(daily, new Date('2026-03-01T19:00:00Z'), new Date('2026-03-02T19:00:00Z'), opts);
    expect(at.slots.map(iso)).toEqual(['2026-03-02T19:00:00.000Z']);
    expect(dueSlots(daily, at.slots[0]!, new Date('2026-03-02T23:00:00Z'), opts).slots).toEqual([]);
  });

  it('skips slots older than the catch-up window, and caps the list', () => {
    const now = '2026-03-31T02:00:00Z';
    const due = dueSlots(daily, new Date('2026-03-01T19:00:00Z'), new Date(now), {
      notBefore: window(now, 7),
      catchUp: 'each',
      max: 100,
    });
    expect(due.slots).toHaveLength(7);
    expect(iso(due.slots[0]!)).toBe('2026-03-24T19:00:00.000Z');
    expect(iso(due.slots.at(-1)!)).toBe('2026-03-30T19:00:00.000Z');
    expect(due.skipped).toBe(22);
    const capped = dueSlots(daily, new Date('2026-03-01T19:00:00Z'), new Date(now), {
      notBefore: window(now, 30),
      catchUp: 'each',
      max: 3,
    });
    expect(capped.slots.map(iso)).toEqual([
      '2026-03-28T19:00:00.000Z',
      '2026-03-29T19:00:00.000Z',
      '2026-03-30T19:00:00.000Z',
    ]);
  });

  it('with catch-up "latest", a frequent job runs once for the newest missed slot', () => {
    const due = dueSlots({ everyMinutes: 5 }, new Date('2026-03-02T01:00:00Z'), new Date('2026-03-02T03:02:00Z'), {
      notBefore: window('2026-03-02T03:02:00Z'),
      catchUp: 'latest',
      max: 100,
    });
    expect(due.slots.map(iso)).toEqual(['2026-03-02T03:00:00.000Z']);
    expect(due.skipped).toBe(23);
  });

  it('describes schedules in Chinese', () => {
    expect(describeSchedule(daily)).toBe('每天 03:00（北京时间）');
    expect(describeSchedule({ everyMinutes: 15 })).toBe('每 15 分钟');
    expect(describeSchedule({ everyMinutes: 60 })).toBe('每小时');
    expect(describeSchedule({ everyMinutes: 120 })).toBe('每 2 小时');
  });
});
