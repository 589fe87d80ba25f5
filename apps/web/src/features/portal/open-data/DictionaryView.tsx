import { Alert, Collapse, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { isMessageKey, useT } from '../../../lib/i18n';
import { mono } from '../search/OrgResultCard';
import type { Dictionary, DictionaryField } from './dictionary';

/** The published data dictionary: formats, notes and, per dataset, every field with its type and code list. */
export function DictionaryView({ dictionary }: { dictionary: Dictionary }) {
  const t = useT();
  const typeLabel = (type: string) => {
    const key = `portal.openData.fieldType.${type}`;
    return isMessageKey(key) ? t(key) : type;
  };
  const columns: TableColumnsType<DictionaryField> = [
    {
      title: t('portal.openData.field'),
      key: 'name',
      render: (_, f) => <span style={{ ...mono, fontSize: 12 }}>{f.name}</span>,
    },
    { title: t('portal.openData.label'), dataIndex: 'label', key: 'label' },
    { title: t('portal.openData.type'), key: 'type', render: (_, f) => typeLabel(f.type) },
    {
      title: t('portal.openData.description'),
      key: 'description',
      render: (_, f) => (
        <Flex vertical gap={2} style={{ maxWidth: 420 }}>
          {f.description && <span>{f.description}</span>}
          {f.codes.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.codes.map((c) => `${c.code} = ${c.label}`).join('；')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={12} data-testid="open-data-dictionary">
      {dictionary.title && <Typography.Text strong>{dictionary.title}</Typography.Text>}
      {(dictionary.formats.length > 0 || dictionary.notes.length > 0) && (
        <Alert
          type="info"
          showIcon
          title={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {dictionary.formats.map((f) => (
                <li key={f.name}>
                  <strong>{f.name.toUpperCase()}</strong>：{f.text}
                </li>
              ))}
              {dictionary.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
        />
      )}
      <Collapse
        items={dictionary.datasets.map((d) => ({
          key: d.name,
          label: (
            <span>
              {d.title || d.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.files}
              </Typography.Text>
            </span>
          ),
          children: (
            <Table<DictionaryField>
              rowKey="name"
              size="small"
              columns={columns}
              dataSource={d.fields}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          ),
        }))}
      />
    </Flex>
  );
}
