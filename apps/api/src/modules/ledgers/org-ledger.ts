import type { Kysely } from 'kysely';
import {
  EVALUATION_GRADES,
  NATIONAL_REGION_CODE,
  ZOrgFields,
  bureauRegionOf,
  completeUscc,
  toGbCode,
  failsOnlyFinalCheck,
  fromGbCode,
  isWithinRegion,
  minimumProblems,
  type RegisteredOrgType,
  type TCategory,
  type TUnit,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import { assertAuthorized } from '../../platform/auth/guard';
import { AppError } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import type { CategoriesService } from '../orgs/categories.service';
import { orgFieldIssues } from '../orgs/org-field-rules';
import { checkOrgUscc } from '../orgs/org-rules';
import type { NewOrg, OrgsService } from '../orgs/orgs.service';
import type { OrgInsert } from '../orgs/orgs.repository';
import { cellText, parseCount, parseDate, parseYesNo, parseYuanToFen } from './cells';
import type { CheckedRow, LedgerChecker, LedgerDefinition, RowCells, RowKey } from './ledger-kind';
import { ORG_LEDGER_COLUMNS } from './org-ledger.columns';
import { systemUnitReader } from './unit-reader';

const HEADER = new Map(ORG_LEDGER_COLUMNS.map((c) => [c.key, c.header]));
const TYPE_WORDS: Record<string, RegisteredOrgType> = {
  社会团体: 'social_group',
  民办非企业单位: 'service_institution',
  社会服务机构: 'service_institution',
  '民办非企业单位(社会服务机构)': 'service_institution',
  基金会: 'foundation',
};
/** Kept on an organization imported with a pilot-area code (the override), shown wherever its code is. */
export const PILOT_WARNING = '第18位校验码不符（试点地区早期赋码），导入时经确认保留';
const PILOT_ROW_NOTE = '可能是试点地区早期赋码：确认无误的，提交导入时须勾选“确认保留试点地区代码”';

export interface OrgLedgerDeps {
  orgs: OrgsService;
  categories: CategoriesService;
  regions: RegionsService;
  units: UnitsService;
  clock: Clock;
}

export type ImportedOrg = NewOrg & { pilot: boolean };

function gradeOf(s: string): string | null {
  const t = s.toUpperCase().replace(/级$/, '');
  if (/^A{1,5}$/.test(t)) return `${t.length}A`;
  return (EVALUATION_GRADES as readonly string[]).includes(t) ? t : null;
}

/** The register's ledger: authority staff import organizations their own bureau registered (本级). */
export function orgLedger(deps: OrgLedgerDeps): LedgerDefinition<ImportedOrg, OrgInsert> {
  return {
    kind: 'orgs',
    title: '社会组织台账',
    sheetName: '社会组织台账',
    columns: ORG_LEDGER_COLUMNS,
    async target(user) {
      if (!user.regionCode || user.regionCode.length > 6)
        throw new AppError('FORBIDDEN', '只有登记管理机关可以导入社会组织台账');
      const authority = bureauRegionOf(user.regionCode);
      assertAuthorized(user, 'orgs.manage', { regionCode: authority, authorityRegionCode: authority });
      return authority;
    },
    async templateLists(user) {
      const authority = await this.target(user, undefined);
      const categories = (await deps.categories.effective(authority)).filter((c) => c.active);
      const units = await deps.units.list(user, { kind: 'supervisor', active: true }, 200);
      const yesNo = ['是', '否'];
      const direct = categories.filter((c) => c.directRegistration).map((c) => c.name);
      return {
        lists: {
          type: ['社会团体', '民办非企业单位', '基金会'],
          categoryCode: categories.map((c) => c.name),
          supervisorUnitId: units.map((u) => u.name),
          evaluationGrade: [...EVALUATION_GRADES],
          hasPartyOrg: yesNo,
          charityRecognized: yesNo,
          publicFundraising: yesNo,
        },
        open: ['supervisorUnitId'],
        notes: { categoryCode: `直接登记（不填业务主管单位）的类别：${direct.join('、') || '无'}` },
        examples: {
          uscc: completeUscc(`51${authority === NATIONAL_REGION_CODE ? authority : toGbCode(authority)}MJ000001`),
        },
      };
    },
    open: (db, authority) => openChecker(deps, db, authority),
  };
}

async function openChecker(
  deps: OrgLedgerDeps,
  db: Kysely<DB>,
  authority: string,
): Promise<LedgerChecker<ImportedOrg, OrgInsert>> {
  const categories = await deps.categories.effective(authority, db);
  const byName = new Map<string, TCategory>();
  for (const c of categories) byName.set(c.name, c).set(c.code, c);
  const gbCodes = await deps.orgs.currentGbCodes(db);
  const today = chinaDate(deps.clock.now());
  const regionExists = new Map<string, Promise<boolean>>();
  const unitsByName = new Map<string, Promise<TUnit[]>>();
  const reader = systemUnitReader();
  const national = authority === NATIONAL_REGION_CODE;

  const exists = (code: string) => {
    if (!regionExists.has(code))
      regionExists.set(
        code,
        deps.regions.find(code, db).then((r) => !!r),
      );
    return regionExists.get(code)!;
  };
  const unitsNamed = (name: string) => {
    if (!unitsByName.has(name))
      unitsByName.set(
        name,
        deps.units
          .list(reader, { kind: 'supervisor', active: true, q: name }, 50)
          .then((list) => list.filter((u) => u.name === name)),
      );
    return unitsByName.get(name)!;
  };

  async function checkRow(cells: RowCells): Promise<CheckedRow<ImportedOrg>> {
    const errors = new Map<string, string>();
    const warnings: { column: string; message: string }[] = [];
    const err = (key: string, message: string) => {
      if (!errors.has(key)) errors.set(key, message);
    };
    const text = (key: string) => cellText(cells[key] ?? null);
    for (const c of ORG_LEDGER_COLUMNS) if (c.required && text(c.key) === null) err(c.key, `请填写${c.header}`);
    const f: Record<string, unknown> = {};
    for (const key of ['name', 'address', 'legalRepName', 'businessScope', 'legalRepIdNumber']) f[key] = text(key);
    for (const key of ['legalRepPhone', 'contactPhone']) f[key] = text(key);
    const typeText = text('type');
    const type = typeText ? TYPE_WORDS[typeText.normalize('NFKC').replace(/\s/g, '')] : undefined;
    if (!typeText) err('type', '请填写类型');
    else if (!type) err('type', '类型应为社会团体、民办非企业单位（社会服务机构）或基金会');
    f.type = type;
    const catText = text('categoryCode');
    const category = catText ? byName.get(catText) : undefined;
    if (!catText) err('categoryCode', '请填写领域类别');
    else if (!category) err('categoryCode', `领域类别“${catText}”不在本地区的类别中`);
    f.categoryCode = category?.code;
    const supText = text('supervisorUnitId');
    let unit: TUnit | undefined;
    if (supText) {
      const found = (await unitsNamed(supText)).sort((a, b) => b.regionCode.length - a.regionCode.length);
      const fitting = found.filter(
        (u) => isWithinRegion(authority, u.regionCode) || isWithinRegion(u.regionCode, authority),
      );
      unit = fitting.find((u) => u.regionCode === authority) ?? fitting[0] ?? found[0];
      if (!unit) err('supervisorUnitId', `业务主管单位“${supText}”不存在或已停用`);
    }
    f.supervisorUnitId = unit?.id ?? null;
    const regionText = text('regionCode');
    let regionCode: string | undefined;
    if (!regionText) err('regionCode', '请填写住所所在地区代码');
    else if (!/^(\d{6}|\d{9})$/.test(regionText)) err('regionCode', '地区代码应为6位区县代码或9位乡镇（街道）代码');
    else regionCode = regionText.length === 6 ? fromGbCode(regionText) : regionText;
    f.regionCode = regionCode;
    const funds = parseYuanToFen(cells.registeredFundsFen ?? null);
    if (funds.ok) f.registeredFundsFen = funds.value;
    else err('registeredFundsFen', funds.message);
    for (const key of ['foundedOn', 'certificateValidUntil', 'gradeValidUntil']) {
      const v = cells[key] ?? null;
      if (v === null || cellText(v) === null) {
        if (key === 'foundedOn') err(key, '请填写成立日期');
        continue;
      }
      const d = parseDate(v);
      if (d.ok) f[key] = d.value;
      else err(key, d.message);
    }
    const gradeText = text('evaluationGrade');
    if (gradeText) {
      f.evaluationGrade = gradeOf(gradeText);
      if (!f.evaluationGrade) err('evaluationGrade', '评估等级应为1A–5A');
    }
    for (const [key, max] of [
      ['memberCount', 10_000_000],
      ['unitMemberCount', 1_000_000],
      ['staffCount', 1_000_000],
    ] as const) {
      if (text(key) === null) continue;
      const n = parseCount(cells[key] ?? null, max);
      if (n.ok) f[key] = n.value;
      else err(key, n.message);
    }
    for (const key of ['hasPartyOrg', 'charityRecognized', 'publicFundraising']) {
      const b = parseYesNo(cells[key] ?? null);
      if (b.ok) f[key] = b.value;
      else err(key, b.message);
    }

    const parsed = ZOrgFields.safeParse(f);
    if (!parsed.success) for (const i of parsed.error.issues) err(String(i.path[0] ?? 'name'), i.message);
    const fields = parsed.success ? parsed.data : null;
    if (fields) {
      const rules = orgFieldIssues(fields, authority, {
        today,
        category,
        unit,
        regionExists: regionCode ? await exists(regionCode) : false,
      });
      for (const [k, m] of Object.entries(rules)) err(k, m);
      const counted = fields.memberCount != null || fields.unitMemberCount != null;
      const minimums = minimumProblems(
        { ...fields, authorityRegionCode: national ? NATIONAL_REGION_CODE : authority },
        counted ? 'all' : 'funds',
      );
      for (const [k, m] of Object.entries(minimums)) err(k, m);
    }

    const uscc = (text('uscc') ?? '').toUpperCase().replace(/\s/g, '');
    let pilot = false;
    let usccWarning: string | null = null;
    if (!uscc) err('uscc', '请填写统一社会信用代码');
    else if (type) {
      const r = checkOrgUscc(uscc, { type, authorityRegionCode: authority }, gbCodes);
      const column = HEADER.get('uscc')!;
      pilot = failsOnlyFinalCheck(r);
      if (pilot) warnings.push({ column, message: `${r.errors[0]!.message}，${PILOT_ROW_NOTE}` });
      else if (!r.valid) err('uscc', r.errors.map((e) => e.message).join('；'));
      for (const w of r.warnings) warnings.push({ column, message: w.message });
      usccWarning = [...r.warnings.map((w) => w.message), ...(pilot ? [PILOT_WARNING] : [])].join('；') || null;
    }

    const keys: RowKey[] = [];
    if (uscc.length === 18)
      keys.push({ kind: 'uscc', value: uscc, column: HEADER.get('uscc')!, label: '统一社会信用代码' });
    const name = typeof f.name === 'string' ? f.name : null;
    if (name) keys.push({ kind: 'name', value: name, column: HEADER.get('name')!, label: '名称' });
    const list = [...errors].map(([k, message]) => ({ column: HEADER.get(k) ?? k, message }));
    return {
      value: list.length === 0 && fields ? { fields, uscc, authorityRegionCode: authority, usccWarning, pilot } : null,
      errors: list,
      warnings,
      pilot,
      keys,
    };
  }

  return {
    checkRow,
    async taken(tx, keys) {
      const usccs = keys.filter((k) => k.kind === 'uscc').map((k) => k.value);
      const names = keys.filter((k) => k.kind === 'name').map((k) => k.value);
      const taken = await deps.orgs.takenInRegister(tx, authority, { usccs, names });
      const out = new Map<string, string>();
      for (const u of taken.usccs) out.set(`uscc:${u}`, '该统一社会信用代码已在登记库中');
      for (const n of taken.names) out.set(`name:${n}`, '同一登记管理机关已有正常存续的同名社会组织');
      return out;
    },
    prepare(rows, meta) {
      if (!meta.overridePilotCodes && rows.some((r) => r.pilot)) throw new Error('pilot-area codes need the override');
      return deps.orgs.prepareRows(rows);
    },
    async insert(trx, rows, meta) {
      const ids = await deps.orgs.insertPrepared(trx, rows, { actor: meta.actor, kind: 'imported', basis: meta.basis });
      return ids.length;
    },
  };
}
