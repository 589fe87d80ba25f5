import { isWithinRegion, type TCategory, type TOrgFields, type TUnit } from '@shezu/contracts';
import { domicileFits } from './org-rules';

/** What the field rules need to know beyond the fields: looked up one by one, or preloaded by an import. */
export interface OrgFieldFacts {
  today: string;
  /** The category named by `categoryCode` (undefined: no such category). */
  category?: TCategory | undefined;
  /** The unit named by `supervisorUnitId` (undefined: no such unit). */
  unit?: TUnit | undefined;
  /** Whether `regionCode` exists in the division tables. */
  regionExists?: boolean;
  /** Whether an active organization of the authority already carries `name`. */
  nameTaken?: boolean;
}

/**
 * The register's rules on an organization's fields, as field → message (empty when all hold). Pure, so
 * that the form (one record) and the Excel ledger (many rows, facts preloaded) apply the same rules.
 */
export function orgFieldIssues(
  f: Partial<TOrgFields>,
  authorityRegionCode: string,
  facts: OrgFieldFacts,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (f.categoryCode !== undefined) {
    const cat = facts.category;
    if (!cat || !cat.active) fields.categoryCode = '该领域类别不存在或已停用';
    else if (f.supervisorUnitId !== undefined) {
      if (cat.directRegistration && f.supervisorUnitId !== null)
        fields.supervisorUnitId = `${cat.name}直接登记，无需业务主管单位`;
      if (!cat.directRegistration && f.supervisorUnitId === null)
        fields.supervisorUnitId = `${cat.name}须有业务主管单位`;
    }
  }
  if (f.supervisorUnitId) {
    const unit = facts.unit;
    const fits =
      unit &&
      (isWithinRegion(unit.regionCode, authorityRegionCode) || isWithinRegion(authorityRegionCode, unit.regionCode));
    if (!unit || unit.kind !== 'supervisor' || !unit.active) fields.supervisorUnitId = '业务主管单位不存在或已停用';
    else if (!fits) fields.supervisorUnitId = '业务主管单位须为登记管理机关同级或上级的部门';
  }
  if (f.regionCode !== undefined) {
    if (!facts.regionExists) fields.regionCode = '行政区划不存在';
    else if (!domicileFits(f.regionCode, authorityRegionCode)) fields.regionCode = '住所须在登记管理机关的行政区域内';
  }
  if (f.foundedOn && f.foundedOn > facts.today) fields.foundedOn = '成立日期不能晚于今天';
  if (f.certificateValidUntil && f.foundedOn && f.certificateValidUntil < f.foundedOn)
    fields.certificateValidUntil = '证书有效期不能早于成立日期';
  if (f.gradeValidUntil && !f.evaluationGrade) fields.gradeValidUntil = '未评定等级时不填等级有效期';
  if (f.name !== undefined && facts.nameTaken) fields.name = '同一登记管理机关已有正常存续的同名社会组织';
  return fields;
}
