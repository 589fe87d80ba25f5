import { Alert } from 'antd';
import type { DormantSignalCode } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

/** Signals that could not be judged for want of data: said plainly, so nobody reads them as "not dormant". */
export function NoDataNote({ codes }: { codes: DormantSignalCode[] }) {
  const t = useT();
  if (codes.length === 0) return null;
  const signals = codes.map((c) => t(`dormant.signal.${c}`)).join('、');
  return <Alert type="warning" showIcon title={t('dormant.noData', { signals })} data-testid="dormant-no-data" />;
}
