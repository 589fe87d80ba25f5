import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { Cascader, Spin } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE, type RegionLevel, type TRegion } from '@shezu/contracts';
import { useT } from '../lib/i18n';
import {
  fetchRegion,
  isAtOrBelow,
  isDeeperThan,
  regionKeys,
  searchRegions,
  visibleChildren,
  visiblePath,
} from '../features/regions/api';

export interface RegionPickerProps {
  value?: string | null;
  onChange?: (code: string | null, region?: TRegion) => void;
  /** Only this region and what lies below it can be picked (e.g. the user's own region). */
  root?: string | null;
  /** The deepest level offered; options at this level do not open further. */
  maxLevel?: Exclude<RegionLevel, 'national'>;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
  status?: '' | 'error' | 'warning';
  'data-testid'?: string;
}

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const SEARCH_DELAY_MS = 250;

/**
 * Region cascader: children load when a level is opened, placeholder levels are skipped, and typing a
 * name searches the whole subtree on the server (results show the full name).
 */
export function RegionPicker({
  value,
  onChange,
  root,
  maxLevel,
  placeholder,
  allowClear = true,
  disabled,
  id,
  style,
  status,
  'data-testid': testId,
}: RegionPickerProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const rootCode = root || NATIONAL_REGION_CODE;
  const national = rootCode === NATIONAL_REGION_CODE;
  const [children, setChildren] = useState<Record<string, TRegion[]>>({});
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<readonly string[]>([]);
  const inFlight = useRef(new Set<string>());
  const searchTimer = useRef<number | undefined>(undefined);

  const rootRegion = useQuery({
    queryKey: regionKeys.detail(rootCode),
    queryFn: () => fetchRegion(rootCode),
    enabled: !national,
    staleTime: Infinity,
  });
  const selected = useQuery({
    queryKey: regionKeys.detail(value ?? ''),
    queryFn: () => fetchRegion(value!),
    enabled: !!value,
    staleTime: Infinity,
  });
  const results = useQuery({
    queryKey: regionKeys.search(query, rootCode),
    queryFn: () => searchRegions(query, rootCode),
    enabled: query.length > 0,
    staleTime: 60_000,
  });

  const current = value && selected.data?.code === value ? selected.data : null;
  const path = useMemo(() => (current ? visiblePath(current, rootCode) : []), [current, rootCode]);

  const known = useMemo(() => {
    const map = new Map<string, TRegion>();
    for (const list of Object.values(children)) for (const r of list) map.set(r.code, r);
    for (const r of results.data ?? []) map.set(r.code, r);
    for (const r of path) map.set(r.code, r);
    if (rootRegion.data) map.set(rootRegion.data.code, rootRegion.data);
    return map;
  }, [children, results.data, path, rootRegion.data]);

  const load = async (code: string) => {
    if (children[code] || inFlight.current.has(code)) return;
    inFlight.current.add(code);
    setPending((p) => [...p, code]);
    try {
      const list = await visibleChildren(queryClient, code);
      setChildren((prev) => ({ ...prev, [code]: list }));
    } catch {
      setChildren((prev) => ({ ...prev, [code]: [] }));
    } finally {
      inFlight.current.delete(code);
      setPending((p) => p.filter((c) => c !== code));
    }
  };

  const toOption = (r: TRegion): Option => {
    const kids = children[r.code];
    const leaf = !r.hasChildren || isAtOrBelow(r.level, maxLevel) || kids?.length === 0;
    return { value: r.code, label: r.name, isLeaf: leaf, children: leaf ? undefined : kids?.map(toOption) };
  };

  const searching = searchText.trim().length > 0;
  let options: Option[];
  if (searching) {
    options = (results.data ?? [])
      .filter((r) => !r.placeholder && !isDeeperThan(r.level, maxLevel))
      .map((r) => ({ value: r.code, label: r.fullName, isLeaf: true }));
  } else if (national) {
    options = (children[NATIONAL_REGION_CODE] ?? []).map(toOption);
  } else {
    options = rootRegion.data ? [toOption(rootRegion.data)] : [];
  }

  const cascaderValue = path.length > 0 ? path.map((r) => r.code) : value ? [value] : undefined;
  // The label names the whole chain (重庆市 / 云阳县) even when the picker starts below the province.
  const label = current
    ? visiblePath(current)
        .map((r) => r.name)
        .join(' / ')
    : value
      ? (known.get(value)?.fullName ?? value)
      : '';
  const busy = searching ? results.isFetching || query !== searchText.trim() : pending.length > 0;

  const onOpenChange = (open: boolean) => {
    if (!open) return;
    void load(national ? NATIONAL_REGION_CODE : rootCode);
    for (const r of path.slice(0, -1)) void load(r.code);
  };

  const onSearch = (text: string) => {
    setSearchText(text);
    window.clearTimeout(searchTimer.current);
    searchTimer.current = window.setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
  };

  return (
    <Cascader<Option>
      id={id}
      data-testid={testId}
      style={{ width: '100%', ...style }}
      status={status}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('regionPicker.placeholder')}
      options={options}
      value={cascaderValue}
      changeOnSelect
      loadData={(selectedOptions) => {
        const last = selectedOptions[selectedOptions.length - 1];
        if (last) void load(last.value);
      }}
      displayRender={() => label}
      onOpenChange={onOpenChange}
      notFoundContent={busy ? <Spin size="small" /> : searching ? t('regionPicker.noResult') : undefined}
      showSearch={{
        searchValue: searchText,
        onSearch,
        filter: () => true,
        matchInputWidth: false,
      }}
      onChange={(codes) => {
        setSearchText('');
        setQuery('');
        const code = codes?.[codes.length - 1];
        if (!code) onChange?.(null);
        else onChange?.(String(code), known.get(String(code)));
      }}
    />
  );
}
