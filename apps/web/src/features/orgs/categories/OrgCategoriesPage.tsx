import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Flex, Switch, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useMe } from '../../../app/session';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { fetchRegion, regionKeys } from '../../regions/api';
import { saveCategory, type Category } from '../api';
import { useCategories } from '../OrgSelects';
import { CategoryFormModal, type CategoryFormValues } from './CategoryFormModal';
import { versionAfterSave, versionToSend } from './categoryVersions';

/** Where an entry comes from: the national defaults, this region, or a region above it (重庆市). */
function DefinedIn({ code, own }: { code: string; own: string }) {
  const t = useT();
  const region = useQuery({
    queryKey: regionKeys.detail(code),
    queryFn: () => fetchRegion(code),
    enabled: code !== NATIONAL_REGION_CODE && code !== own,
    staleTime: Infinity,
  });
  if (code === own) return <Tag color="blue">{t('categories.definedHere')}</Tag>;
  if (code === NATIONAL_REGION_CODE) return <Tag>{t('categories.definedNational')}</Tag>;
  return <Tag color="geekblue">{region.data?.fullName ?? code}</Tag>;
}

type Editing = { entry: Category | null } | null;

/** 领域类别: the dictionary in force for the administrator's region; changes apply to it and below. */
export default function OrgCategoriesPage() {
  const t = useT();
  const me = useMe();
  const region = me.regionCode ?? NATIONAL_REGION_CODE;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const categories = useCategories(region);
  const [learned, setLearned] = useState<Record<string, number>>({});
  const [editing, setEditing] = useState<Editing>(null);

  const save = useMutation({
    mutationFn: async ({
      code,
      values,
      version,
    }: {
      code: string;
      values: CategoryFormValues;
      version: number | null;
    }) => ({ saved: await saveCategory(region, code, { ...values, name: values.name.trim(), version }), version }),
    onSuccess: ({ saved, version }) => {
      setLearned((l) => ({ ...l, [saved.code]: versionAfterSave(version) }));
      void queryClient.invalidateQueries({ queryKey: ['org-categories'] });
      message.success(t('categories.saved', { name: saved.name }));
      setEditing(null);
    },
    onError: (err) => handleError(err, { onStale: () => void categories.refetch() }),
  });

  const update = (entry: Category, patch: Partial<CategoryFormValues>) => {
    const version = versionToSend(entry, region, learned);
    if (version === undefined) return;
    const { name, directRegistration, active, sort } = entry;
    save.mutate({ code: entry.code, version, values: { name, directRegistration, active, sort, ...patch } });
  };
  const locked = (entry: Category) => versionToSend(entry, region, learned) === undefined;
  const lockHint = (entry: Category, node: ReactNode) =>
    locked(entry) ? <Tooltip title={t('categories.versionUnknown')}>{node}</Tooltip> : node;

  const columns: TableColumnsType<Category> = [
    { title: t('categories.sort'), dataIndex: 'sort', key: 'sort', width: 70 },
    { title: t('categories.name'), dataIndex: 'name', key: 'name', width: 160 },
    {
      title: t('categories.code'),
      dataIndex: 'code',
      key: 'code',
      width: 170,
      render: (v: string) => <code>{v}</code>,
    },
    {
      title: t('categories.directRegistration'),
      key: 'direct',
      width: 110,
      render: (_, c) =>
        lockHint(
          c,
          <Switch
            size="small"
            checked={c.directRegistration}
            disabled={locked(c) || save.isPending}
            onChange={(directRegistration) => update(c, { directRegistration })}
            data-testid={`category-direct-${c.code}`}
          />,
        ),
    },
    {
      title: t('categories.active'),
      key: 'active',
      width: 90,
      render: (_, c) =>
        lockHint(
          c,
          <Switch
            size="small"
            checked={c.active}
            disabled={locked(c) || save.isPending}
            onChange={(active) => update(c, { active })}
            data-testid={`category-active-${c.code}`}
          />,
        ),
    },
    {
      title: t('categories.definedIn'),
      key: 'definedIn',
      width: 150,
      render: (_, c) => <DefinedIn code={c.definedIn} own={region} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, c) =>
        lockHint(
          c,
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            disabled={locked(c)}
            onClick={() => setEditing({ entry: c })}
            data-testid={`category-edit-${c.code}`}
          >
            {t('common.edit')}
          </Button>,
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('categories.title')}
        subtitle={t('categories.subtitle', { region: me.regionName ?? t('orgLevel.national') })}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ entry: null })}
            data-testid="category-add"
          >
            {t('categories.add')}
          </Button>
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={t('categories.hint')} />
          <Table<Category>
            rowKey="code"
            data-testid="categories-table"
            size="middle"
            loading={categories.isPending}
            columns={columns}
            dataSource={categories.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Flex>
      </Card>
      {editing && (
        <CategoryFormModal
          entry={editing.entry}
          takenCodes={(categories.data ?? []).map((c) => c.code)}
          nextSort={Math.max(0, ...(categories.data ?? []).map((c) => c.sort)) + 10}
          saving={save.isPending}
          onCancel={() => setEditing(null)}
          onSave={(code, values) =>
            save.mutate({
              code,
              values,
              version: editing.entry ? (versionToSend(editing.entry, region, learned) ?? null) : null,
            })
          }
        />
      )}
    </>
  );
}
