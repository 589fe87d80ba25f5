import type { TApplicationChange } from '@shezu/contracts';

interface Snapshot {
  data: Record<string, unknown>;
  attachments: { fileId: number; role: string }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed from one submitted version to the next: each form field, then the attachments (file ids
 * per material). Personal fields show only that they changed ('***'); their stored values compare
 * equal when unchanged because an unchanged ID number keeps its ciphertext.
 */
export function diffVersions(before: Snapshot, after: Snapshot, personal: ReadonlySet<string>): TApplicationChange[] {
  const keys = [...new Set([...Object.keys(before.data), ...Object.keys(after.data)])].sort();
  const changes: TApplicationChange[] = [];
  for (const field of keys) {
    const [b, a] = [before.data[field], after.data[field]];
    if (same(b, a)) continue;
    changes.push(
      personal.has(field) ? { field, before: '***', after: '***' } : { field, before: b ?? null, after: a ?? null },
    );
  }
  const files = (s: Snapshot) => s.attachments.map((x) => `${x.role}:${x.fileId}`).sort();
  if (!same(files(before), files(after))) {
    changes.push({ field: 'attachments', before: before.attachments, after: after.attachments });
  }
  return changes;
}
