import type { IndicatorValue, TIndicator } from '@shezu/contracts';

const yuan = (fen: number) =>
  `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

/** A value as an official reads it: money in 元 with separators, 是/否, choices by label, rows counted. */
export function showValue(i: TIndicator, v: IndicatorValue | undefined): string {
  if (v === null || v === undefined || v === '') return '—';
  switch (i.type) {
    case 'money':
      return typeof v === 'number' ? yuan(v) : String(v);
    case 'bool':
      return v ? '是' : '否';
    case 'choice':
      return i.options?.find((o) => o.value === v)?.labelZh ?? String(v);
    case 'rows':
      return Array.isArray(v) ? `${v.length} 行` : '—';
    case 'file':
      return Array.isArray(v) ? `已附 ${v.length} 个文件` : '—';
    default:
      return String(v);
  }
}
