import { Table } from 'antd';
import { CHANGEABLE_FIELDS, type TApplicationDetail, type TOrg } from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import type { ChangeableField } from '../applicationForm';
import { currentValue } from '../currentValue';
import { fieldLabel, useFieldValue } from '../useFieldValue';

/**
 * 变更事项: each field the change asks for, the register's value beside the new one while the change is
 * pending (once approved the register already holds the new value).
 */
export function ChangeComparison({
  app,
  org,
  unitNames,
}: {
  app: TApplicationDetail;
  org: TOrg | undefined;
  unitNames: Record<number, string>;
}) {
  const { t, lang } = useI18n();
  const show = useFieldValue({ kind: 'change', authorityRegionCode: org?.authorityRegionCode, unitNames });
  const pending = app.status !== 'approved';
  const rows = CHANGEABLE_FIELDS.filter((f) => app.data[f] !== undefined);
  return (
    <Table<ChangeableField>
      size="small"
      pagination={false}
      rowKey={(f) => f}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      data-testid="application-change-comparison"
      columns={[
        {
          title: t('applications.change.field'),
          key: 'field',
          render: (_, f) => fieldLabel(t, 'change', f, org?.type),
        },
        ...(pending
          ? [
              {
                title: t('applications.change.current'),
                key: 'current',
                render: (_: unknown, f: ChangeableField) =>
                  org ? currentValue(org, f, lang, t('applicationValue.directRegistration')) : '—',
              },
            ]
          : []),
        {
          title: t('applications.change.next'),
          key: 'next',
          render: (_, f) => <span data-testid={`change-next-${f}`}>{show(f, app.data[f])}</span>,
        },
      ]}
    />
  );
}
