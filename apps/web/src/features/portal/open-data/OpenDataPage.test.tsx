import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { AppRoutes } from '../../../app/routes';
import { mockApi } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';

const file = (name: string, dataset: string, format: string, over = {}) => ({
  name,
  dataset,
  format,
  part: 1,
  rows: 3916,
  bytes: 1_258_291,
  sha256: 'a3f1c2d4e5b6a7980123456789abcdef0123456789abcdef0123456789abcdef',
  generatedAt: '2026-05-30T18:05:00Z',
  ...over,
});

describe('open data', () => {
  it('lists each file with size, rows, checksum and a download link, and shows the dictionary on demand', async () => {
    const { calls } = mockApi({
      'GET /api/public/open-data': {
        body: {
          generatedAt: '2026-05-30T18:05:00Z',
          checkedAt: '2026-05-31T18:05:00Z',
          files: [
            file('orgs.csv', 'orgs', 'csv'),
            file('orgs-2.csv', 'orgs', 'csv', { part: 2, rows: 12 }),
            file('orgs.jsonl', 'orgs', 'jsonl'),
            file('dictionary.json', 'dictionary', 'json', { rows: 0, bytes: 4200 }),
          ],
        },
      },
      'GET /api/public/open-data/dictionary.json': {
        body: {
          title: '社会组织登记信息开放数据 数据字典',
          formats: { csv: 'UTF-8（带 BOM）' },
          notes: ['只含公开信息'],
          datasets: [
            {
              name: 'orgs',
              title: '社会组织登记信息',
              files: 'orgs.csv, orgs.jsonl',
              fields: [{ name: 'uscc', label: '统一社会信用代码', type: 'string' }],
            },
          ],
        },
      },
    });
    renderApp(<AppRoutes />, { route: '/portal/open-data' });
    const orgs = await screen.findByTestId('open-data-orgs');
    expect(screen.getByTestId('open-data-generated')).toHaveTextContent('2026年5月31日 02:05');
    const link = within(orgs).getByTestId('open-data-file-orgs-2.csv');
    expect(link).toHaveAttribute('href', '/api/public/open-data/orgs-2.csv');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('CSV（UTF-8）');
    expect(within(orgs).getAllByTestId('open-data-size')[0]).toHaveTextContent('1.2 MB');
    expect(within(orgs).getAllByTestId('open-data-sha256')[0]).toHaveTextContent('a3f1c2d4');
    expect(orgs).toHaveTextContent('3,916');
    // Nothing is downloaded until asked: downloads count against an hourly limit.
    expect(calls.some((c) => c.path.endsWith('dictionary.json'))).toBe(false);

    fireEvent.click(screen.getByTestId('open-data-dictionary-show'));
    const dict = await screen.findByTestId('open-data-dictionary');
    expect(dict).toHaveTextContent('只含公开信息');
    fireEvent.click(within(dict).getByText('社会组织登记信息'));
    expect(await within(dict).findByText('统一社会信用代码')).toBeInTheDocument();
  });

  it('says when no files have been generated yet', async () => {
    mockApi({ 'GET /api/public/open-data': { body: { generatedAt: null, checkedAt: null, files: [] } } });
    renderApp(<AppRoutes />, { route: '/portal/open-data' });
    expect(await screen.findByTestId('open-data-empty')).toHaveTextContent('开放数据文件尚未生成');
  });
});
