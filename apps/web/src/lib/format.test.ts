import { describe, expect, it } from 'vitest';
import { chinaDateString, formatBytes, formatDate, formatDateTime, formatDuration, formatNumber } from './format';

describe('dates in China time', () => {
  // 16:05 UTC on 1 March is already 00:05 on 2 March in Beijing.
  const lateUtc = '2026-03-01T16:05:00.000Z';

  it('writes dates as an official does in Chinese, ISO-like in English', () => {
    expect(formatDate(lateUtc, 'zh-CN')).toBe('2026年3月2日');
    expect(formatDate(lateUtc, 'en')).toBe('2026-03-02');
  });

  it('writes date and time with zero-padded hours and minutes', () => {
    expect(formatDateTime('2026-03-02T01:05:09Z', 'zh-CN')).toBe('2026年3月2日 09:05');
    expect(formatDateTime('2026-03-02T01:05:09Z', 'en')).toBe('2026-03-02 09:05');
    expect(formatDateTime('2026-03-02T01:05:09Z', 'zh-CN', { seconds: true })).toBe('2026年3月2日 09:05:09');
    expect(formatDateTime(lateUtc, 'zh-CN')).toBe('2026年3月2日 00:05');
  });

  it('does not shift a bare calendar date', () => {
    expect(formatDate('2026-11-15', 'zh-CN')).toBe('2026年11月15日');
    expect(formatDate('2026-01-01', 'en')).toBe('2026-01-01');
  });

  it('does not depend on the machine time zone', () => {
    expect(formatDate(new Date(Date.UTC(2025, 11, 31, 20, 0)), 'zh-CN')).toBe('2026年1月1日');
    expect(chinaDateString(new Date(Date.UTC(2025, 11, 31, 15, 59)))).toBe('2025-12-31');
    expect(chinaDateString(new Date(Date.UTC(2025, 11, 31, 16, 0)))).toBe('2026-01-01');
  });

  it('shows a dash for nothing and the raw text for garbage', () => {
    expect(formatDate(null, 'zh-CN')).toBe('—');
    expect(formatDateTime(undefined, 'en')).toBe('—');
    expect(formatDate('not a date', 'zh-CN')).toBe('not a date');
  });
});

describe('numbers', () => {
  it('uses thousands separators in both languages', () => {
    expect(formatNumber(23277, 'zh-CN')).toBe('23,277');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(0, 'zh-CN')).toBe('0');
  });

  it('keeps the requested decimals', () => {
    expect(formatNumber(14.951, 'zh-CN', 2)).toBe('14.95');
    expect(formatNumber(57.7, 'en', 2)).toBe('57.70');
    expect(formatNumber(null, 'en')).toBe('—');
  });
});

describe('durations and sizes', () => {
  it('writes durations as an official reads them', () => {
    expect(formatDuration(5_400, 'zh-CN')).toBe('5.4秒');
    expect(formatDuration(83_000, 'zh-CN')).toBe('1分23秒');
    expect(formatDuration(3_723_000, 'zh-CN')).toBe('1小时2分3秒');
    expect(formatDuration(3_723_000, 'en')).toBe('1 h 2 min 3 s');
    expect(formatDuration(null, 'en')).toBe('—');
  });

  it('writes file sizes in binary units', () => {
    expect(formatBytes(980, 'zh-CN')).toBe('980 B');
    expect(formatBytes(245_760, 'zh-CN')).toBe('240 KB');
    expect(formatBytes(3_355_443, 'en')).toBe('3.2 MB');
  });
});
