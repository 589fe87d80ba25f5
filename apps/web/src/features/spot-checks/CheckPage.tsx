import {
  App,
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { SpotCheckItem, TSpotCheck } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { concludeCheck, fetchCheck, issueNotice, openNotice, spotKeys } from './api';

interface Values {
  results: { item: SpotCheckItem; passed: boolean; finding: string }[];
  rectificationDeadline: Dayjs | null;
  rectificationRequirement: string;
}

function ResultForm({ check }: { check: TSpotCheck }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const results = Form.useWatch('results', form);
  const failed = (results ?? []).some((r) => r && !r.passed);
  const save = useMutation({
    mutationFn: (v: Values) =>
      concludeCheck(
        check.id,
        {
          results: v.results.map((r) => ({ item: r.item, passed: r.passed, finding: r.finding?.trim() ?? '' })),
          ...(failed
            ? {
                rectificationDeadline: v.rectificationDeadline?.format('YYYY-MM-DD'),
                rectificationRequirement: v.rectificationRequirement?.trim(),
              }
            : {}),
        },
        // A clerk concludes for the bureau; an inspector (without supervision.manage) for their own check.
        !can(me, 'supervision.manage'),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spotKeys.all });
      message.success(t('spotChecks.check.concluded'));
    },
    onError: (err) => handleError(err, { form }),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        results: check.items.map((item) => ({ item, passed: true, finding: '' })),
        rectificationDeadline: null,
        rectificationRequirement: '',
      }}
      onFinish={(v) => save.mutate(v)}
      disabled={save.isPending}
    >
      <Form.List name="results">
        {(fields) =>
          fields.map((f, i) => (
            <Card key={f.key} size="small" style={{ marginBottom: 8 }} title={t(`spotChecks.item.${check.items[i]!}`)}>
              <Form.Item name={[f.name, 'passed']} style={{ marginBottom: 8 }}>
                <Radio.Group data-testid={`spot-result-${check.items[i]!}`}>
                  <Radio value={true}>{t('spotChecks.check.passed')}</Radio>
                  <Radio value={false}>{t('spotChecks.check.failed')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item name={[f.name, 'finding']} label={t('spotChecks.check.finding')} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </Card>
          ))
        }
      </Form.List>
      {failed && (
        <>
          <Form.Item name="rectificationDeadline" label={t('spotChecks.check.deadline')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="rectificationRequirement" label={t('spotChecks.check.requirement')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="spot-check-conclude">
        {t('spotChecks.check.conclude')}
      </Button>
    </Form>
  );
}

/** `/spot-checks/:id`: one drawn organization — inspectors, the 抽查通知书, and the results per item. */
export default function CheckPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const me = useMe();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const check = useQuery({ queryKey: spotKeys.check(id), queryFn: () => fetchCheck(id) });
  const notice = useMutation({
    mutationFn: () => issueNotice(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: spotKeys.all }),
    onError: (err) => handleError(err),
  });
  if (check.isError) return <Alert type="error" showIcon title={errorText(check.error, lang, t)} />;
  if (!check.data) return <Skeleton active />;
  const c = check.data;
  return (
    <>
      <PageHeader title={c.orgName} subtitle={c.planTitle} />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label="USCC">
            <span style={{ wordBreak: 'break-all' }}>{c.uscc}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.check.inspectors')}>
            {c.inspectors.map((i) => `${i.name}（${i.unitName}）`).join('、')}
          </Descriptions.Item>
        </Descriptions>
        <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
          <Tag>{t(`spotChecks.checkStatus.${c.status}`)}</Tag>
          {c.noticeDocumentId === null && can(me, 'supervision.manage') ? (
            <Button loading={notice.isPending} onClick={() => notice.mutate()} data-testid="spot-check-notice">
              {t('spotChecks.check.notice')}
            </Button>
          ) : (
            c.noticeDocumentId !== null && (
              <Button
                type="link"
                onClick={() => void openNotice(c.noticeDocumentId!)}
                data-testid="spot-check-notice-pdf"
              >
                {t('spotChecks.check.noticeIssued')}
              </Button>
            )
          )}
          {c.caseId !== null && <Link to={`/supervision-cases/${c.caseId}`}>{t('spotChecks.check.case')}</Link>}
        </Flex>
      </Card>
      <Card title={t('spotChecks.check.results')}>
        {c.status === 'concluded' ? (
          <Flex vertical gap={6} data-testid="spot-check-results">
            {c.results.map((r) => (
              <div key={r.item}>
                <Tag color={r.passed ? 'green' : 'red'}>
                  {t(r.passed ? 'spotChecks.check.passed' : 'spotChecks.check.failed')}
                </Tag>
                {t(`spotChecks.item.${r.item}`)}
                {r.finding && <Typography.Paragraph type="secondary">{r.finding}</Typography.Paragraph>}
              </div>
            ))}
            <Typography.Text type="secondary">{c.concludedOn}</Typography.Text>
          </Flex>
        ) : (
          <ResultForm check={c} />
        )}
      </Card>
    </>
  );
}
