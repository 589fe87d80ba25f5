import { Button, Flex, Typography } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { errorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { SaveState } from './useReportValues';

/** HH:mm:ss in China time: the date is today's, only the time tells the user anything. */
const timeOf = (at: string) => formatDateTime(at, 'zh-CN', { seconds: true }).split(' ').at(-1) ?? at;

/** 已自动保存 HH:mm:ss / 保存中… / why it failed, with a retry. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, lang } = useI18n();
  let body;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'pending':
      body = <Typography.Text type="secondary">{t('annualReports.save.pending')}</Typography.Text>;
      break;
    case 'saving':
      body = (
        <Typography.Text type="secondary">
          <LoadingOutlined /> {t('annualReports.save.saving')}
        </Typography.Text>
      );
      break;
    case 'saved':
      body = (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('annualReports.save.saved', { time: timeOf(state.at) })}
        </Typography.Text>
      );
      break;
    case 'fields':
      body = (
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> {t('annualReports.save.fieldErrors', { count: state.count })}
        </Typography.Text>
      );
      break;
    case 'error':
      body = (
        <>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('annualReports.save.failed', { reason: errorText(state.error, lang, t) })}
          </Typography.Text>
          <Button size="small" onClick={onRetry}>
            {t('annualReports.save.retry')}
          </Button>
        </>
      );
  }
  return (
    <Flex gap={8} align="center" wrap role="status" data-testid="save-status" data-state={state.kind}>
      {body}
    </Flex>
  );
}
