import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Form, Grid, Input, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UNIT_KINDS, ZUnitInput, type TUnit, type UnitKind } from '@shezu/contracts';
import { RegionPicker } from '../../components/RegionPicker';
import { useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { unitKindLabel } from '../../lib/labels';
import { zodRule } from '../../lib/zodRule';
import { createUnit, fetchUnit, unitKeys, updateUnit } from './api';

interface UnitFormValues {
  name: string;
  kind: UnitKind;
  regionCode: string | null;
  contactPhone?: string;
  active: boolean;
}

const toValues = (u: TUnit | null, region: string | null): Partial<UnitFormValues> =>
  u
    ? { name: u.name, kind: u.kind, regionCode: u.regionCode, contactPhone: u.contactPhone ?? '', active: u.active }
    : { regionCode: region, active: true };

/** Create or edit a unit; kind and region are fixed once created (the API keeps them). */
export function UnitFormDrawer({ unit: initialUnit, onClose }: { unit: TUnit | null; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<UnitFormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [unit, setUnit] = useState(initialUnit);
  const creating = unit === null;

  const reload = async () => {
    if (!unit) return;
    const fresh = await fetchUnit(unit.id);
    setUnit(fresh);
    form.setFieldsValue(toValues(fresh, me.regionCode));
  };

  const save = useMutation({
    mutationFn: (v: UnitFormValues) => {
      const contactPhone = v.contactPhone?.trim() || null;
      if (creating) {
        return createUnit({
          name: v.name.trim(),
          kind: v.kind,
          regionCode: v.regionCode ?? '',
          contactPhone,
          active: v.active,
        });
      }
      return updateUnit(unit.id, { name: v.name.trim(), contactPhone, active: v.active, version: unit.version });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      message.success(t(creating ? 'units.created' : 'units.updated'));
      onClose();
    },
    onError: (err) => handleError(err, { form, onStale: () => void reload() }),
  });

  return (
    <Drawer
      open
      title={t(creating ? 'units.create' : 'units.edit')}
      size={screens.sm ? 520 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="unit-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="unit-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        initialValues={toValues(unit, me.regionCode)}
        onFinish={(v) => save.mutate(v)}
        disabled={save.isPending}
      >
        <Form.Item
          name="name"
          label={t('units.name')}
          rules={[
            { required: true, whitespace: true, message: t('units.nameRequired') },
            zodRule(ZUnitInput.shape.name),
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {creating ? (
          <>
            <Form.Item
              name="kind"
              label={t('units.kind')}
              rules={[{ required: true, message: t('units.kindRequired') }]}
            >
              <Select<UnitKind>
                data-testid="unit-kind"
                options={UNIT_KINDS.map((k) => ({ value: k, label: unitKindLabel(t, k) }))}
              />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('units.region')}
              extra={t('units.regionHint')}
              rules={[{ required: true, message: t('units.regionRequired') }]}
            >
              <RegionPicker root={me.regionCode} allowClear={false} data-testid="unit-region" />
            </Form.Item>
          </>
        ) : (
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'kind', label: t('units.kind'), children: unitKindLabel(t, unit.kind) },
              { key: 'region', label: t('units.region'), children: unit.regionName },
            ]}
          />
        )}
        <Form.Item name="contactPhone" label={t('units.phone')} rules={[zodRule(ZUnitInput.shape.contactPhone)]}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        <Form.Item name="active" label={t('units.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
