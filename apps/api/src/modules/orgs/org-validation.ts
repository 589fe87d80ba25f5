import type { Kysely } from 'kysely';
import { isWithinRegion, type TOrgFields } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import type { CategoriesService } from './categories.service';
import { domicileFits } from './org-rules';
import { OrgsRepository } from './orgs.repository';

/**
 * The register's own rules on an organization's fields, all checked before answering, so the form can
 * show every problem beside its field at once.
 */
export class OrgValidation {
  constructor(
    private readonly clock: Clock,
    private readonly regions: RegionsService,
    private readonly units: UnitsService,
    private readonly categories: CategoriesService,
  ) {}

  async check(db: Kysely<DB>, f: Partial<TOrgFields>, authorityRegionCode: string, exceptId?: number): Promise<void> {
    const fields: Record<string, string> = {};
    const today = chinaDate(this.clock.now());
    if (f.categoryCode !== undefined) {
      const cat = await this.categories.find(authorityRegionCode, f.categoryCode, db);
      if (!cat || !cat.active) fields.categoryCode = '该领域类别不存在或已停用';
      else if (f.supervisorUnitId !== undefined) {
        if (cat.directRegistration && f.supervisorUnitId !== null)
          fields.supervisorUnitId = `${cat.name}直接登记，无需业务主管单位`;
        if (!cat.directRegistration && f.supervisorUnitId === null)
          fields.supervisorUnitId = `${cat.name}须有业务主管单位`;
      }
    }
    if (f.supervisorUnitId) {
      const unit = await this.units.findById(f.supervisorUnitId, db);
      const fits =
        unit &&
        (isWithinRegion(unit.regionCode, authorityRegionCode) || isWithinRegion(authorityRegionCode, unit.regionCode));
      if (!unit || unit.kind !== 'supervisor' || !unit.active) fields.supervisorUnitId = '业务主管单位不存在或已停用';
      else if (!fits) fields.supervisorUnitId = '业务主管单位须为登记管理机关同级或上级的部门';
    }
    if (f.regionCode !== undefined) {
      if (!(await this.regions.find(f.regionCode, db))) fields.regionCode = '行政区划不存在';
      else if (!domicileFits(f.regionCode, authorityRegionCode)) fields.regionCode = '住所须在登记管理机关的行政区域内';
    }
    if (f.foundedOn && f.foundedOn > today) fields.foundedOn = '成立日期不能晚于今天';
    if (f.certificateValidUntil && f.foundedOn && f.certificateValidUntil < f.foundedOn)
      fields.certificateValidUntil = '证书有效期不能早于成立日期';
    if (f.gradeValidUntil && !f.evaluationGrade) fields.gradeValidUntil = '未评定等级时不填等级有效期';
    if (f.name !== undefined && (await new OrgsRepository(db).activeNameTaken(authorityRegionCode, f.name, exceptId))) {
      fields.name = '同一登记管理机关已有正常存续的同名社会组织';
    }
    if (Object.keys(fields).length > 0) {
      const first = Object.values(fields)[0];
      throw new AppError(fields.name ? 'DUPLICATE' : 'VALIDATION_FAILED', `提交的内容有误：${first}`, fields);
    }
  }
}
