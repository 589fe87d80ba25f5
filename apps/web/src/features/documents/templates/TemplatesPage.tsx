import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { documentKindLabel } from '../../../lib/labels';
import { useFormat } from '../../../lib/useFormat';
import { documentKeys, fetchEffectiveTemplates, type EffectiveTemplate } from '../api';
import { TemplateEditor } from './TemplateEditor';
import { PreviewButton, TemplateVersions } from './TemplateVersions';

export default function TemplatesPage() {
  const t = useT();
  const f = useFormat();
  const templates = useQuery({ queryKey: documentKeys.effective, queryFn: fetchEffectiveTemplates });
  const [editing, setEditing] = useState<EffectiveTemplate | null>(null);
  const [versionsOf, setVersionsOf] = useState<EffectiveTemplate | null>(null);

  const columns: TableColumnsType<EffectiveTemplate> = [
    { title: t('documents.kind'), dataIndex: 'kind', width: 120, render: (k: string) => documentKindLabel(t, k) },
    {
      title: t('templates.name'),
      key: 'name',
      width: 260,
      render: (_, tpl) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{tpl.name}</Typography.Text>
          <Flex gap={4} wrap>
            {tpl.inherited ? (
              <Tag data-testid={`template-source-${tpl.kind}`}>{t('templates.inherited')}</Tag>
            ) : (
              <Tag color="blue" data-testid={`template-source-${tpl.kind}`}>
                {t('templates.own')}
              </Tag>
            )}
            <Tag variant="filled">{t('templates.version', { version: tpl.version })}</Tag>
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('templates.docTitle'),
      key: 'title',
      width: 200,
      responsive: ['xl'],
      render: (_, tpl) => (
        <Typography.Text code ellipsis={{ tooltip: tpl.layout.title }} style={{ maxWidth: 200 }}>
          {tpl.layout.title}
        </Typography.Text>
      ),
    },
    {
      title: t('templates.colCreated'),
      key: 'created',
      width: 230,
      responsive: ['xxl'],
      render: (_, tpl) => t('templates.createdBy', { name: tpl.createdByName, at: f.dateTime(tpl.createdAt) }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      render: (_, tpl) => (
        <Flex gap={4} wrap>
          <Button
            size="small"
            type="primary"
            ghost
            icon={<EditOutlined />}
            onClick={() => setEditing(tpl)}
            data-testid={`template-edit-${tpl.kind}`}
          >
            {t('templates.edit')}
          </Button>
          <Button
            size="small"
            icon={<HistoryOutlined />}
            onClick={() => setVersionsOf(tpl)}
            data-testid={`template-versions-${tpl.kind}`}
          >
            {t('templates.versions')}
          </Button>
          <PreviewButton id={tpl.id} />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      <Card>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('templates.previewHint')}
        </Typography.Paragraph>
        <Table<EffectiveTemplate>
          rowKey="id"
          size="middle"
          data-testid="templates-table"
          loading={templates.isPending}
          dataSource={templates.data ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      {editing && <TemplateEditor key={editing.id} template={editing} onClose={() => setEditing(null)} />}
      {versionsOf && <TemplateVersions template={versionsOf} onClose={() => setVersionsOf(null)} />}
    </>
  );
}
