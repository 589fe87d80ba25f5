import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { openDataUrl, type OpenDataFile } from '../api';
import { mono } from '../search/OrgResultCard';

/** The files of one dataset: a download link each, with size, rows and the SHA-256 to check it against. */
export function FilesTable({ files }: { files: OpenDataFile[] }) {
  const t = useT();
  const f = useFormat();
  const columns: TableColumnsType<OpenDataFile> = [
    {
      title: t('portal.openData.file'),
      key: 'name',
      fixed: 'left',
      render: (_, file) => (
        <Typography.Link href={openDataUrl(file.name)} download={file.name} data-testid={`open-data-file-${file.name}`}>
          <DownloadOutlined /> {file.name}
        </Typography.Link>
      ),
    },
    {
      title: t('portal.openData.format'),
      key: 'format',
      render: (_, file) => t(`portal.openData.format.${file.format}`),
    },
    { title: t('portal.openData.part'), key: 'part', align: 'right', render: (_, file) => file.part },
    {
      title: t('portal.openData.rows'),
      key: 'rows',
      align: 'right',
      render: (_, file) => (file.format === 'json' ? '—' : f.number(file.rows)),
    },
    {
      title: t('portal.openData.size'),
      key: 'size',
      align: 'right',
      render: (_, file) => <span data-testid="open-data-size">{f.bytes(file.bytes)}</span>,
    },
    {
      title: 'SHA-256',
      key: 'sha256',
      render: (_, file) => (
        <Typography.Text
          copyable={{ text: file.sha256 }}
          style={{ ...mono, fontSize: 12, maxWidth: 220 }}
          ellipsis={{ tooltip: file.sha256 }}
          data-testid="open-data-sha256"
        >
          {file.sha256}
        </Typography.Text>
      ),
    },
    { title: t('portal.openData.generatedAt'), key: 'generatedAt', render: (_, file) => f.dateTime(file.generatedAt) },
  ];
  return (
    <Table<OpenDataFile>
      rowKey="name"
      size="small"
      columns={columns}
      dataSource={files}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
