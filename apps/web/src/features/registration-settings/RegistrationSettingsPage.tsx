import { Alert, App, Button, Card, Form, Result, Skeleton, Typography, Flex } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { NATIONAL_REGION_CODE } from '@shezu/contracts';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { useMe } from '../../app/session';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n, type TFunction } from '../../lib/i18n';
import { fetchRegion, regionKeys } from '../regions/api';
import { fetchSettings, saveSettings, settingsKeys, type RegistrationSettings } from './api';
import { SettingsForm, type SettingsValues } from './SettingsForm';

/** A region's full name as officials write it ('100000' is the national level, not a region). */
function useRegionName(code: string | null | undefined, t: TFunction): string | undefined {
  const real = !!code && code !== NATIONAL_REGION_CODE && code !== 'default';
  const region = useQuery({
    queryKey: regionKeys.detail(code ?? ''),
    queryFn: () => fetchRegion(code!),
    enabled: real,
    staleTime: Infinity,
  });
  if (code === NATIONAL_REGION_CODE) return t('regSettings.national');
  if (code === 'default') return t('regSettings.defaults');
  return region.data?.fullName ?? code ?? undefined;
}

function Provenance({ settings, regionName }: { settings: RegistrationSettings; regionName: string }) {
  const { t } = useI18n();
  const source = useRegionName(settings.definedIn, t) ?? settings.definedIn;
  const own = settings.definedIn === settings.regionCode;
  return (
    <Alert
      type={own ? 'success' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="reg-settings-provenance"
      title={
        own
          ? t('regSettings.ownRow', { region: regionName })
          : t('regSettings.inherited', { region: regionName, source })
      }
    />
  );
}

/** 登记设置: time limits per step in working days, the preparation step and sign-up approval, per region. */
export default function RegistrationSettingsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const own = me.regionCode ?? NATIONAL_REGION_CODE;
  const [params, setParams] = useSearchParams();
  const region = params.get('region') || own;
  const regionName = useRegionName(region, t) ?? region;
  const [form] = Form.useForm<SettingsValues>();
  const settings = useQuery({ queryKey: settingsKeys.region(region), queryFn: () => fetchSettings(region) });

  const save = useMutation({
    mutationFn: (values: SettingsValues) => saveSettings(region, { ...values, version: settings.data!.version }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.region(region), saved);
      // Regions below may inherit what was just saved.
      void queryClient.invalidateQueries({ queryKey: settingsKeys.all, predicate: (q) => q.queryKey[1] !== region });
      message.success(t('regSettings.saved', { region: regionName }));
    },
    onError: (err) => handleError(err, { form, onStale: () => void settings.refetch() }),
  });

  return (
    <>
      <PageHeader title={t('regSettings.title')} subtitle={t('regSettings.subtitle')} />
      <Card>
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('regSettings.region')}</Typography.Text>
          <RegionPicker
            root={own}
            maxLevel="county"
            allowClear={false}
            value={region}
            onChange={(code) => setParams(code && code !== own ? { region: code } : {}, { replace: true })}
            style={{ width: '100%', maxWidth: 420 }}
            data-testid="reg-settings-region"
          />
        </Flex>
        {settings.isPending && <Skeleton active />}
        {settings.isError && (
          <Result
            status="warning"
            title={t('app.loadFailed')}
            subTitle={errorText(settings.error, lang, t)}
            extra={<Button onClick={() => void settings.refetch()}>{t('app.retry')}</Button>}
          />
        )}
        {settings.data && (
          <>
            <Provenance settings={settings.data} regionName={regionName} />
            <SettingsForm
              key={`${region}:${settings.data.version ?? 'none'}:${settings.data.definedIn}`}
              form={form}
              settings={settings.data}
              saving={save.isPending}
              onSave={(v) => save.mutate(v)}
            />
          </>
        )}
      </Card>
    </>
  );
}
