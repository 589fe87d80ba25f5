import { Button, Flex, Popconfirm } from 'antd';
import type { TActivityDetail } from '@shezu/contracts';
import { useT } from '../../lib/i18n';

export type ActivityAction = TActivityDetail['actions'][number];

/** The order the buttons appear in; the API's `actions` decides which of them show. */
const ORDER: readonly ActivityAction[] = [
  'request_approval',
  'start',
  'finish',
  'submit',
  'decide_approval',
  'review',
  'unpublish',
  'edit',
  'cancel',
];
const PRIMARY = new Set<ActivityAction>(['request_approval', 'start', 'finish', 'submit', 'decide_approval', 'review']);

/**
 * The step buttons of an activity: only those the API lists in `actions` for this viewer. Cancelling asks
 * first; the other steps either act at once or open their dialog (the page decides through `onAction`).
 */
export function StepButtons({
  actions,
  busy,
  onAction,
}: {
  actions: readonly ActivityAction[];
  busy?: ActivityAction | null;
  onAction: (action: ActivityAction) => void;
}) {
  const t = useT();
  const shown = ORDER.filter((a) => actions.includes(a));
  if (shown.length === 0) return null;
  return (
    <Flex gap={8} wrap data-testid="act-steps">
      {shown.map((a) =>
        a === 'cancel' ? (
          <Popconfirm key={a} title={t('act.step.cancelConfirm')} onConfirm={() => onAction(a)}>
            <Button danger loading={busy === a} data-testid="act-step-cancel">
              {t('act.step.cancel')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            key={a}
            type={PRIMARY.has(a) ? 'primary' : 'default'}
            danger={a === 'unpublish'}
            loading={busy === a}
            onClick={() => onAction(a)}
            data-testid={`act-step-${a}`}
          >
            {t(`act.step.${a}`)}
          </Button>
        ),
      )}
    </Flex>
  );
}
