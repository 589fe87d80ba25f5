import { describe, expect, it } from 'vitest';
import { excelSerialToIso, headerKey, parseCount, parseDate, parseYesNo, parseYuanToFen, plainCell } from './cells';

const fen = (v: Parameters<typeof parseYuanToFen>[0]) => {
  const r = parseYuanToFen(v);
  return r.ok ? r.value : r.message;
};

describe('ledger cells', () => {
  it('turns yuan into fen exactly, from text and from numbers', () => {
    expect(fen('30000')).toBe(3_000_000);
    expect(fen('0.07')).toBe(7); // 0.07 * 100 is 7.000000000000001 in floating point
    expect(fen(0.07)).toBe(7);
    expect(fen(1.1)).toBe(110);
    expect(fen('1,234,567.89')).toBe(123_456_789);
    expect(fen('¥30000.5元')).toBe(3_000_050);
    expect(fen('9007199254740.99')).toBe(900_719_925_474_099);
    expect(fen('12.340')).toBe(1234);
    expect(fen('12.345')).toBe('金额最多保留两位小数（到分）');
    expect(fen('-1')).toBe('金额不能为负数');
    expect(fen('三万')).toBe('金额应为数字（单位：元），如 30000 或 30000.50');
    expect(fen(1e21)).toBe('金额过大或格式不正确');
    expect(fen('99999999999999')).toBe('金额过大');
    expect(fen(null)).toBe('请填写金额');
  });

  it('reads dates from date cells, serial numbers and Chinese or ISO text, and rejects days that do not exist', () => {
    const d = (v: Parameters<typeof parseDate>[0]) => {
      const r = parseDate(v);
      return r.ok ? r.value : r.message;
    };
    expect(d(new Date(Date.UTC(2018, 5, 1)))).toBe('2018-06-01');
    expect(d(43252)).toBe('2018-06-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(d('2018年6月1日')).toBe('2018-06-01');
    expect(d('2018/6/1')).toBe('2018-06-01');
    expect(d('2018.06.01')).toBe('2018-06-01');
    expect(d('2018-02-30')).toBe('日期“2018-02-30”不存在');
    expect(d('六月一日')).toBe('日期格式应为 YYYY-MM-DD 或 YYYY年M月D日');
    expect(d(12)).toBe('日期格式应为 YYYY-MM-DD 或 YYYY年M月D日');
  });

  it('reads counts, yes/no, rich text and formulas, and folds headings', () => {
    const n = parseCount('1,200人', 10_000);
    expect(n).toEqual({ ok: true, value: 1200 });
    expect(parseCount('3.5', 100).ok).toBe(false);
    expect(parseCount(200, 100)).toEqual({ ok: false, message: '不能超过100' });
    expect(parseYesNo('是')).toEqual({ ok: true, value: true });
    expect(parseYesNo(null)).toEqual({ ok: true, value: false });
    expect(parseYesNo('也许').ok).toBe(false);
    expect(plainCell({ richText: [{ text: '云阳' }, { text: '县' }] })).toBe('云阳县');
    expect(plainCell({ formula: 'A1*2', result: 60000 })).toBe(60000);
    expect(plainCell({ text: '官网', hyperlink: 'https://x.cn' })).toBe('官网');
    expect(headerKey(' 注册资金(元)* ')).toBe(headerKey('注册资金（元）'));
  });
});
