import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Typography } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/PageHeader';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { fetchDictionaryFile, fetchOpenData, portalKeys, type OpenDataFile } from '../api';
import { PortalLayout, PortalLoadError } from '../PortalLayout';
import { DictionaryView } from './DictionaryView';
import { parseDictionary } from './dictionary';
import { FilesTable } from './FilesTable';

const DATASETS = ['orgs', 'community_orgs'] as const;

/** Read on demand: the dictionary is a download, and downloads count against an hourly limit. */
function Dictionary({ file }: { file: OpenDataFile }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const dict = useQuery({
    queryKey: [...portalKeys.dictionary, file.sha256],
    queryFn: async () => parseDictionary(await fetchDictionaryFile(file.name)),
    enabled: open,
    staleTime: Infinity,
  });
  if (!open) {
    return (
      <Button icon={<BookOutlined />} onClick={() => setOpen(true)} data-testid="open-data-dictionary-show">
        {t('portal.openData.showDictionary')}
      </Button>
    );
  }
  if (dict.isPending) return <Skeleton active />;
  if (dict.isError) return <Alert type="error" showIcon title={errorText(dict.error, lang, t)} />;
  if (!dict.data) return <Alert type="warning" showIcon title={t('portal.openData.dictionaryUnreadable')} />;
  return <DictionaryView dictionary={dict.data} />;
}

/** `/portal/open-data`: the daily bulk download of the public register, its checksums and its data dictionary. */
export default function OpenDataPage() {
  const { t } = useI18n();
  const f = useFormat();
  const list = useQuery({ queryKey: portalKeys.openData, queryFn: fetchOpenData });
  const dictionary = list.data?.files.find((x) => x.dataset === 'dictionary');

  return (
    <PortalLayout>
      <PageHeader title={t('portal.openData.title')} subtitle={t('portal.openData.subtitle')} />
      {list.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : list.isError ? (
        <PortalLoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'generated',
                  label: t('portal.openData.generatedAt'),
                  children: <span data-testid="open-data-generated">{f.dateTime(list.data.generatedAt)}</span>,
                },
                { key: 'checked', label: t('portal.openData.checkedAt'), children: f.dateTime(list.data.checkedAt) },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
              {t('portal.openData.about')}{' '}
              <Typography.Link href="/api/docs" target="_blank" rel="noopener noreferrer">
                {t('portal.openData.apiDocs')}
              </Typography.Link>
            </Typography.Paragraph>
          </Card>
          {list.data.files.length === 0 ? (
            <Card data-testid="open-data-empty">
              <Empty description={t('portal.openData.none')} />
            </Card>
          ) : (
            DATASETS.map((d) => {
              const files = list.data.files.filter((x) => x.dataset === d);
              if (files.length === 0) return null;
              return (
                <Card key={d} size="small" title={t(`portal.openData.dataset.${d}`)} data-testid={`open-data-${d}`}>
                  <FilesTable files={files} />
                </Card>
              );
            })
          )}
          {dictionary && (
            <Card size="small" title={t('portal.openData.dictionary')} data-testid="open-data-dictionary-card">
              <FilesTable files={[dictionary]} />
              <div style={{ marginTop: 12 }}>
                <Dictionary file={dictionary} />
              </div>
            </Card>
          )}
        </Flex>
      )}
    </PortalLayout>
  );
}
