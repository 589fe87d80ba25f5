/** Money is integer fen everywhere but the screen: officials type and read 元. */

/** 元 as typed (up to two decimals) → fen, exactly: 19.99 → 1999 (no binary-fraction rounding). */
export function yuanToFen(yuan: number | string): number {
  const text = typeof yuan === 'number' ? yuan.toFixed(2) : yuan.trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not an amount in yuan: ${yuan}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** fen → 元 as a number for an input (1999 → 19.99). */
export const fenToYuan = (fen: number): number => fen / 100;

/** fen → 元 as exact text for a string-mode input (1999 → '19.99', 100 → '1.00'), never through a float. */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** fen → ¥1,234.50 as a ledger prints it. */
export function formatYuan(fen: number | null | undefined, lang: 'zh-CN' | 'en'): string {
  if (fen == null || Number.isNaN(fen)) return '—';
  const text = new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);
  return lang === 'zh-CN' ? `${text} 元` : `¥${text}`;
}
