import { Button, Drawer, Grid, Table } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { documentKeys, fetchTemplateVersions, previewTemplate, type EffectiveTemplate, type Template } from '../api';

export function PreviewButton({ id }: { id: number }) {
  const t = useT();
  const handleError = useApiErrorHandler();
  const preview = useMutation({ mutationFn: () => previewTemplate(id), onError: (err) => handleError(err) });
  return (
    <Button
      size="small"
      icon={<EyeOutlined />}
      loading={preview.isPending}
      onClick={() => preview.mutate()}
      data-testid={`template-preview-${id}`}
    >
      {t('templates.preview')}
    </Button>
  );
}

export function TemplateVersions({ template, onClose }: { template: EffectiveTemplate; onClose: () => void }) {
  const t = useT();
  const f = useFormat();
  const screens = Grid.useBreakpoint();
  const versions = useQuery({
    queryKey: documentKeys.versions(template.id),
    queryFn: () => fetchTemplateVersions(template.id),
  });
  return (
    <Drawer
      open
      title={t('templates.versionsTitle', { name: template.name })}
      size={screens.md ? 640 : '100%'}
      onClose={onClose}
      destroyOnHidden
    >
      <Table<Template>
        rowKey="id"
        size="small"
        loading={versions.isPending}
        dataSource={versions.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('templates.colVersion'),
            dataIndex: 'version',
            width: 70,
            render: (v: number) => t('templates.version', { version: v }),
          },
          { title: t('templates.name'), dataIndex: 'name' },
          {
            title: t('templates.colCreated'),
            key: 'by',
            render: (_, v) => t('templates.createdBy', { name: v.createdByName, at: f.dateTime(v.createdAt) }),
          },
          { title: t('common.actions'), key: 'preview', width: 100, render: (_, v) => <PreviewButton id={v.id} /> },
        ]}
      />
    </Drawer>
  );
}
