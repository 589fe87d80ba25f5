import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import type { TRegion } from '@shezu/contracts';
import { RegionPicker } from './RegionPicker';
import { mockApi } from '../test/fetchMock';
import { renderApp } from '../test/render';

const region = (code: string, name: string, fullName: string, over: Partial<TRegion> = {}): TRegion => ({
  code,
  gbCode: code.length <= 6 ? code.padEnd(6, '0') : null,
  name,
  fullName,
  level: code.length === 2 ? 'province' : code.length === 4 ? 'city' : code.length === 6 ? 'county' : 'township',
  parentCode: null,
  placeholder: false,
  population: null,
  hasChildren: code.length < 9,
  ...over,
});

const CHILDREN: Record<string, TRegion[]> = {
  '100000': [region('11', '北京市', '北京市'), region('50', '重庆市', '重庆市')],
  // Chongqing's city level is two statistics placeholders, 市辖区 and 县.
  '50': [
    region('5001', '市辖区', '重庆市', { placeholder: true }),
    region('5002', '县', '重庆市', { placeholder: true }),
  ],
  '5001': [region('500101', '万州区', '重庆市万州区')],
  '5002': [region('500235', '云阳县', '重庆市云阳县')],
  '500235': [region('500235001', '双江街道', '重庆市云阳县双江街道')],
};

function mockRegions() {
  return mockApi({
    'GET /api/regions/:code/children': (call) => ({ body: CHILDREN[call.path.split('/')[3]!] ?? [] }),
    'GET /api/regions': (call) => ({
      body: call.search.get('q') === '云阳' ? [CHILDREN['5002']![0], CHILDREN['500235']![0]] : [],
    }),
  });
}

const childrenCalls = (paths: string[]) => paths.filter((p) => p.endsWith('/children')).map((p) => p.split('/')[3]);

const open = () => fireEvent.mouseDown(screen.getByRole('combobox'));

describe('RegionPicker', () => {
  it('loads each level only when it is opened, skipping placeholder levels', async () => {
    const { paths } = mockRegions();
    const onChange = vi.fn();
    renderApp(<RegionPicker onChange={onChange} />);
    expect(paths()).toEqual([]);

    open();
    await screen.findByText('重庆市');
    expect(childrenCalls(paths())).toEqual(['100000']);

    fireEvent.click(screen.getByText('重庆市'));
    await screen.findByText('云阳县');
    expect(screen.getByText('万州区')).toBeInTheDocument();
    expect(screen.queryByText('县')).not.toBeInTheDocument();
    expect(screen.queryByText('市辖区')).not.toBeInTheDocument();
    expect(childrenCalls(paths()).sort()).toEqual(['100000', '50', '5001', '5002']);
    expect(onChange).toHaveBeenLastCalledWith('50', expect.objectContaining({ name: '重庆市' }));

    fireEvent.click(screen.getByText('云阳县'));
    await screen.findByText('双江街道');
    expect(childrenCalls(paths())).toContain('500235');
    expect(onChange).toHaveBeenLastCalledWith('500235', expect.objectContaining({ fullName: '重庆市云阳县' }));
  });

  it('does not open levels below maxLevel', async () => {
    const { paths } = mockRegions();
    const onChange = vi.fn();
    renderApp(<RegionPicker onChange={onChange} maxLevel="county" />);
    open();
    fireEvent.click(await screen.findByText('重庆市'));
    fireEvent.click(await screen.findByText('云阳县'));
    expect(onChange).toHaveBeenLastCalledWith('500235', expect.anything());
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(childrenCalls(paths())).not.toContain('500235');
  });

  it('searches by name on the server and shows full names', async () => {
    const { calls } = mockRegions();
    const onChange = vi.fn();
    renderApp(<RegionPicker onChange={onChange} root="50" />);
    open();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '云阳' } });
    // The matched part of a result is highlighted in its own element.
    const result = await screen.findByText(
      (_, el) => el?.tagName === 'LI' && el.textContent === '重庆市云阳县双江街道',
    );
    expect(
      screen.queryByText((_, el) => el?.tagName === 'LI' && el.textContent === '重庆市云阳县'),
    ).toBeInTheDocument();
    fireEvent.click(result);
    expect(onChange).toHaveBeenCalledWith('500235001', expect.objectContaining({ name: '双江街道' }));
    const search = calls.find((c) => c.path === '/api/regions');
    expect(search?.search.get('q')).toBe('云阳');
    expect(search?.search.get('within')).toBe('50');
  });
});
