import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { TDormantSignal } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { signalFacts } from './signalText';

const COLOR: Record<TDormantSignal['code'], string> = {
  annual_missed: 'volcano',
  unreachable: 'magenta',
  no_activity: 'gold',
  council_overdue: 'geekblue',
};

/**
 * Each signal as a tag with its facts beside it (not only in a tooltip: a phone has no hover).
 */
export function SignalTags({ signals, compact }: { signals: TDormantSignal[]; compact?: boolean }) {
  const t = useT();
  const f = useFormat();
  const date = (d: string) => f.date(d);
  return (
    <Flex vertical gap={4}>
      {signals.map((s) => {
        const facts = signalFacts(s, t, date);
        return (
          <Flex key={s.code} gap={4} align="baseline" wrap data-testid={`signal-${s.code}`}>
            <Tooltip title={facts}>
              <Tag color={COLOR[s.code]} style={{ marginInlineEnd: 0 }}>
                {t(`dormant.signal.${s.code}`)}
              </Tag>
            </Tooltip>
            {!compact && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {facts}
              </Typography.Text>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
