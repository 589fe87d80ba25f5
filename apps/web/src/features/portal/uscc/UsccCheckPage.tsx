import { Button, Card, Form, Input, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { PageHeader } from '../../../components/PageHeader';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { checkUscc, portalKeys } from '../api';
import { PortalLayout } from '../PortalLayout';
import { mono } from '../search/OrgResultCard';
import { UsccResult } from './UsccResult';
import { normalizeCode } from './usccMarks';

const MAX_LENGTH = 40;

/** `/portal/uscc?code=`: checks a 统一社会信用代码 against GB 32100 and says what is wrong, and where. */
export default function UsccCheckPage() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ code: string }>();
  const [params, setParams] = useSearchParams();
  const code = normalizeCode(params.get('code') ?? '').slice(0, MAX_LENGTH);
  const check = useQuery({
    queryKey: portalKeys.uscc(code),
    queryFn: () => checkUscc(code),
    enabled: code !== '',
    staleTime: Infinity,
  });
  // A refusal of the request itself (rate limit, malformed path) belongs beside the field, not in place of a result.
  const refused = check.isError
    ? isApiError(check.error) && check.error.hasFields
      ? Object.values(check.error.fields).join('；')
      : errorText(check.error, lang, t)
    : undefined;

  return (
    <PortalLayout>
      <PageHeader title={t('portal.uscc.title')} subtitle={t('portal.uscc.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ code }}
          onFinish={({ code: typed }) => setParams({ code: normalizeCode(typed) })}
        >
          <Form.Item
            name="code"
            label={t('portal.uscc.label')}
            extra={t('portal.uscc.help')}
            normalize={(v: string) => v.toUpperCase()}
            validateStatus={refused ? 'error' : undefined}
            help={refused}
            rules={[{ required: true, whitespace: true, message: t('portal.uscc.required') }]}
          >
            <Input
              size="large"
              maxLength={MAX_LENGTH}
              autoComplete="off"
              spellCheck={false}
              style={{ ...mono, letterSpacing: 1 }}
              placeholder="51500235MJB000018U"
              data-testid="uscc-input"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={check.isFetching} data-testid="uscc-submit">
            {t('portal.uscc.submit')}
          </Button>
        </Form>
      </Card>
      {code !== '' && check.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {check.data && <UsccResult code={code} result={check.data} />}
    </PortalLayout>
  );
}
