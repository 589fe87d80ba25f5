import { Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { RiskWarningLevel, TRiskWarning } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { FileLinks } from '../../components/FilesField';

const LEVEL_COLOR: Record<RiskWarningLevel, string> = { hint: 'blue', warning: 'orange', serious: 'red' };

export function WarningTags({ w }: { w: TRiskWarning }) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      <Tag color={LEVEL_COLOR[w.level]} data-testid="risk-warning-level">
        {t(`riskWarnings.level.${w.level}`)}
      </Tag>
      <Tag>{t(`riskWarnings.rule.${w.rule}`)}</Tag>
      <Tag color={w.status === 'open' ? 'gold' : w.status === 'answered' ? 'cyan' : 'default'}>
        {t(`riskWarnings.status.${w.status}`)}
      </Tag>
    </Flex>
  );
}

/** One warning: what, why, to whom, by when, and what became of it. */
export function WarningFacts({ w, linkTitle = false }: { w: TRiskWarning; linkTitle?: boolean }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="risk-warning-facts">
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>
          {linkTitle ? <Link to={`/risk-warnings/${w.id}`}>{w.orgName}</Link> : w.orgName}
        </Typography.Text>
        <WarningTags w={w} />
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('riskWarnings.field.reason')} span={2}>
          {w.reason}
        </Descriptions.Item>
        <Descriptions.Item label={t('riskWarnings.field.target')}>
          {t(`riskWarnings.target.${w.target}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('riskWarnings.field.raisedOn')}>{w.raisedOn}</Descriptions.Item>
        <Descriptions.Item label={t('riskWarnings.field.dueDate')}>{w.dueDate}</Descriptions.Item>
        {w.answerText && (
          <>
            <Descriptions.Item label={t('riskWarnings.field.answer')} span={2}>
              {w.answerText}
            </Descriptions.Item>
            <Descriptions.Item label={t('riskWarnings.field.files')}>
              <FileLinks ids={w.answerFiles} />
            </Descriptions.Item>
            <Descriptions.Item label={t('riskWarnings.field.answeredBy')}>{w.answeredByName}</Descriptions.Item>
          </>
        )}
        {w.closeNote && (
          <>
            <Descriptions.Item label={t('riskWarnings.field.closeNote')} span={2}>
              {w.closeNote}
            </Descriptions.Item>
            <Descriptions.Item label={t('riskWarnings.field.closedBy')}>{w.closedByName}</Descriptions.Item>
          </>
        )}
        {w.caseId && (
          <Descriptions.Item label={t('riskWarnings.field.caseId')}>
            <Link to={`/supervision-cases/${w.caseId}`}>#{w.caseId}</Link>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Flex>
  );
}
