import { useState } from 'react';
import { Button, Empty, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TOrg } from '@shezu/contracts';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { documentKindLabel } from '../../../lib/labels';
import { useFormat } from '../../../lib/useFormat';
import { downloadDocument, type Document } from '../../documents/api';
import { DocumentDrawer } from '../../documents/DocumentDrawer';
import { fetchOrgDocuments, orgKeys } from '../api';

type Row = Pick<Document, 'id' | 'number' | 'kind' | 'title' | 'issueDate' | 'issuer' | 'revokedAt'>;

function PdfButton({ doc }: { doc: Row }) {
  const handleError = useApiErrorHandler();
  const download = useMutation({ mutationFn: () => downloadDocument(doc, 'pdf'), onError: (err) => handleError(err) });
  return (
    <Button
      type="link"
      size="small"
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      data-testid={`org-document-download-${doc.id}`}
    >
      PDF
    </Button>
  );
}

/** 文书: certificates, notices and letters linked to the organization, each to open or download. */
export default function DocumentsTab({ org }: { org: TOrg }) {
  const t = useT();
  const f = useFormat();
  const [open, setOpen] = useState<number | null>(null);
  const docs = useQuery({ queryKey: orgKeys.documents(org.id), queryFn: () => fetchOrgDocuments(org.id) });
  const columns: TableColumnsType<Row> = [
    {
      title: t('orgs.documents.number'),
      key: 'number',
      width: 200,
      render: (_, d) => (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setOpen(d.id)}>
          {d.number}
        </Button>
      ),
    },
    { title: t('orgs.documents.kind'), key: 'kind', width: 140, render: (_, d) => documentKindLabel(t, d.kind) },
    { title: t('orgs.documents.title'), key: 'title', dataIndex: 'title', width: 260 },
    { title: t('orgs.documents.date'), key: 'date', width: 140, render: (_, d) => f.date(d.issueDate) },
    {
      title: t('common.status'),
      key: 'status',
      width: 100,
      render: (_, d) =>
        d.revokedAt ? (
          <Tag color="red">{t('orgs.documents.revoked')}</Tag>
        ) : (
          <Tag color="green">{t('orgs.documents.valid')}</Tag>
        ),
    },
    { title: t('common.actions'), key: 'actions', width: 100, render: (_, d) => <PdfButton doc={d} /> },
  ];
  return (
    <Flex vertical data-testid="org-documents">
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={docs.isPending}
        columns={columns}
        dataSource={docs.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.documents.none')} /> }}
      />
      {open !== null && <DocumentDrawer id={open} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
