import { formatNumber } from '../../lib/format';
import type { Lang } from '../../lib/i18n';

/**
 * A count the API stopped at its cap: an official writes “1万+” (10,000 = 一万), English readers
 * “10,000+”. Below the cap the exact number with separators: 1,234.
 */
export function formatCappedCount({ count, capped }: { count: number; capped: boolean }, lang: Lang): string {
  if (!capped) return formatNumber(count, lang);
  if (lang === 'zh-CN' && count >= 10_000 && count % 10_000 === 0) return `${count / 10_000}万+`;
  return `${formatNumber(count, lang)}+`;
}
