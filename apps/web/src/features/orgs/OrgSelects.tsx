import type { CSSProperties } from 'react';
import { Flex, Select, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { isWithinRegion } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { fetchCategories, fetchSupervisorUnits, orgKeys, type Category } from './api';

/** The dictionary of a region (cached: it changes only when an administrator edits it). */
export function useCategories(regionCode: string | null | undefined) {
  const code = regionCode || '100000';
  return useQuery({ queryKey: orgKeys.categories(code), queryFn: () => fetchCategories(code), staleTime: 300_000 });
}

/** Domain categories of a region; entries that register directly (直接登记) say so. */
export function CategorySelect({
  id,
  regionCode,
  value,
  onChange,
  activeOnly,
  placeholder,
  allowClear,
  style,
  'data-testid': testId,
}: {
  id?: string;
  regionCode: string | null | undefined;
  value?: string | null;
  onChange?: (code: string | undefined, category?: Category) => void;
  /** Only categories in use (a new record may not take a retired one). */
  activeOnly?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  const t = useT();
  const categories = useCategories(regionCode);
  const list = (categories.data ?? []).filter((c) => !activeOnly || c.active);
  return (
    <Select<string>
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      allowClear={allowClear}
      loading={categories.isPending}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      showSearch={{ optionFilterProp: 'title' }}
      options={list.map((c) => ({ value: c.code, label: c.name, title: c.name, category: c }))}
      optionRender={(opt) => (
        <Flex justify="space-between" gap={8}>
          <span>{opt.data.category.name}</span>
          <span>
            {opt.data.category.directRegistration && (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t('orgs.directRegistration')}
              </Tag>
            )}
            {!opt.data.category.active && (
              <Tag style={{ marginInlineEnd: 0, marginInlineStart: 4 }}>{t('common.inactive')}</Tag>
            )}
          </span>
        </Flex>
      )}
      onChange={(code) =>
        onChange?.(
          code,
          list.find((c) => c.code === code),
        )
      }
    />
  );
}

/**
 * Supervising units (业务主管单位) the user can read. With `authority`, only those of the bureau's own
 * region and above: a county bureau's organizations are not sponsored by a township's office.
 */
export function SupervisorSelect({
  id,
  within,
  authority,
  value,
  onChange,
  placeholder,
  status,
  'data-testid': testId,
}: {
  id?: string;
  within: string | null;
  authority?: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
  placeholder?: string;
  status?: '' | 'error' | 'warning';
  'data-testid'?: string;
}) {
  const units = useQuery({
    queryKey: orgKeys.supervisors(within),
    queryFn: () => fetchSupervisorUnits(within),
    staleTime: 300_000,
  });
  const list = (units.data ?? []).filter((u) => !authority || isWithinRegion(authority, u.regionCode));
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      status={status}
      allowClear
      loading={units.isPending}
      placeholder={placeholder}
      style={{ width: '100%' }}
      showSearch={{ optionFilterProp: 'label' }}
      options={list.map((u) => ({ value: u.id, label: u.name, region: u.regionName }))}
      optionRender={(opt) => (
        <div>
          <div>{opt.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {opt.data.region}
          </Typography.Text>
        </div>
      )}
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}
