import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const admin = meFixture({
  roles: ['system_admin'],
  permissions: ['account.self', 'regions.read', 'applications.settings'],
});

const inherited = {
  regionCode: '500235',
  preparationRequired: true,
  supervisorDays: 20,
  authorityDays: 20,
  signUpApproval: false,
  definedIn: 'default',
  version: null,
};

const region = (code: string, name: string, fullName: string, level: string, placeholder = false) => ({
  code,
  gbCode: code.padEnd(6, '0'),
  name,
  fullName,
  level,
  parentCode: null,
  placeholder,
  population: null,
  hasChildren: level !== 'township',
});
const yunyang = {
  ...region('500235', '云阳县', '重庆市云阳县', 'county'),
  version: 1,
  ancestors: [region('50', '重庆市', '重庆市', 'province'), region('5002', '县', '重庆市', 'city', true)],
};

function mockSettings(put: (call: Call) => { status?: number; body?: unknown }) {
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: admin },
    'GET /api/registration-settings/:region': { body: inherited },
    'PUT /api/registration-settings/:region': put,
    'GET /api/regions/:code': { body: yunyang },
    'GET /api/regions/:code/children': { body: [] },
  });
}

describe('registration settings', () => {
  it('says where inherited settings come from and saves the region’s own with version null', async () => {
    const { calls } = mockSettings((call) => ({
      body: { ...inherited, ...(call.body as object), definedIn: '500235', version: 1 },
    }));
    renderApp(<AppRoutes />, { route: '/admin/registration-settings' });
    expect(await screen.findByTestId('reg-settings-provenance')).toHaveTextContent(
      '重庆市云阳县尚未单独设置，现行设置沿用系统默认设置',
    );
    fireEvent.change(screen.getByTestId('reg-settings-supervisorDays'), { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('reg-settings-signUpApproval'));
    fireEvent.click(screen.getByTestId('reg-settings-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/registration-settings/500235',
      body: { supervisorDays: 15, authorityDays: 20, preparationRequired: true, signUpApproval: true, version: null },
    });
    expect(await screen.findByText('已保存重庆市云阳县的登记办理设置')).toBeInTheDocument();
    expect(screen.getByTestId('reg-settings-provenance')).toHaveTextContent('以下为重庆市云阳县单独设置的内容');
  });

  it('puts the API’s field message beside the field and keeps what was typed', async () => {
    mockSettings(() => apiError(400, 'VALIDATION_FAILED', '提交的内容有误', { authorityDays: '不能超过120个工作日' }));
    renderApp(<AppRoutes />, { route: '/admin/registration-settings' });
    const days = await screen.findByTestId('reg-settings-authorityDays');
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('reg-settings-save'));
    expect(await screen.findByText('不能超过120个工作日')).toBeInTheDocument();
    expect(days).toHaveValue('30');
  });
});
