import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { mockApi } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';

const BAD = '91350100M000100Y4Z';

describe('credit code check', () => {
  it('lists each error at its position, marks the characters and reads the parts', async () => {
    const { calls } = mockApi({
      'GET /api/public/uscc/:code': {
        body: {
          valid: false,
          errors: [{ position: 18, message: '第18位（校验码）应为3，当前为Z' }],
          warnings: [{ position: 3, message: '第3–8位行政区划码350100已撤销（历史区划），请核实' }],
          parsed: { department: '9', category: '1', regionCode: '350100' },
        },
      },
      'GET /api/regions/3501': { body: { code: '3501', name: '福州市', fullName: '福建省福州市', ancestors: [] } },
    });
    renderApp(<AppRoutes />, { route: '/portal/uscc' });
    // What is typed is taken without spaces and in capitals.
    fireEvent.change(await screen.findByTestId('uscc-input'), { target: { value: ' 9135 0100m000100y4z' } });
    fireEvent.click(screen.getByTestId('uscc-submit'));

    const invalid = await screen.findByTestId('uscc-invalid');
    expect(calls.find((c) => c.path.startsWith('/api/public/uscc/'))!.path).toBe(`/api/public/uscc/${BAD}`);
    expect(invalid).toHaveTextContent('校验未通过：发现 1 处错误');
    const error = within(screen.getByTestId('uscc-errors')).getByRole('listitem');
    expect(error).toHaveAttribute('data-position', '18');
    // The API's message names its position already; it is not said twice.
    expect(error.textContent).toBe('第18位（校验码）应为3，当前为Z');
    expect(screen.getByTestId('uscc-warnings')).toHaveTextContent(/^第3–8位行政区划码350100已撤销/);

    const cells = screen.getByTestId('uscc-chars');
    const state = (p: number) => cells.querySelector(`[data-position="${p}"]`)!.getAttribute('data-state');
    expect(state(18)).toBe('error');
    expect([3, 4, 5, 6, 7, 8].map(state)).toEqual(Array(6).fill('warning'));
    expect(state(1)).toBe('ok');

    const parts = screen.getByTestId('uscc-parts');
    expect(parts).toHaveTextContent('9 工商（市场监管）');
    expect(parts).toHaveTextContent('1 企业');
    await waitFor(() => expect(screen.getByTestId('uscc-part-region')).toHaveTextContent('350100 福建省福州市'));
    expect(screen.getByTestId('location')).toHaveTextContent(`/portal/uscc?code=${BAD}`);
    expect(screen.queryByTestId('uscc-search-register')).not.toBeInTheDocument();
  });

  it('says valid for a correct code and offers to look it up in the register', async () => {
    mockApi({
      'GET /api/public/uscc/:code': {
        body: {
          valid: true,
          errors: [],
          warnings: [],
          parsed: { department: '5', category: '1', regionCode: '100000' },
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/uscc?code=51100000MJ0000001X' });
    expect(await screen.findByTestId('uscc-valid')).toHaveTextContent('校验通过');
    expect(screen.getByTestId('uscc-parts')).toHaveTextContent('5 民政');
    expect(screen.getByTestId('uscc-parts')).toHaveTextContent('1 社会团体');
    expect(screen.getByTestId('uscc-part-region')).toHaveTextContent('国家级');
    expect(screen.getByTestId('uscc-search-register')).toHaveAttribute('href', '/portal/search?q=51100000MJ0000001X');
  });

  it('asks for a code instead of sending an empty one, and names the whole code for a length error', async () => {
    const { calls } = mockApi({
      'GET /api/public/uscc/:code': {
        body: {
          valid: false,
          errors: [{ position: 0, message: '统一社会信用代码应为18位，当前为5位' }],
          warnings: [],
          parsed: null,
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/uscc' });
    fireEvent.click(await screen.findByTestId('uscc-submit'));
    expect(await screen.findByText('请输入统一社会信用代码')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    fireEvent.change(screen.getByTestId('uscc-input'), { target: { value: '51500' } });
    fireEvent.click(screen.getByTestId('uscc-submit'));
    expect(await screen.findByTestId('uscc-errors')).toHaveTextContent('整体：统一社会信用代码应为18位，当前为5位');
    expect(screen.queryByTestId('uscc-parts')).not.toBeInTheDocument();
  });
});
