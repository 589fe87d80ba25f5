import { describe, expect, it } from 'vitest';
import { parseDictionary } from './dictionary';

describe('reading the published data dictionary', () => {
  it('keeps datasets, fields, code lists, formats and notes', () => {
    const d = parseDictionary({
      title: '数据字典',
      formats: { csv: 'UTF-8', jsonl: '每行一个对象' },
      notes: ['只含公开信息', 7],
      datasets: [
        {
          name: 'orgs',
          title: '社会组织',
          files: 'orgs.csv, orgs.jsonl',
          fields: [
            { name: 'type', label: '组织类型代码', type: 'code', codes: [{ code: 'foundation', label: '基金会' }] },
            { label: 'no name: dropped' },
          ],
        },
      ],
    });
    expect(d).toMatchObject({
      title: '数据字典',
      formats: [
        { name: 'csv', text: 'UTF-8' },
        { name: 'jsonl', text: '每行一个对象' },
      ],
      notes: ['只含公开信息'],
    });
    expect(d!.datasets[0]!.fields).toEqual([
      { name: 'type', label: '组织类型代码', type: 'code', codes: [{ code: 'foundation', label: '基金会' }] },
    ]);
  });

  it('gives null for a file that is not a dictionary', () => {
    expect(parseDictionary(null)).toBeNull();
    expect(parseDictionary({ title: 'x' })).toBeNull();
    expect(parseDictionary([1, 2])).toBeNull();
  });
});
