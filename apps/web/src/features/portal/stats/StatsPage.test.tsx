import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { levelOfCode, type TRegion } from '@shezu/contracts';
import { AppRoutes } from '../../../app/routes';
import { mockApi, type Call } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';
import { statsFixture } from '../test/fixtures';

const region = (code: string, name: string, over: Partial<TRegion> = {}): TRegion => ({
  code,
  name,
  fullName: name,
  gbCode: code.padEnd(6, '0'),
  level: levelOfCode(code),
  parentCode: code === '100000' ? null : code.length === 2 ? '100000' : code.slice(0, code.length - 2),
  hasChildren: true,
  placeholder: false,
  population: null,
  ...over,
});

const zhejiang = region('33', '浙江省');
const quzhou = region('3308', '衢州市', { fullName: '浙江省衢州市' });

function mockStats() {
  return mockApi({
    'GET /api/public/stats': (call) =>
      call.search.get('region') === '33'
        ? {
            body: statsFixture({
              region: { code: '33', name: '浙江省', fullName: '浙江省' },
              registered: { ...statsFixture().registered, per10k: null, population: null },
            }),
          }
        : { body: statsFixture() },
    'GET /api/regions/3308': { body: { ...quzhou, version: 1, ancestors: [region('100000', '全国'), zhejiang] } },
    'GET /api/regions/33': { body: { ...zhejiang, version: 1, ancestors: [region('100000', '全国')] } },
    'GET /api/regions/3308/children': {
      body: [region('330802', '柯城区', { fullName: '浙江省衢州市柯城区', hasChildren: true })],
    },
    'GET /api/regions/33/children': { body: [quzhou] },
  });
}

const statsCalls = (calls: Call[]) => calls.filter((c) => c.path === '/api/public/stats');

describe('portal statistics', () => {
  it('shows the figures with shares and per 10,000 residents, counted live for a city', async () => {
    const { calls } = mockStats();
    renderApp(<AppRoutes />, { route: '/portal/stats?region=3308' });
    expect(await screen.findByTestId('stats-region-name')).toHaveTextContent('浙江省衢州市');
    expect(statsCalls(calls).map((c) => c.search.get('region'))).toEqual(['3308']);

    expect(screen.getByTestId('stats-total-value')).toHaveTextContent('3,424');
    expect(screen.getByTestId('stats-per10k-value')).toHaveTextContent('14.95');
    expect(screen.getByTestId('stats-per10k')).toHaveTextContent('常住人口 2,290,300 人');
    expect(screen.getByTestId('stats-type-service_institution')).toHaveTextContent('占 62.30%');
    expect(screen.getByTestId('stats-grade3a')).toHaveTextContent('291');
    expect(screen.getByTestId('stats-grade3a')).toHaveTextContent('占 8.50%');
    expect(screen.getByTestId('stats-community-value')).toHaveTextContent('14,400');
    // A city is counted at request time: no "as of" time.
    expect(screen.getByTestId('stats-as-of')).toHaveTextContent('实时统计');

    const byType = screen.getByTestId('stats-by-type');
    const social = byType.querySelector('[data-row-key="social_group"]') as HTMLElement;
    expect(within(social).getByText('社会团体')).toBeInTheDocument();
    expect(within(social).getByTestId('stats-row-count')).toHaveTextContent('1,273');
    expect(within(social).getByTestId('stats-row-share')).toHaveTextContent('37.18%');
    // Categories come largest first.
    const categories = [...screen.getByTestId('stats-by-category').querySelectorAll('tr[data-row-key]')];
    expect(categories.map((r) => r.getAttribute('data-row-key'))).toEqual([
      'industry_association',
      'culture',
      'science_tech',
    ]);
    expect(screen.getByTestId('stats-community-table')).toHaveTextContent('18.02');

    // The trail leads back up; the children lead down.
    const trail = await screen.findByTestId('stats-trail');
    await waitFor(() => expect(trail).toHaveTextContent('浙江省'));
    expect(within(trail).getByRole('link', { name: '全国' })).toHaveAttribute('href', '/portal/stats');
    expect(await screen.findByTestId('stats-child-330802')).toHaveAttribute('href', '/portal/stats?region=330802');
  });

  it('gives the time of a precomputed province figure and says when the population is unknown', async () => {
    const { calls } = mockStats();
    renderApp(<AppRoutes />, { route: '/portal/stats?region=33' });
    const asOf = await screen.findByTestId('stats-as-of');
    expect(asOf).toHaveAttribute('data-precomputed', 'true');
    expect(asOf).toHaveTextContent('统计时间：2026年5月31日 10:20');
    expect(screen.getByTestId('stats-per10k-value')).toHaveTextContent('—');
    expect(screen.getByTestId('stats-per10k')).toHaveTextContent('人口数据不全，未计算');

    // Drilling down asks for the city's figures.
    fireEvent.click(await screen.findByTestId('stats-child-3308'));
    await waitFor(() => expect(statsCalls(calls).map((c) => c.search.get('region'))).toEqual(['33', '3308']));
    expect(await screen.findByTestId('stats-as-of')).toHaveTextContent('实时统计');
  });
});
