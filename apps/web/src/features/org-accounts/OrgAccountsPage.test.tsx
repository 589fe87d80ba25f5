import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi } from '../../test/fetchMock';
import { categoriesFixture, orgFixture, shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const me = meFixture({ permissions: ['account.self', 'orgs.read', 'orgs.accounts', 'files.read'] });
const file = {
  id: 31,
  purpose: 'export',
  name: '社会组织账号开通清单.xlsx',
  originalName: '社会组织账号开通清单.xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  size: 9_000,
  checksum: 'cd'.repeat(32),
  owner: null,
  regionCode: '500235',
  createdBy: 2,
  createdAt: '2026-03-02T01:00:00Z',
};
const issued = {
  issued: [
    {
      orgId: 7,
      orgName: '云阳县建筑业协会',
      uscc: '51500235MJB000018U',
      username: '51500235mjb000018u',
      initialPassword: 'Kq7#mZ2pLx',
    },
    {
      orgId: 8,
      orgName: '云阳县武术协会',
      uscc: '51500235MJB00002XU',
      username: '51500235mjb00002xu',
      initialPassword: 'Rt4!vB9nWe',
    },
  ],
  skipped: [{ orgId: 9, orgName: '云阳县书法家协会', uscc: '51500235MJB000034U', reason: '已有社会组织账号' }],
  file,
};

describe('机构账号: bulk issue', () => {
  it('issues accounts to the ticked organizations and shows the initial passwords once', async () => {
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'GET /api/org-categories': { body: categoriesFixture },
      'GET /api/orgs': {
        body: {
          items: [
            orgFixture(),
            orgFixture({ id: 8, name: '云阳县武术协会' }),
            orgFixture({ id: 9, name: '云阳县书法家协会' }),
            orgFixture({ id: 10, name: '重庆市某市级协会', authorityRegionCode: '50' }),
          ],
          nextCursor: null,
        },
      },
      'POST /api/orgs/accounts': { body: issued },
      'GET /api/files/:id/content': { raw: 'xlsx', headers: { 'content-type': 'application/octet-stream' } },
    });
    URL.createObjectURL = vi.fn(() => 'blob:list');
    URL.revokeObjectURL = vi.fn();
    renderApp(<AppRoutes />, { route: '/org-accounts' });
    const table = await screen.findByTestId('org-accounts-table');
    expect(screen.getByText(/登录名为统一社会信用代码/)).toHaveTextContent('首次登录时必须修改密码');
    // The list asks for the bureau's own registered organizations only.
    const list = calls.find((c) => c.path === '/api/orgs')!;
    expect(Object.fromEntries(list.search)).toMatchObject({ status: 'registered', level: 'county' });

    const tick = async (name: string) =>
      fireEvent.click(within((await within(table).findByText(name)).closest('tr')!).getByRole('checkbox'));
    const other = (await within(table).findByText('重庆市某市级协会')).closest('tr')!;
    expect(within(other).getByRole('checkbox')).toBeDisabled();
    await tick('云阳县建筑业协会');
    await tick('云阳县武术协会');
    await tick('云阳县书法家协会');
    expect(screen.getByTestId('org-accounts-selected')).toHaveTextContent('已选 3 家');

    fireEvent.click(screen.getByTestId('org-accounts-issue'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('为所选 3 家社会组织开通账号？');
    fireEvent.click(within(dialog).getByRole('button', { name: /^开\s*通$/ }));

    const result = await screen.findByTestId('org-accounts-result');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ orgIds: [7, 8, 9] }]);
    expect(within(result).getByTestId('org-accounts-result-title')).toHaveTextContent('已开通 2 个账号，跳过 1 家');
    expect(within(result).getByText('Kq7#mZ2pLx')).toBeInTheDocument();
    expect(within(result).getByText('Rt4!vB9nWe')).toBeInTheDocument();
    expect(within(result).getByText('51500235mjb000018u')).toBeInTheDocument();
    expect(within(screen.getByTestId('org-accounts-skipped')).getByText('已有社会组织账号')).toBeInTheDocument();
    expect(result).toHaveTextContent('初始密码只显示这一次');
    expect(result).toHaveTextContent('各组织首次登录时必须修改密码');

    // The generated list downloads from the file the API stored for the clerk.
    fireEvent.click(screen.getByTestId('org-accounts-download'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/files/31/content')).toBe(true));
    expect(await screen.findByText('已下载，可再次下载')).toBeInTheDocument();

    // Once closed, the passwords are gone and nothing can bring them back.
    fireEvent.click(screen.getByTestId('org-accounts-done'));
    const confirm = (await screen.findAllByText('关闭后初始密码将无法再次查看'))[0]!.closest(
      '.ant-modal',
    ) as HTMLElement;
    expect(confirm).toHaveTextContent('开通清单已下载');
    fireEvent.click(within(confirm).getByRole('button', { name: '确定关闭' }));
    await screen.findByTestId('org-accounts-table');
    await waitFor(() => expect(screen.queryByText('Kq7#mZ2pLx')).not.toBeInTheDocument());
    expect(screen.queryByTestId('org-accounts-result')).not.toBeInTheDocument();
    expect(screen.getByTestId('org-accounts-selected')).toHaveTextContent('已选 0 家');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  }, 60_000);
});
