import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TRegion } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { renderApp } from '../../test/render';

const region = (code: string, name: string, fullName: string, over: Partial<TRegion> = {}): TRegion => ({
  code,
  gbCode: code.padEnd(6, '0'),
  name,
  fullName,
  level: code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county',
  parentCode: null,
  placeholder: false,
  population: null,
  hasChildren: true,
  ...over,
});
const CHILDREN: Record<string, TRegion[]> = {
  '100000': [region('50', '重庆市', '重庆市')],
  '50': [region('5002', '县', '重庆市', { placeholder: true })],
  '5002': [region('500235', '云阳县', '重庆市云阳县')],
};
const regionRoutes = {
  'GET /api/regions/:code/children': (call: Call) => ({ body: CHILDREN[call.path.split('/')[3]!] ?? [] }),
};

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' ? el : within(el).getByRole('textbox');
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });

async function fillForm() {
  type('sign-up-name', '张伟');
  type('sign-up-username', 'zhangwei');
  fireEvent.mouseDown(within(screen.getByTestId('sign-up-region')).getByRole('combobox'));
  fireEvent.click(await screen.findByText('重庆市'));
  fireEvent.click(await screen.findByText('云阳县'));
  type('sign-up-password', 'Shezu@2026!');
  type('sign-up-confirm', 'Shezu@2026!');
}

describe('门户注册: a founder signs up with an SMS code', () => {
  it('checks the phone, sends the code with a countdown, shows the API’s field errors beside the fields, then says approval is pending', async () => {
    let signUps = 0;
    const { calls } = mockApi({
      ...regionRoutes,
      'POST /api/public/sms-codes': { status: 202, body: { expiresInSeconds: 300, resendAfterSeconds: 60 } },
      'POST /api/public/sign-ups': () =>
        ++signUps === 1
          ? apiError(400, 'VALIDATION_FAILED', '提交的内容有误：验证码不正确，还可尝试4次', {
              code: '验证码不正确，还可尝试4次',
            })
          : {
              status: 201,
              body: { username: 'zhangwei', status: 'pending', message: '注册申请已提交，待审核通过后可登录' },
            },
    });
    renderApp(<AppRoutes />, { route: '/sign-up' });
    await screen.findByTestId('sign-up-form');

    // A malformed phone is refused before anything is sent.
    type('sign-up-phone', '1380000');
    fireEvent.click(screen.getByTestId('sign-up-send-code'));
    expect(await screen.findByText('手机号码应为11位数字')).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/public/sms-codes')).toHaveLength(0);

    type('sign-up-phone', '13800001234');
    fireEvent.click(screen.getByTestId('sign-up-send-code'));
    expect(await screen.findByTestId('sign-up-sms-sent')).toHaveTextContent('验证码已发送至 13800001234，5分钟内有效');
    expect(calls.find((c) => c.path === '/api/public/sms-codes')!.body).toEqual({
      phone: '13800001234',
      purpose: 'sign_up',
    });
    const button = screen.getByTestId('sign-up-send-code');
    expect(button).toHaveTextContent(/60秒后重新获取/);
    expect(button).toBeDisabled();

    type('sign-up-code', '123456');
    await fillForm();
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    // The wrong code is named under the code input, and nothing typed is lost.
    expect(await screen.findByText('验证码不正确，还可尝试4次')).toBeInTheDocument();
    expect(input('sign-up-username')).toHaveValue('zhangwei');
    expect(calls.find((c) => c.path === '/api/public/sign-ups')!.body).toEqual({
      phone: '13800001234',
      code: '123456',
      username: 'zhangwei',
      displayName: '张伟',
      password: 'Shezu@2026!',
      regionCode: '500235',
    });

    type('sign-up-code', '654321');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    const result = await screen.findByTestId('sign-up-result');
    expect(result).toHaveAttribute('data-status', 'pending');
    expect(result).toHaveTextContent('审核通过后才能使用用户名“zhangwei”登录');
    fireEvent.click(screen.getByTestId('sign-up-to-login'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/login'));
  });

  it('shows a rate limit above the code input and waits the time the API names', async () => {
    mockApi({
      ...regionRoutes,
      'POST /api/public/sms-codes': apiError(429, 'RATE_LIMITED', '验证码已发送，请42秒后再重新获取'),
    });
    renderApp(<AppRoutes />, { route: '/sign-up' });
    type('sign-up-phone', '13800001234');
    fireEvent.click(await screen.findByTestId('sign-up-send-code'));
    expect(await screen.findByTestId('sign-up-sms-limited')).toHaveTextContent('验证码已发送，请42秒后再重新获取');
    expect(screen.getByTestId('sign-up-send-code')).toHaveTextContent(/4[12]秒后重新获取/);
  });

  it('lets a founder log in at once when no approval is required, and refuses mismatched passwords', async () => {
    mockApi({
      ...regionRoutes,
      'POST /api/public/sign-ups': {
        status: 201,
        body: { username: 'zhangwei', status: 'active', message: '注册成功' },
      },
    });
    renderApp(<AppRoutes />, { route: '/sign-up' });
    type('sign-up-phone', '13800001234');
    type('sign-up-code', '123456');
    await fillForm();
    type('sign-up-confirm', 'Shezu@2026?');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByText('两次输入的密码不一致')).toBeInTheDocument();
    type('sign-up-confirm', 'Shezu@2026!');
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByTestId('sign-up-result')).toHaveAttribute('data-status', 'active');
    expect(screen.getByText('注册成功')).toBeInTheDocument();
  });
});
