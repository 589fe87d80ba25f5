import { Flex, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, WarningFilled } from '@ant-design/icons';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import type { DueState } from './workingDays';

const COLORS = { overdue: '#cf1322', today: '#d4380d', soon: '#d46b08', ok: undefined } as const;

/** The due date as officials write it, and under it how many working days are left or overdue. */
export function DueCell({
  id,
  dueDate,
  state,
  estimated,
}: {
  id: number;
  dueDate: string | null;
  state: DueState | null;
  /** The API computed the due date itself without a year's holiday data. */
  estimated?: boolean;
}) {
  const { t } = useI18n();
  const f = useFormat();
  if (!dueDate || !state) return <span data-testid={`due-${id}`}>—</span>;
  const text =
    state.level === 'overdue'
      ? t('reviews.due.overdue', { days: f.number(state.days) })
      : state.level === 'today'
        ? t('reviews.due.today')
        : t('reviews.due.left', { days: f.number(state.days) });
  const color = COLORS[state.level];
  const missing = state.missingYears.join('、');
  return (
    <Flex vertical gap={0} align="flex-start" data-testid={`due-${id}`} data-level={state.level}>
      <span>{f.date(dueDate)}</span>
      <Typography.Text
        style={{ fontSize: 12, color, fontWeight: state.level === 'ok' ? undefined : 600 }}
        type={color ? undefined : 'secondary'}
      >
        {state.level === 'overdue' ? <WarningFilled /> : <ClockCircleOutlined />} {text}
        {(missing || estimated) && (
          <Tooltip title={t('reviews.due.estimated', { years: missing || dueDate.slice(0, 4) })}>
            <span aria-label={t('reviews.due.estimated', { years: missing || dueDate.slice(0, 4) })}> *</span>
          </Tooltip>
        )}
      </Typography.Text>
    </Flex>
  );
}
