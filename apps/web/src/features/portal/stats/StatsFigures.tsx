import type { ReactNode } from 'react';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import type { OrgStats } from '../api';
import { isPrecomputed, percentText } from './statsLogic';

function Figure({ title, value, note, testId }: { title: string; value: string; note?: ReactNode; testId: string }) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Statistic title={title} value={value} formatter={() => <span data-testid={`${testId}-value`}>{value}</span>} />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

/** When the figures were counted: the refresh time for precomputed ones, "live" for the others. */
export function AsOf({ stats }: { stats: OrgStats }) {
  const t = useT();
  const f = useFormat();
  const precomputed = isPrecomputed(stats.region.code);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="stats-as-of" data-precomputed={precomputed}>
      <ClockCircleOutlined style={{ marginInlineEnd: 4 }} />
      {precomputed ? t('portal.stats.asOf', { time: f.dateTime(stats.asOf) }) : t('portal.stats.live')}
    </Typography.Text>
  );
}

/** The headline figures of a region: registered organizations, per 10,000 residents, 3A+, charities, community orgs. */
export function StatsFigures({ stats }: { stats: OrgStats }) {
  const t = useT();
  const f = useFormat();
  const r = stats.registered;
  const share = (s: number) => t('portal.stats.shareOf', { share: percentText(s, f.number) });
  const col = { xs: 12, sm: 8, md: 6 } as const;
  return (
    <Row gutter={[8, 8]} data-testid="stats-figures">
      <Col {...col}>
        <Figure title={t('portal.stats.total')} value={f.number(r.total)} testId="stats-total" />
      </Col>
      {r.byType.map((ty) => (
        <Col key={ty.type} {...col}>
          <Figure
            title={t(`orgType.${ty.type}`)}
            value={f.number(ty.count)}
            note={share(ty.share)}
            testId={`stats-type-${ty.type}`}
          />
        </Col>
      ))}
      <Col {...col}>
        <Figure
          title={t('portal.stats.per10k')}
          value={r.per10k === null ? '—' : f.number(r.per10k, 2)}
          note={
            r.population === null
              ? t('portal.stats.noPopulation')
              : t('portal.stats.population', { count: f.number(r.population) })
          }
          testId="stats-per10k"
        />
      </Col>
      <Col {...col}>
        <Figure
          title={t('portal.stats.grade3aPlus')}
          value={f.number(r.grade3aPlus.count)}
          note={share(r.grade3aPlus.share)}
          testId="stats-grade3a"
        />
      </Col>
      <Col {...col}>
        <Figure
          title={t('portal.stats.charities')}
          value={f.number(r.charities.count)}
          note={share(r.charities.share)}
          testId="stats-charities"
        />
      </Col>
      <Col {...col}>
        <Figure
          title={t('portal.stats.communityOrgs')}
          value={f.number(stats.communityOrgs.total)}
          note={t('portal.stats.communityNote')}
          testId="stats-community"
        />
      </Col>
    </Row>
  );
}
