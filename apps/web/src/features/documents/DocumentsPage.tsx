import { useState } from 'react';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DOCUMENT_KINDS } from '@shezu/contracts';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../app/session';
import { useT } from '../../lib/i18n';
import { documentKindLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { useKeysetQuery } from '../../lib/useKeysetQuery';
import { documentKeys, fetchDocuments, type Document, type DocumentFilter } from './api';
import { DocumentDrawer } from './DocumentDrawer';
import { IssueDocumentDrawer } from './IssueDocumentDrawer';

function DocumentFilters({ onChange }: { onChange: (f: DocumentFilter) => void }) {
  const t = useT();
  const [form] = Form.useForm<DocumentFilter>();
  const submit = (v: DocumentFilter) =>
    onChange({
      kind: v.kind || undefined,
      year: v.year ?? undefined,
      linkedType: v.linkedType?.trim() || undefined,
      linkedId: v.linkedId?.trim() || undefined,
    });
  return (
    <Form<DocumentFilter> form={form} onFinish={submit} style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="kind" noStyle>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('documents.filterKind')}
              options={DOCUMENT_KINDS.map((k) => ({ value: k, label: documentKindLabel(t, k) }))}
              data-testid="documents-filter-kind"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4} xl={3}>
          <Form.Item name="year" noStyle>
            <InputNumber<number>
              min={2000}
              max={2999}
              precision={0}
              style={{ width: '100%' }}
              placeholder={t('documents.filterYear')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={5} xl={4}>
          <Form.Item name="linkedType" noStyle>
            <Input allowClear maxLength={40} placeholder={t('documents.linkedType')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5} xl={4}>
          <Form.Item name="linkedId" noStyle>
            <Input allowClear maxLength={64} placeholder={t('documents.linkedId')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4} xl={5}>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" data-testid="documents-search">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onChange({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}

export default function DocumentsPage() {
  const t = useT();
  const f = useFormat();
  const canIssue = useCan('documents.issue');
  const [filter, setFilter] = useState<DocumentFilter>({});
  const [openId, setOpenId] = useState<number | null>(null);
  const [issuing, setIssuing] = useState(false);
  const { query, items } = useKeysetQuery(documentKeys.list(filter), (cursor) => fetchDocuments(filter, cursor));

  const columns: TableColumnsType<Document> = [
    {
      title: t('documents.number'),
      dataIndex: 'number',
      width: 190,
      render: (v: string, d) => (
        <Typography.Link onClick={() => setOpenId(d.id)} data-testid={`document-open-${d.id}`}>
          {v}
        </Typography.Link>
      ),
    },
    { title: t('documents.docTitle'), dataIndex: 'title', ellipsis: true, width: 260 },
    { title: t('documents.kind'), dataIndex: 'kind', width: 110, render: (k: string) => documentKindLabel(t, k) },
    { title: t('documents.issuer'), dataIndex: 'issuer', width: 170, responsive: ['md'] },
    { title: t('documents.issueDate'), dataIndex: 'issueDate', width: 140, render: (v: string) => f.date(v) },
    { title: t('documents.issuedBy'), dataIndex: 'issuedByName', width: 150, responsive: ['lg'] },
    {
      title: t('documents.status'),
      key: 'status',
      width: 90,
      render: (_, d) =>
        d.revokedAt ? <Tag color="red">{t('documents.revoked')}</Tag> : <Tag color="green">{t('documents.valid')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, d) => (
        <Button type="link" size="small" onClick={() => setOpenId(d.id)}>
          {t('documents.view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        subtitle={t('documents.subtitle')}
        extra={
          canIssue && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIssuing(true)}
              data-testid="document-issue"
            >
              {t('documents.issue')}
            </Button>
          )
        }
      />
      <Card>
        <DocumentFilters onChange={setFilter} />
        <Table<Document>
          rowKey="id"
          size="middle"
          data-testid="documents-table"
          columns={columns}
          dataSource={items}
          loading={query.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('documents.empty') }}
        />
        <LoadMore
          count={items.length}
          hasMore={!!query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoad={() => void query.fetchNextPage()}
        />
      </Card>
      {issuing && (
        <IssueDocumentDrawer
          onClose={() => setIssuing(false)}
          onIssued={(doc) => {
            setIssuing(false);
            setOpenId(doc.id);
          }}
        />
      )}
      {openId !== null && <DocumentDrawer key={openId} id={openId} onClose={() => setOpenId(null)} />}
    </>
  );
}
