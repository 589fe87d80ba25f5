import { App, Button, Flex, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RectificationState } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { confirmRectification } from './api';
import { EvidenceLinks } from './EvidenceFiles';

const COLOR: Record<RectificationState, string> = {
  none: 'default',
  pending: 'orange',
  claimed: 'blue',
  confirmed: 'green',
};

export const RectificationTag = ({ state, testId }: { state: RectificationState; testId?: string }) => {
  const t = useT();
  return state === 'none' ? (
    <span data-testid={testId}>{t('sc.rect.none')}</span>
  ) : (
    <Tag color={COLOR[state]} data-testid={testId}>
      {t(`sc.rect.${state}`)}
    </Tag>
  );
};

/** The rectification of one in-scope organization; the own bureau confirms what the organization reported. */
export function RectificationCell({
  campaignId,
  row,
  canManage,
}: {
  campaignId: number;
  row: {
    id: number;
    rectification: RectificationState;
    rectificationEvidence: string | null;
    evidenceFiles: { id: number; name: string }[];
    version: number;
  };
  canManage: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => confirmRectification(campaignId, row.id, row.version),
    onSuccess: () => {
      message.success(t('sc.confirmed'));
      void queryClient.invalidateQueries({ queryKey: ['special-campaigns', campaignId] });
    },
    onError: (err) => handleError(err),
  });
  return (
    <Flex vertical gap={4} align="flex-start">
      <RectificationTag state={row.rectification} testId={`sc-rect-${row.id}`} />
      {row.rectificationEvidence && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('sc.evidence', { text: row.rectificationEvidence })}
        </Typography.Text>
      )}
      <EvidenceLinks files={row.evidenceFiles} />
      {canManage && row.rectification === 'claimed' && (
        <Button
          size="small"
          loading={confirm.isPending}
          onClick={() => confirm.mutate()}
          data-testid={`sc-confirm-${row.id}`}
        >
          {t('sc.confirm')}
        </Button>
      )}
    </Flex>
  );
}
