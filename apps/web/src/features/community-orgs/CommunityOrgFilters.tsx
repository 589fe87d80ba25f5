import { useState } from 'react';
import { Badge, Button, Col, Flex, Grid, Input, Row, Select, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { COMMUNITY_AREA_KINDS, COMMUNITY_ORG_CATEGORIES, COMMUNITY_ORG_STATUSES } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { activeFilterCount, type CommunityOrgListQuery } from './filters';

/** Name search, then region (down to the township), category, community kind and status; folded on a phone. */
export function CommunityOrgFilters({
  query,
  onChange,
}: {
  query: CommunityOrgListQuery;
  onChange: (next: CommunityOrgListQuery) => void;
}) {
  const t = useT();
  const me = useMe();
  const phone = Grid.useBreakpoint().md === false;
  const [text, setText] = useState(query.q ?? '');
  const [open, setOpen] = useState(false);
  const patch = (p: Partial<CommunityOrgListQuery>) => onChange({ ...query, ...p });
  const col = { xs: 24, sm: 12, lg: 6 };
  const count = activeFilterCount(query);

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={12}>
        <Flex gap={8}>
          <Input.Search
            allowClear
            value={text}
            placeholder={t('communityOrgs.search.placeholder')}
            onChange={(e) => {
              setText(e.target.value);
              if (e.target.value === '' && query.q) patch({ q: undefined });
            }}
            onSearch={(v) => patch({ q: v.trim() || undefined })}
            enterButton
            data-testid="community-search"
          />
          {phone && (
            <Badge count={count} size="small">
              <Button
                icon={<FilterOutlined />}
                onClick={() => setOpen((o) => !o)}
                data-testid="community-filters-toggle"
              >
                {t('common.filters')}
              </Button>
            </Badge>
          )}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('communityOrgs.search.help')}
        </Typography.Text>
      </Col>
      {(!phone || open) && (
        <>
          <Col xs={24} sm={12} lg={12}>
            <RegionPicker
              root={me.regionCode}
              maxLevel="township"
              placeholder={t('communityOrgs.filter.within')}
              value={query.within ?? null}
              onChange={(code) => patch({ within: code ?? undefined })}
              data-testid="community-filter-region"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('communityOrgField.categoryCode')}
              value={query.categoryCode}
              options={COMMUNITY_ORG_CATEGORIES.map((c) => ({
                value: c.code,
                label: t(`communityCategory.${c.code}`),
              }))}
              onChange={(categoryCode) => patch({ categoryCode })}
              data-testid="community-filter-category"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('communityOrgField.areaKind')}
              value={query.areaKind}
              options={COMMUNITY_AREA_KINDS.map((k) => ({ value: k, label: t(`communityAreaKind.${k}`) }))}
              onChange={(areaKind) => patch({ areaKind })}
              data-testid="community-filter-area-kind"
            />
          </Col>
          <Col {...col}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('communityOrgField.status')}
              value={query.status}
              options={COMMUNITY_ORG_STATUSES.map((s) => ({ value: s, label: t(`communityOrgStatus.${s}`) }))}
              onChange={(status) => patch({ status })}
              data-testid="community-filter-status"
            />
          </Col>
        </>
      )}
      {count > 0 && (
        <Col xs={24}>
          <Button
            size="small"
            type="link"
            style={{ paddingInline: 0 }}
            onClick={() => onChange({ q: query.q })}
            data-testid="community-filters-reset"
          >
            {t('communityOrgs.filter.reset')}
          </Button>
        </Col>
      )}
    </Row>
  );
}
