import { Breadcrumb, Button, Flex, Skeleton, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { fetchRegion, regionKeys, visibleChildren, visiblePath } from '../../regions/api';
import { canDrillDown } from './statsLogic';

export const statsPath = (code: string) =>
  code === NATIONAL_REGION_CODE ? '/portal/stats' : `/portal/stats?region=${encodeURIComponent(code)}`;

/** 全国 / 浙江省 / 衢州市: each level a link back up. */
export function RegionTrail({ code }: { code: string }) {
  const t = useT();
  const region = useQuery({
    queryKey: regionKeys.detail(code),
    queryFn: () => fetchRegion(code),
    enabled: code !== NATIONAL_REGION_CODE,
    staleTime: Infinity,
  });
  const path = region.data ? visiblePath(region.data) : [];
  return (
    <Breadcrumb
      data-testid="stats-trail"
      items={[
        {
          key: NATIONAL_REGION_CODE,
          title: <Link to={statsPath(NATIONAL_REGION_CODE)}>{t('portal.stats.national')}</Link>,
        },
        ...path.map((r, i) => ({
          key: r.code,
          title: i === path.length - 1 ? r.name : <Link to={statsPath(r.code)}>{r.name}</Link>,
        })),
      ]}
    />
  );
}

/** The regions one level down (placeholder levels skipped), each opening its own figures. */
export function ChildRegions({ code }: { code: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const drill = canDrillDown(code);
  const children = useQuery({
    queryKey: ['portal', 'stats-children', code],
    queryFn: () => visibleChildren(queryClient, code),
    enabled: drill,
    staleTime: Infinity,
  });
  if (!drill) return null;
  if (children.isPending) return <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  if (!children.data?.length) return null;
  return (
    <div data-testid="stats-children">
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('portal.stats.children')}
      </Typography.Text>
      <Flex wrap gap={6} style={{ marginTop: 6 }}>
        {children.data.map((r) => (
          <Link key={r.code} to={statsPath(r.code)} data-testid={`stats-child-${r.code}`}>
            <Button size="small" tabIndex={-1}>
              {r.name}
            </Button>
          </Link>
        ))}
      </Flex>
    </div>
  );
}
