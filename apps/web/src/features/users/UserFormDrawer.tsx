import { useState } from 'react';
import { Alert, App, Button, Descriptions, Divider, Drawer, Flex, Form, Grid } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TUser } from '@shezu/contracts';
import { useCan, useMe } from '../../app/session';
import { useApiErrorHandler } from '../../lib/errors';
import { useT } from '../../lib/i18n';
import { createUser, fetchPersonalData, fetchUser, updateUser, userKeys } from './api';
import { ContactFields, UserAssignmentFields, needsOrg, type UserFormValues } from './UserFormFields';

const blankToNull = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);

function initialValues(user: TUser | null, scopeRoot: string | null): Partial<UserFormValues> {
  if (!user) return { roles: [], regionCode: scopeRoot, unitId: null, orgId: null };
  const { displayName, roles, regionCode, unitId, orgId } = user;
  return { displayName, roles, regionCode, unitId, orgId };
}

/** Create or edit an account. `user` null means create. */
export function UserFormDrawer({
  user: initialUser,
  onClose,
  onCreated,
}: {
  user: TUser | null;
  onClose: () => void;
  onCreated: (user: TUser, initialPassword: string) => void;
}) {
  const t = useT();
  const me = useMe();
  const canSeePii = useCan('users.pii');
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<UserFormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [user, setUser] = useState(initialUser);
  // The API overwrites the phone on every edit, so an edit needs the clear-text contact first.
  const [contactLoaded, setContactLoaded] = useState(false);
  const [contactBlocked, setContactBlocked] = useState(false);
  const creating = user === null;

  const reload = async () => {
    if (!user) return;
    const fresh = await fetchUser(user.id);
    setUser(fresh);
    form.setFieldsValue(initialValues(fresh, me.regionCode));
  };

  const loadContact = useMutation({
    mutationFn: () => fetchPersonalData(user!.id),
    onSuccess: (pii) => {
      form.setFieldsValue({ phone: pii.phone ?? undefined, idNumber: pii.idNumber ?? undefined });
      setContactLoaded(true);
      setContactBlocked(false);
    },
    onError: (err) => handleError(err),
  });

  const save = useMutation({
    mutationFn: async (v: UserFormValues) => {
      const assignment = {
        displayName: v.displayName.trim(),
        roles: v.roles,
        regionCode: v.regionCode ?? null,
        unitId: v.unitId ?? null,
        orgId: needsOrg(v.roles) ? (v.orgId ?? null) : null,
      };
      if (creating) {
        const created = await createUser({
          ...assignment,
          username: v.username!.trim(),
          phone: blankToNull(v.phone),
          idNumber: blankToNull(v.idNumber)?.toUpperCase() ?? null,
          initialPassword: v.initialPassword!,
        });
        return { user: created, initialPassword: v.initialPassword! };
      }
      const contact = contactLoaded
        ? { phone: blankToNull(v.phone), idNumber: blankToNull(v.idNumber)?.toUpperCase() ?? null }
        : { phone: null, idNumber: undefined };
      return { user: await updateUser(user.id, { ...assignment, ...contact, version: user.version }) };
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t(creating ? 'users.created' : 'users.updated'));
      if (result.initialPassword) onCreated(result.user, result.initialPassword);
      onClose();
    },
    onError: (err) => handleError(err, { form, onStale: () => void reload() }),
  });

  const submit = (values: UserFormValues) => {
    if (!creating && !contactLoaded && user.phoneMasked) {
      setContactBlocked(true);
      return;
    }
    save.mutate(values);
  };

  return (
    <Drawer
      open
      title={t(creating ? 'users.create' : 'users.edit')}
      size={screens.sm ? 560 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="user-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="user-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(user, me.regionCode)}
        onFinish={submit}
        disabled={save.isPending}
      >
        {!creating && (
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[{ key: 'username', label: t('users.username'), children: user.username }]}
          />
        )}
        <UserAssignmentFields form={form} creating={creating} scopeRoot={me.regionCode} unitName={user?.unitName} />
        <Divider titlePlacement="start" plain>
          {t('users.contact')}
        </Divider>
        {creating || contactLoaded ? (
          <>
            {contactLoaded && (
              <Alert type="info" showIcon title={t('users.contactLoaded')} style={{ marginBottom: 16 }} />
            )}
            <ContactFields />
          </>
        ) : (
          <>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'phone', label: t('users.phone'), children: user.phoneMasked ?? t('users.notRegistered') },
                {
                  key: 'idNumber',
                  label: t('users.idNumber'),
                  children: user.idNumberMasked ?? t('users.notRegistered'),
                },
              ]}
            />
            {canSeePii && (
              <Button
                icon={<EyeOutlined />}
                loading={loadContact.isPending}
                onClick={() => loadContact.mutate()}
                data-testid="user-edit-contact"
              >
                {t('users.editContact')}
              </Button>
            )}
            {contactBlocked && (
              <Alert type="error" showIcon title={t('users.phoneWouldBeCleared')} style={{ marginTop: 16 }} />
            )}
          </>
        )}
      </Form>
    </Drawer>
  );
}
