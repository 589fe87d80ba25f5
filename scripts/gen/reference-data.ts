import { sql, type Kysely } from 'kysely';
import type { DB } from '../../apps/api/src/db/schema';
import type { Authority, NationalPlan } from './national-plan';

/** Departments that sponsor organizations of the categories that do not register directly. */
export const DEPARTMENTS = ['education', 'culture', 'sports', 'health', 'agriculture', 'other'] as const;
export type Department = (typeof DEPARTMENTS)[number];

const NATIONAL: Record<Department, string> = {
  education: '教育部',
  culture: '文化和旅游部',
  sports: '国家体育总局',
  health: '国家卫生健康委员会',
  agriculture: '农业农村部',
  other: '中共中央统战部',
};

/** The sponsoring department of a region at its level: 浙江省教育厅, 衢州市卫生健康委员会, 柯城区农业农村局. */
export function departmentName(d: Department, a: Authority): string {
  if (a.level === 'national') return NATIONAL[d];
  const p = a.shortName;
  const province = a.level === 'province';
  switch (d) {
    case 'education':
      return `${p}教育${province ? '厅' : '局'}`;
    case 'culture':
      return province ? `${p}文化和旅游厅` : `${p}文化和旅游局`;
    case 'sports':
      return `${p}体育局`;
    case 'health':
      return a.level === 'county' ? `${p}卫生健康局` : `${p}卫生健康委员会`;
    case 'agriculture':
      return `${p}农业农村${province ? '厅' : '局'}`;
    case 'other':
      return `中共${p}委统战部`;
  }
}

/**
 * Residents per county, city, province and the whole country (the statistics divide by them), and the
 * sponsoring departments of every registering bureau. Returns unit ids by `${authorityIndex}:${department}`.
 */
export async function writeReferenceData(db: Kysely<DB>, plan: NationalPlan, at: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  await db.transaction().execute(async (trx) => {
    const entries = [...plan.populations];
    for (let i = 0; i < entries.length; i += 2000) {
      const values = entries.slice(i, i + 2000).map(([code, n]) => sql`(${code}, cast(${n} as bigint))`);
      await sql`with v(code, population) as (values ${sql.join(values)})
        update regions set population = v.population, version = version + 1, updated_at = ${at}
        from v where regions.code = v.code`.execute(trx);
    }
    const rows = plan.authorities.flatMap((a, i) =>
      DEPARTMENTS.map((d) => ({
        key: `${i}:${d}`,
        row: {
          name: departmentName(d, a),
          kind: 'supervisor',
          regionCode: a.code,
          contactPhone: null,
          active: true,
          version: 1,
          createdAt: at,
          updatedAt: at,
        },
      })),
    );
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const out = await trx
        .insertInto('units')
        .values(chunk.map((r) => r.row))
        .returning(['id', 'regionCode', 'name'])
        .execute();
      const byName = new Map(out.map((r) => [`${r.regionCode}|${r.name}`, r.id]));
      for (const r of chunk) ids.set(r.key, byName.get(`${r.row.regionCode}|${r.row.name}`)!);
    }
  });
  return ids;
}
