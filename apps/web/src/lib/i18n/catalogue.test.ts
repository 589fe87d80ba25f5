import { describe, expect, it } from 'vitest';
import { ERROR_CODES, REGION_LEVELS, ROLES, UNIT_KINDS } from '@shezu/contracts';
import { PARTS, en, zhCN } from './catalogue';
import { interpolate, translate } from '.';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../labels';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in Chinese and English, in every feature’s part', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const part of PARTS) expect(Object.keys(part.en).sort()).toEqual(Object.keys(part.zhCN).sort());
  });

  it('give each key to exactly one feature, so no part silently overrides another', () => {
    const owners = new Map<string, number>();
    PARTS.forEach((part, i) => {
      for (const key of Object.keys(part.zhCN)) {
        expect(owners.has(key), `${key} is defined twice`).toBe(false);
        owners.set(key, i);
      }
    });
    expect(owners.size).toBe(Object.keys(zhCN).length);
  });

  it('have no empty or untrimmed strings', () => {
    for (const [lang, cat] of Object.entries({ zhCN, en })) {
      for (const [key, value] of Object.entries(cat)) {
        expect(value.trim(), `${lang} ${key}`).not.toBe('');
        expect(value, `${lang} ${key}`).toBe(value.trim());
      }
    }
  });

  it('use the same {placeholders} in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('translate English by key and leave Chinese text out of it', () => {
    const cjk = /[\u4e00-\u9fff]/;
    // The language switch names the other language; document numbers are Chinese whatever the UI language.
    const allowed = new Set(['lang.switchTo', 'templates.numberPrefixHint']);
    for (const [key, value] of Object.entries(en)) if (!allowed.has(key)) expect(value, key).not.toMatch(cjk);
  });

  it('label every role, unit kind, region level, error code and audit action', () => {
    const keys = [
      ...ROLES.map((r) => `role.${r}`),
      ...UNIT_KINDS.map((k) => `unitKind.${k}`),
      ...REGION_LEVELS.map((l) => `regionLevel.${l}`),
      ...Object.keys(ERROR_CODES).map((c) => `error.${c}`),
      ...AUDIT_ACTIONS.map((a) => `auditAction.${a}`),
      ...AUDIT_ENTITIES.map((e) => `auditEntity.${e}`),
    ];
    for (const key of keys) {
      expect(zhCN, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });

  it('interpolates variables and keeps unknown placeholders visible', () => {
    expect(translate('zh-CN', 'common.shownCount', { count: 50 })).toBe('已显示 50 条');
    expect(translate('en', 'home.greetingMorning', { name: 'Li' })).toBe('Good morning, Li');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
