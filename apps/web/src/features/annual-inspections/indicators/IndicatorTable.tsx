import { Button, Collapse, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { ANNUAL_SECTIONS, type TIndicator } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { problemsAt, type Problem } from './draft';
import { ProblemTag } from './ProblemTag';
import { mono } from './RuleDrawer';

type Row = TIndicator & { index: number };
const yes = (v: boolean) => (v ? <CheckOutlined style={{ color: '#389e0d' }} /> : null);

/** The indicators section by section; sections with a problem open first. */
export function IndicatorTable({
  indicators,
  problems,
  onEdit,
}: {
  indicators: TIndicator[];
  problems: Problem[];
  onEdit: (index: number) => void;
}) {
  const t = useT();
  const rows: Row[] = indicators.map((ind, index) => ({ ...ind, index }));
  const columns: TableColumnsType<Row> = [
    {
      title: t('annualIndicators.col.code'),
      key: 'code',
      render: (_, r) => (
        <>
          <Typography.Text style={mono}>{r.code}</Typography.Text>
          <div>
            <ProblemTag problems={problemsAt(problems, 'indicators', r.index)} testId={`indicator-problem-${r.code}`} />
          </div>
        </>
      ),
    },
    { title: t('annualIndicators.col.labelZh'), dataIndex: 'labelZh', key: 'labelZh' },
    { title: t('annualIndicators.col.labelEn'), dataIndex: 'labelEn', key: 'labelEn' },
    { title: t('annualIndicators.col.type'), key: 'type', render: (_, r) => t(`annualIndicators.type.${r.type}`) },
    { title: t('annualIndicators.col.line'), key: 'line', align: 'center', render: (_, r) => r.line ?? '' },
    { title: t('annualIndicators.col.required'), key: 'required', align: 'center', render: (_, r) => yes(r.required) },
    {
      title: t('annualIndicators.col.orgTypes'),
      key: 'orgTypes',
      render: (_, r) =>
        r.orgTypes.length === 0
          ? t('annualIndicators.allTypes')
          : r.orgTypes.map((o) => <Tag key={o}>{t(`orgType.${o}`)}</Tag>),
    },
    {
      title: t('annualIndicators.col.simplified'),
      key: 'simplified',
      align: 'center',
      render: (_, r) => yes(r.simplified),
    },
    { title: t('annualIndicators.col.public'), key: 'public', align: 'center', render: (_, r) => yes(r.public) },
    {
      title: t('common.actions'),
      key: 'edit',
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => onEdit(r.index)} data-testid={`indicator-edit-${r.code}`}>
          {t('annualIndicators.edit')}
        </Button>
      ),
    },
  ];
  const sections = ANNUAL_SECTIONS.map((section) => ({
    section,
    rows: rows.filter((r) => r.section === section),
  })).filter((s) => s.rows.length > 0);
  const failing = new Set(problems.filter((p) => p.list === 'indicators').map((p) => indicators[p.index]?.section));
  const open = sections.filter((s) => failing.has(s.section)).map((s) => s.section);
  return (
    <Collapse
      // Re-mounted when the problems change, so the sections to look at open by themselves.
      key={open.join(',')}
      defaultActiveKey={open.length ? open : [sections[0]?.section ?? '']}
      data-testid="indicator-sections"
      items={sections.map((s) => ({
        key: s.section,
        label: (
          <span data-testid={`indicator-section-${s.section}`}>
            {t('annualIndicators.sectionCount', {
              section: t(`annualReview.section.${s.section}`),
              count: s.rows.length,
            })}
          </span>
        ),
        children: (
          <Table<Row>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={s.rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        ),
      }))}
    />
  );
}
