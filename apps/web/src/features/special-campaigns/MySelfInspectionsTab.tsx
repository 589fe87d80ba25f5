import { Alert, App, Button, Card, Empty, Flex, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSelfInspection } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { campaignKeys, fetchMySelfInspections, reportRectified } from './api';
import type { UploadedFile } from '../../components/FileUpload';
import { EvidenceInput, EvidenceLinks } from './EvidenceFiles';
import { RectificationTag } from './RectificationCell';
import { SelfInspectionForm } from './SelfInspectionForm';
import { useNestedFormErrors } from './useFormErrors';

function ReportRectified({ si }: { si: TSelfInspection }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ evidence: string; files?: UploadedFile[] }>();
  const handleError = useNestedFormErrors(form);
  const report = useMutation({
    mutationFn: (v: { evidence: string; files?: UploadedFile[] }) =>
      reportRectified(
        si.id,
        v.evidence ?? '',
        (v.files ?? []).map((f) => f.id),
        si.version,
      ),
    onSuccess: () => {
      message.success(t('sc.my.rectified'));
      void queryClient.invalidateQueries({ queryKey: campaignKeys.mine });
    },
    onError: handleError,
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => report.mutate(v)} data-testid={`si-rectify-${si.id}`}>
      <Form.Item name="evidence" label={t('sc.my.rectifyEvidence')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid={`si-evidence-${si.id}`} />
      </Form.Item>
      <Form.Item name="files" label={t('sc.my.evidenceFiles')}>
        <EvidenceInput testId={`si-files-${si.id}`} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" loading={report.isPending} data-testid={`si-rectify-submit-${si.id}`}>
          {t('sc.my.rectifySubmit')}
        </Button>
      </Flex>
    </Form>
  );
}

/**
 * The organization's tab on /my-supervision: the special campaigns' self-inspection forms it has to fill,
 * and the rectification of what it found.
 */
export function MySelfInspectionsTab() {
  const t = useT();
  const f = useFormat();
  const q = useQuery({ queryKey: campaignKeys.mine, queryFn: fetchMySelfInspections });
  if (q.isPending) return <Skeleton active />;
  const items = q.data?.items ?? [];
  if (items.length === 0) return <Empty description={t('sc.my.empty')} data-testid="si-empty" />;
  return (
    <Flex vertical gap={12} data-testid="si-list">
      {items.map((si) => (
        <Card
          key={si.id}
          size="small"
          data-testid={`si-${si.id}`}
          title={<span style={{ whiteSpace: 'normal' }}>{si.campaign.title}</span>}
          extra={
            <Flex gap={4} wrap>
              <Tag color={si.status === 'submitted' ? 'green' : 'orange'}>{t(`sc.self.${si.status}`)}</Tag>
              <RectificationTag state={si.rectification} testId={`si-rect-${si.id}`} />
            </Flex>
          }
        >
          <Typography.Paragraph type="secondary">
            {t('sc.my.deadline', {
              authority: si.campaign.authorityName,
              from: f.date(si.campaign.startsOn),
              to: f.date(si.campaign.endsOn),
            })}
            <br />
            {t('sc.basis', { basis: si.campaign.basis })}
          </Typography.Paragraph>
          <SelfInspectionForm si={si} />
          {si.rectification === 'pending' && si.campaign.status === 'open' && <ReportRectified si={si} />}
          {si.rectificationEvidence && (
            <Alert
              type="info"
              title={t('sc.evidence', { text: si.rectificationEvidence })}
              description={<EvidenceLinks files={si.evidenceFiles} />}
            />
          )}
        </Card>
      ))}
    </Flex>
  );
}
