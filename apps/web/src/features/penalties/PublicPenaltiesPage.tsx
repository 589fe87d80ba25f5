import { useState } from 'react';
import { Card, Descriptions, Input } from 'antd';
import { useSearchParams } from 'react-router';
import { formatFen, type TPublicPenalty } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { PortalLayout } from '../portal/PortalLayout';
import { PublicKeysetList } from '../portal/PublicKeysetList';
import { fetchPublicPenalties, penaltyKeys } from './api';
import { KindsText } from './PenaltiesPage';

function Item({ p }: { p: TPublicPenalty }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Card size="small" title={p.orgName} extra={f.date(p.decidedOn)} data-testid={`public-penalty-${p.id}`}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('penalties.public.uscc')}>{p.uscc ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('penalties.col.kinds')}>
          <KindsText p={p} />
          {p.fineFen ? ` ${formatFen(p.fineFen)}` : ''}
          {p.confiscatedFen ? ` ${formatFen(p.confiscatedFen)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('penalties.field.basis')}>{p.basis}</Descriptions.Item>
        <Descriptions.Item label={t('penalties.public.number')}>{p.decisionNumber}</Descriptions.Item>
        <Descriptions.Item label={t('penalties.public.authority')}>{p.authorityName}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** `/portal/penalties`: 双公示 of the registration authorities' penalty decisions. */
export default function PublicPenaltiesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const [text, setText] = useState(q ?? '');
  return (
    <PortalLayout>
      <PageHeader title={t('penalties.public.title')} subtitle={t('penalties.public.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={text}
          placeholder={t('penalties.public.search')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => setParams(v.trim().length >= 2 ? { q: v.trim() } : {})}
          data-testid="public-penalties-search"
        />
      </Card>
      <PublicKeysetList
        queryKey={penaltyKeys.public(q)}
        fetchPage={(cursor) => fetchPublicPenalties(q, cursor)}
        keyOf={(p) => p.id}
        render={(p) => <Item p={p} />}
        empty={t('penalties.public.empty')}
        testId="public-penalties-list"
        emptyTestId="public-penalties-empty"
      />
    </PortalLayout>
  );
}
