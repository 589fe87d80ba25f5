import { describe, expect, it } from 'vitest';
import { ROLES } from './roles';
import { EVENT_CONTRACTS, EVENT_LABELS, EVENT_NAMES, NOTIFIABLE_EVENTS, isEventName } from './events';
import { DEFAULT_SUBSCRIPTIONS } from './notifications';

const org = {
  orgId: 12,
  orgName: '云阳县志愿者协会',
  uscc: '51500235MJP123456X',
  regionCode: '500235',
  authorityRegionCode: '500235',
};

describe('event catalogue', () => {
  it('names every contract by its key, with a version, a description and a label', () => {
    for (const name of EVENT_NAMES) {
      expect(EVENT_CONTRACTS[name].name).toBe(name);
      expect(EVENT_CONTRACTS[name].version).toBeGreaterThanOrEqual(1);
      expect(EVENT_CONTRACTS[name].description.length).toBeGreaterThan(0);
      expect(EVENT_LABELS[name].length).toBeGreaterThan(0);
    }
    expect(isEventName('org_registered')).toBe(true);
    expect(isEventName('toString')).toBe(false);
  });

  it('requires a region on every payload, so that reading events can be scoped', () => {
    for (const name of EVENT_NAMES) {
      const shape = (EVENT_CONTRACTS[name].payload as unknown as { shape: Record<string, unknown> }).shape;
      expect(shape, name).toHaveProperty('regionCode');
    }
  });

  it('accepts a penalty in DOMAIN vocabulary with money in fen, and refuses yuan with decimals', () => {
    const penalty = {
      ...org,
      penaltyId: 3,
      decisionNumber: '云民罚〔2026〕1号',
      kinds: ['warning', 'fine'],
      fineFen: 3_000_000,
      confiscatedFen: null,
      decidedOn: '2026-03-02',
      decidedBy: null,
    };
    expect(EVENT_CONTRACTS.penalty_decided.payload.safeParse(penalty).success).toBe(true);
    expect(EVENT_CONTRACTS.penalty_decided.payload.safeParse({ ...penalty, fineFen: 30000.5 }).success).toBe(false);
    expect(EVENT_CONTRACTS.penalty_decided.payload.safeParse({ ...penalty, kinds: ['scolding'] }).success).toBe(false);
  });

  it('refuses a bad credit code, date or region', () => {
    const ok = { ...org, year: 2025, deadline: '2026-05-31' };
    const p = EVENT_CONTRACTS.annual_report_overdue.payload;
    expect(p.safeParse(ok).success).toBe(true);
    expect(p.safeParse({ ...ok, uscc: '51500235MJP12345' }).success).toBe(false);
    expect(p.safeParse({ ...ok, deadline: '2026-5-31' }).success).toBe(false);
    expect(p.safeParse({ ...ok, regionCode: '5002351' }).success).toBe(false);
  });

  it('lets users follow organization events only, and role defaults name only those', () => {
    expect(NOTIFIABLE_EVENTS).not.toContain('platform.test_event');
    expect(NOTIFIABLE_EVENTS).toContain('penalty_decided');
    for (const role of ROLES) {
      for (const name of DEFAULT_SUBSCRIPTIONS[role]) expect(NOTIFIABLE_EVENTS).toContain(name);
    }
  });
});
