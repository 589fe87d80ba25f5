import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { AutoComplete, Card, Flex, Input, Spin, Tree } from 'antd';
import type { GetRef, TreeDataNode } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE, type TRegion } from '@shezu/contracts';
import { useT } from '../../lib/i18n';
import { fetchRegion, regionKeys, searchRegions, visibleChildren, visiblePath } from './api';

const ROOT = NATIONAL_REGION_CODE;

interface Opened {
  children: Record<string, TRegion[]>;
  expanded: string[];
}

/** Whether a node is on screen: present and every level above it expanded. */
function isShown(nodes: TreeDataNode[], expanded: Set<string>, key: string): boolean {
  return nodes.some(
    (n) => n.key === key || (expanded.has(String(n.key)) && !!n.children && isShown(n.children, expanded, key)),
  );
}

/** Loads every level above `code` so the tree can show it open there. */
async function openAt(queryClient: QueryClient, code: string | null): Promise<Opened> {
  const above = [ROOT];
  if (code && code !== ROOT) {
    const region = await queryClient.fetchQuery({
      queryKey: regionKeys.detail(code),
      queryFn: () => fetchRegion(code),
    });
    above.push(
      ...visiblePath(region)
        .map((r) => r.code)
        .filter((c) => c !== code),
    );
  }
  const lists = await Promise.all(above.map((c) => visibleChildren(queryClient, c)));
  return { children: Object.fromEntries(above.map((c, i) => [c, lists[i]!])), expanded: above };
}

/** Lazy tree from 全国 down to townships, with a name search that opens the tree at the result. */
export function RegionTree({
  selected,
  onSelect,
  initial,
}: {
  selected: string | null;
  onSelect: (code: string) => void;
  initial: string | null;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<Record<string, TRegion[]>>({});
  const [expandedByUser, setExpanded] = useState<string[] | null>(null);
  const start = useQuery({
    queryKey: ['regions', 'tree-start', initial],
    queryFn: () => openAt(queryClient, initial),
    staleTime: Infinity,
  });
  const children = useMemo(() => ({ ...start.data?.children, ...loaded }), [start.data, loaded]);
  const expanded = useMemo(() => expandedByUser ?? start.data?.expanded ?? [ROOT], [expandedByUser, start.data]);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const tree = useRef<GetRef<typeof Tree>>(null);
  // The tree is virtual: a node opened far down must be scrolled to once it is rendered.
  const scrollTarget = useRef<string | null>(initial);
  const root = useQuery({ queryKey: regionKeys.detail(ROOT), queryFn: () => fetchRegion(ROOT), staleTime: Infinity });
  const results = useQuery({
    queryKey: regionKeys.search(q, null),
    queryFn: () => searchRegions(q, null, 20),
    enabled: q.length > 0,
  });

  const load = useCallback(
    async (code: string) => {
      const list = await visibleChildren(queryClient, code);
      setLoaded((prev) => (prev[code] ? prev : { ...prev, [code]: list }));
    },
    [queryClient],
  );

  const reveal = async (code: string) => {
    const opened = await openAt(queryClient, code);
    scrollTarget.current = code;
    setLoaded((prev) => ({ ...opened.children, ...prev }));
    setExpanded([...new Set([...expanded, ...opened.expanded])]);
    onSelect(code);
  };

  const treeData = useMemo(() => {
    const build = (r: TRegion): TreeDataNode => ({
      key: r.code,
      title: r.name,
      isLeaf: !r.hasChildren || children[r.code]?.length === 0,
      children: children[r.code]?.map(build),
    });
    return root.data ? [build(root.data)] : [];
  }, [root.data, children]);

  useEffect(() => {
    const key = scrollTarget.current;
    if (!key || !tree.current || !isShown(treeData, new Set(expanded), key)) return;
    tree.current.scrollTo({ key, align: 'top', offset: 48 });
    scrollTarget.current = null;
  }, [treeData, expanded]);

  return (
    <Card styles={{ body: { padding: 12 } }}>
      <AutoComplete
        style={{ width: '100%', marginBottom: 12 }}
        value={text}
        options={(results.data ?? []).filter((r) => !r.placeholder).map((r) => ({ value: r.code, label: r.fullName }))}
        onSearch={(v) => {
          setText(v);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setQ(v.trim()), 250);
        }}
        onSelect={(code: string) => {
          setText('');
          void reveal(code);
        }}
        notFoundContent={q && !results.isFetching ? t('regionPicker.noResult') : undefined}
      >
        <Input.Search placeholder={t('regions.search')} loading={results.isFetching} data-testid="region-search" />
      </AutoComplete>
      {treeData.length === 0 ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : (
        <Tree
          ref={tree}
          data-testid="region-tree"
          treeData={treeData}
          height={560}
          blockNode
          expandedKeys={expanded}
          selectedKeys={selected ? [selected] : []}
          loadData={(node) => load(String(node.key))}
          loadedKeys={Object.keys(children)}
          onExpand={(keys) => setExpanded(keys.map(String))}
          onSelect={(keys) => {
            const key = keys[0];
            if (key !== undefined) onSelect(String(key));
          }}
        />
      )}
    </Card>
  );
}
