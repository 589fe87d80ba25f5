import {
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  InputNumber,
  Skeleton,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isWithinRegion } from '@shezu/contracts';
import { useCan, useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { regionLevelLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { fetchRegion, regionKeys, savePopulation, visiblePath, type RegionDetail } from './api';

function PopulationForm({ region }: { region: RegionDetail }) {
  const t = useT();
  const [form] = Form.useForm<{ population: number | null }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const save = useMutation({
    mutationFn: (population: number | null) => savePopulation(region.code, population, region.version),
    onSuccess: (fresh) => {
      queryClient.setQueryData(regionKeys.detail(region.code), fresh);
      if (region.parentCode) void queryClient.invalidateQueries({ queryKey: regionKeys.children(region.parentCode) });
      message.success(t('regions.populationSaved'));
    },
    onError: (err) =>
      handleError(err, {
        form,
        onStale: () => void queryClient.invalidateQueries({ queryKey: regionKeys.detail(region.code) }),
      }),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ population: region.population }}
      onFinish={(v) => save.mutate(v.population ?? null)}
      disabled={save.isPending}
      style={{ marginTop: 16, maxWidth: 360 }}
    >
      <Form.Item name="population" label={t('regions.population')} extra={t('regions.populationHint')}>
        <InputNumber<number>
          min={0}
          max={2_000_000_000}
          precision={0}
          style={{ width: '100%' }}
          formatter={(v) =>
            v === undefined || v === null || String(v) === '' ? '' : Number(v).toLocaleString('en-US')
          }
          parser={(v) => Number((v ?? '').replace(/[^\d]/g, ''))}
          data-testid="population-input"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="population-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** What is known about one region, with the population editor for those who keep it. */
export function RegionDetailPanel({ code, onSelect }: { code: string | null; onSelect: (code: string) => void }) {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const canManage = useCan('regions.manage');
  const detail = useQuery({
    queryKey: regionKeys.detail(code ?? ''),
    queryFn: () => fetchRegion(code!),
    enabled: !!code,
  });

  if (!code) {
    return (
      <Card>
        <Empty description={t('regions.selectHint')} />
      </Card>
    );
  }
  const r = detail.data;
  const editable = canManage && !!me.regionCode && isWithinRegion(code, me.regionCode);
  return (
    <Card data-testid="region-detail">
      {!r ? (
        <Skeleton active />
      ) : (
        <>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={visiblePath(r).map((a) => ({
              key: a.code,
              title: a.code === r.code ? a.name : <a onClick={() => onSelect(a.code)}>{a.name}</a>,
            }))}
          />
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {r.fullName}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            bordered
            items={[
              { key: 'code', label: t('regions.code'), children: <code>{r.code}</code> },
              { key: 'gb', label: t('regions.gbCode'), children: r.gbCode ? <code>{r.gbCode}</code> : '—' },
              { key: 'level', label: t('regions.level'), children: regionLevelLabel(t, r.level) },
              {
                key: 'children',
                label: t('regions.childCount'),
                children: r.hasChildren ? t('regions.hasChildren') : t('regions.noChildren'),
              },
              {
                key: 'population',
                label: t('regions.population'),
                span: 2,
                children:
                  r.population === null
                    ? t('common.notSet')
                    : t('regions.populationValue', { count: f.number(r.population) }),
              },
            ]}
          />
          {editable ? (
            <PopulationForm key={`${r.code}:${r.version}`} region={r} />
          ) : (
            canManage && (
              <Flex style={{ marginTop: 12 }}>
                <Typography.Text type="secondary">{t('regions.readOnly')}</Typography.Text>
              </Flex>
            )
          )}
        </>
      )}
    </Card>
  );
}
