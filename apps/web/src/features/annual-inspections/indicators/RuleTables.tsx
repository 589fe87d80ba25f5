import { Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TRiskRule, TValidationRule } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { problemsAt, type Problem } from './draft';
import { ProblemTag } from './ProblemTag';
import { mono } from './RuleDrawer';

const formula = (v: string | undefined) => (
  <Typography.Text style={{ ...mono, fontSize: 12 }} ellipsis={{ tooltip: v }}>
    {v}
  </Typography.Text>
);

/** Validation rules: severity, message and the assertion, each editable in its drawer. */
export function RulesTable({
  rules,
  problems,
  onEdit,
}: {
  rules: TValidationRule[];
  problems: Problem[];
  onEdit: (index: number) => void;
}) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<TValidationRule & { index: number }> = [
    {
      title: t('annualIndicators.col.code'),
      key: 'code',
      width: 220,
      render: (_, r) => (
        <>
          <Typography.Text style={mono}>{r.code}</Typography.Text>
          <div>
            <ProblemTag problems={problemsAt(problems, 'rules', r.index)} testId={`rule-problem-${r.code}`} />
          </div>
        </>
      ),
    },
    {
      title: t('annualIndicators.col.severity'),
      key: 'severity',
      width: 80,
      render: (_, r) => (
        <Tag color={r.severity === 'error' ? 'red' : 'orange'}>{t(`annualIndicators.severity.${r.severity}`)}</Tag>
      ),
    },
    {
      title: t('annualIndicators.col.message'),
      key: 'message',
      render: (_, r) => (lang === 'zh-CN' ? r.messageZh : r.messageEn),
    },
    { title: t('annualIndicators.col.assert'), key: 'assert', width: 320, render: (_, r) => formula(r.assert) },
    {
      title: t('common.actions'),
      key: 'edit',
      width: 80,
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => onEdit(r.index)} data-testid={`rule-edit-${r.code}`}>
          {t('annualIndicators.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Table
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={rules.map((r, index) => ({ ...r, index }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}

/** Risk rules: label, weight and the condition that raises them. */
export function RisksTable({
  risks,
  problems,
  onEdit,
}: {
  risks: TRiskRule[];
  problems: Problem[];
  onEdit: (index: number) => void;
}) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<TRiskRule & { index: number }> = [
    {
      title: t('annualIndicators.col.code'),
      key: 'code',
      width: 220,
      render: (_, r) => (
        <>
          <Typography.Text style={mono}>{r.code}</Typography.Text>
          <div>
            <ProblemTag problems={problemsAt(problems, 'risks', r.index)} testId={`risk-problem-${r.code}`} />
          </div>
        </>
      ),
    },
    {
      title: t('annualIndicators.col.labelZh'),
      key: 'label',
      render: (_, r) => (lang === 'zh-CN' ? r.labelZh : r.labelEn),
    },
    { title: t('annualIndicators.col.weight'), dataIndex: 'weight', key: 'weight', width: 70, align: 'right' },
    { title: t('annualIndicators.col.when'), key: 'when', width: 320, render: (_, r) => formula(r.when) },
    {
      title: t('common.actions'),
      key: 'edit',
      width: 80,
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => onEdit(r.index)} data-testid={`risk-edit-${r.code}`}>
          {t('annualIndicators.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Table
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={risks.map((r, index) => ({ ...r, index }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
