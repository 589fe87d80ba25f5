import { z } from 'zod';
import { fieldError } from '../errors';
import type { ExportColumn } from './xlsx-writer';

/** `columns=username,displayName,…`: the columns the list shows, in its order; absent means all. */
export const ZExportColumns = z
  .string()
  .trim()
  .max(1000, '列太多')
  .optional()
  .describe('要导出的列（逗号分隔，按页面显示顺序）；不填导出全部列');

/** The requested columns, each from the list's allow-list; anything else is refused by name. */
export function pickColumns<T>(all: readonly ExportColumn<T>[], requested: string | undefined): ExportColumn<T>[] {
  if (requested === undefined || requested === '') return [...all];
  const keys = [...new Set(requested.split(',').map((k) => k.trim()))].filter(Boolean);
  const byKey = new Map(all.map((c) => [c.key, c]));
  const unknown = keys.filter((k) => !byKey.has(k));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((k) => k.slice(0, 40));
    throw fieldError('columns', `不能导出的列：${shown.join('、')}（可选：${all.map((c) => c.key).join(', ')}）`);
  }
  if (keys.length === 0) throw fieldError('columns', '请至少选择一列');
  return keys.map((k) => byKey.get(k)!);
}
