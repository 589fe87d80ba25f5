import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { completeUscc, type TRegion } from '@shezu/contracts';
import { AppRoutes } from '../../app/routes';
import { chooseOption } from '../../test/antd';
import { apiError, mockApi, type Call } from '../../test/fetchMock';
import { categoriesFixture, orgFixture, shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';

const me = meFixture({ permissions: ['account.self', 'orgs.read', 'orgs.manage', 'units.read', 'regions.read'] });
const USCC = completeUscc('51500235MJ654321');
const region = (code: string, name: string, fullName: string, ancestors: TRegion[] = []) => ({
  code,
  gbCode: code.padEnd(6, '0').slice(0, 6),
  name,
  fullName,
  level: (code.length === 6 ? 'county' : 'province') as TRegion['level'],
  parentCode: null,
  placeholder: false,
  population: null,
  hasChildren: true,
  version: 1,
  ancestors,
});
const unit = (id: number, name: string, regionCode: string) => ({
  id,
  name,
  kind: 'supervisor',
  regionCode,
  regionName: regionCode,
  contactPhone: null,
  active: true,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function mockCreate() {
  let posts = 0;
  return mockApi({
    ...shellRoutes,
    'GET /api/me': { body: me },
    'GET /api/org-categories': { body: categoriesFixture },
    'GET /api/units': {
      body: {
        items: [unit(3, '云阳县文化和旅游发展委员会', '500235'), unit(4, '双江街道社区服务中心', '500235001')],
        nextCursor: null,
      },
    },
    'GET /api/regions/:code': (call: Call) => ({
      body: call.path.endsWith('500235')
        ? region('500235', '云阳县', '重庆市云阳县')
        : region('50', '重庆市', '重庆市'),
    }),
    'POST /api/orgs': (call: Call) =>
      ++posts === 1
        ? apiError(409, 'DUPLICATE', '提交的内容有误：同一登记管理机关已有正常存续的同名社会组织', {
            name: '同一登记管理机关已有正常存续的同名社会组织',
          })
        : { status: 201, body: orgFixture({ id: 99, ...(call.body as object) }) },
  });
}

const input = (testId: string) => {
  const el = screen.getByTestId(testId);
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : within(el).getByRole('textbox');
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });

describe('补录: entering an existing organization', () => {
  it('checks the credit code live by position and by the chosen type, and sends 元 as exact fen', async () => {
    const { calls } = mockCreate();
    renderApp(<AppRoutes />, { route: '/orgs/new' });
    await screen.findByTestId('org-create-form');
    await chooseOption('org-form-type', '社会团体');

    // Position 2 is checked against the type as soon as it is typed.
    type('org-form-uscc', '52');
    expect(await screen.findByText('第2位机构类别应为1（社会团体），当前为2')).toBeInTheDocument();
    await chooseOption('org-form-type', '民办非企业单位');
    await waitFor(() => expect(screen.queryByText(/第2位机构类别应为/)).not.toBeInTheDocument());
    type('org-form-uscc', '52330802');
    expect(await screen.findByText('第3–8位行政区划码应为登记管理机关的500235，当前为330802')).toBeInTheDocument();
    await chooseOption('org-form-type', '社会团体');
    type('org-form-uscc', USCC.toLowerCase());
    expect(await screen.findByTestId('uscc-valid')).toHaveTextContent('校验通过');
    expect(screen.getByTestId('uscc-parts')).toHaveTextContent('登记机关区划 500235 重庆市云阳县');

    // A category that is not registered directly needs a supervising unit of the bureau's level or above.
    await chooseOption('org-form-category', '文化类');
    fireEvent.mouseDown(within(await screen.findByTestId('org-form-supervisor')).getByRole('combobox'));
    await screen.findByText('云阳县文化和旅游发展委员会');
    expect(screen.queryByText('双江街道社区服务中心')).not.toBeInTheDocument();
    await chooseOption('org-form-category', '行业协会商会');
    await waitFor(() => expect(screen.queryByTestId('org-form-supervisor')).not.toBeInTheDocument());

    type('org-form-name', '云阳县建筑业协会');
    type('org-form-address', '重庆市云阳县双江街道滨江大道88号');
    type('org-form-funds', '19.99');
    fireEvent.blur(input('org-form-funds'));
    const founded = screen.getByTestId('org-form-founded');
    const date = founded.tagName === 'INPUT' ? founded : within(founded).getByRole('textbox');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2018-06-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter', keyCode: 13 });
    type('org-form-legal-rep', '林明伟');
    type('org-form-scope', '行业自律、业务培训');

    // The API's field errors land beside their fields.
    fireEvent.click(screen.getByTestId('org-create-submit'));
    expect(await screen.findByText('同一登记管理机关已有正常存续的同名社会组织')).toBeInTheDocument();
    const first = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(first).toMatchObject({
      uscc: USCC,
      type: 'social_group',
      categoryCode: 'industry_association',
      supervisorUnitId: null,
      regionCode: '500235',
      registeredFundsFen: 1999,
      foundedOn: '2018-06-01',
    });

    type('org-form-name', '云阳县建筑业商会');
    fireEvent.click(screen.getByTestId('org-create-submit'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/orgs/99'));
    // A long form on a busy machine: the first render transforms the lazy page.
  }, 90_000);
});
