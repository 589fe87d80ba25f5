import { Flex } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { ImportHistory } from './ImportHistory';
import { ImportPanel } from './ImportPanel';
import { NewImportCard } from './NewImportCard';

/**
 * 台账导入: the new-import form, or the import the URL names (`?import=12`, so a running check can be
 * left and found again), and the history below.
 */
export default function LedgersPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('import'));
  const selected = Number.isInteger(raw) && raw > 0 ? raw : null;
  const open = (id: number | null) => setParams(id ? { import: String(id) } : {});

  return (
    <>
      <PageHeader title={t('ledgers.title')} subtitle={t('ledgers.subtitle')} />
      <Flex vertical gap={16}>
        {selected ? (
          <ImportPanel key={selected} id={selected} onReupload={() => open(null)} />
        ) : (
          <NewImportCard onStarted={(imp) => open(imp.id)} />
        )}
        <ImportHistory selected={selected} onOpen={open} />
      </Flex>
    </>
  );
}
