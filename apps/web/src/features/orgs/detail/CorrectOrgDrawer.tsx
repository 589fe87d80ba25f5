import { App, Button, Flex, Form, Grid, Input, Drawer } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrg } from '@shezu/contracts';
import { useApiErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { correctOrg, orgKeys } from '../api';
import { OrgFormFields } from '../form/OrgFormFields';
import { changedFields, formValuesOf, withFormFieldNames, type OrgFormValues } from '../orgForm';

/**
 * 更正: the register's fields as recorded, with the ground of the correction. Only the fields that
 * differ are sent (each becomes a line of the timeline), with the version the form was loaded at.
 */
export function CorrectOrgDrawer({ org, onClose }: { org: TOrg; onClose: () => void }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<OrgFormValues>();

  const save = useMutation({
    mutationFn: (v: OrgFormValues) =>
      correctOrg(org.id, { ...changedFields(org, v), version: org.version, basis: v.basis!.trim() }),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKeys.detail(org.id), updated);
      void queryClient.invalidateQueries({ queryKey: orgKeys.events(org.id) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', 'list'] });
      message.success(t('orgs.corrected'));
      onClose();
    },
    onError: (err) =>
      handleError(withFormFieldNames(err), {
        form,
        // Someone changed the record meanwhile: load it again and start over from what it says now.
        onStale: () => {
          void queryClient.invalidateQueries({ queryKey: orgKeys.detail(org.id) });
          onClose();
        },
      }),
  });

  const submit = (v: OrgFormValues) => {
    if (Object.keys(changedFields(org, v)).length === 0) {
      message.info(t('orgs.nothingChanged'));
      return;
    }
    save.mutate(v);
  };

  return (
    <Drawer
      open
      title={t('orgs.correctTitle', { name: org.name })}
      size={screens.lg ? 880 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="org-correct-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="org-correct-submit"
          >
            {t('orgs.correctSubmit')}
          </Button>
        </Flex>
      }
    >
      <Form<OrgFormValues>
        form={form}
        layout="vertical"
        initialValues={formValuesOf(org)}
        onFinish={submit}
        disabled={save.isPending}
        scrollToFirstError
      >
        <Form.Item
          name="basis"
          label={t('orgs.form.correctBasis')}
          extra={t('orgs.help.correctBasis')}
          rules={[
            { required: true, whitespace: true, message: t('orgs.form.correctBasisRequired') },
            { min: 2, max: 200, message: t('orgs.form.correctBasisRequired') },
          ]}
        >
          <Input maxLength={200} data-testid="org-correct-basis" />
        </Form.Item>
        <OrgFormFields
          mode="correct"
          authority={org.authorityRegionCode}
          wide={!!screens.md}
          legalRepMasked={{ id: org.legalRepIdMasked, phone: org.legalRepPhoneMasked }}
        />
      </Form>
    </Drawer>
  );
}
