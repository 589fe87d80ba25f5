import { Alert, Flex, List, Typography } from 'antd';
import type { TDormantPreview } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { SignalTags } from './SignalTags';
import { NoDataNote } from './NoDataNote';

/** The candidates a campaign would list, each with its signals and their facts. */
export function PreviewList({ preview }: { preview: TDormantPreview }) {
  const t = useT();
  const f = useFormat();
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="campaign-preview-list">
      <Typography.Text strong data-testid="campaign-preview-summary">
        {t('dormant.preview.summary', { evaluated: f.number(preview.evaluated), total: f.number(preview.total) })}
      </Typography.Text>
      <NoDataNote codes={preview.noData} />
      <List
        size="small"
        bordered
        dataSource={preview.items}
        locale={{ emptyText: t('dormant.preview.empty') }}
        renderItem={(c) => (
          <List.Item key={c.orgId} data-testid={`preview-org-${c.orgId}`}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Typography.Text style={{ wordBreak: 'break-all' }}>
                {c.orgName}
                {c.uscc && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                    {c.uscc}
                  </Typography.Text>
                )}
              </Typography.Text>
              <SignalTags signals={c.signals} />
            </Flex>
          </List.Item>
        )}
      />
      {preview.total > preview.items.length && (
        <Alert type="info" title={t('dormant.preview.more', { count: preview.items.length })} />
      )}
    </Flex>
  );
}
