import type { Kysely } from 'kysely';
import type { TOrgFields } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import type { CategoriesService } from './categories.service';
import { orgFieldIssues, type OrgFieldFacts } from './org-field-rules';
import { OrgsRepository } from './orgs.repository';

/**
 * The register's own rules on an organization's fields, all checked before answering, so the form can
 * show every problem beside its field at once. The rules themselves are `orgFieldIssues`.
 */
export class OrgValidation {
  constructor(
    private readonly clock: Clock,
    private readonly regions: RegionsService,
    private readonly units: UnitsService,
    private readonly categories: CategoriesService,
  ) {}

  async check(db: Kysely<DB>, f: Partial<TOrgFields>, authorityRegionCode: string, exceptId?: number): Promise<void> {
    const facts: OrgFieldFacts = { today: chinaDate(this.clock.now()) };
    if (f.categoryCode !== undefined)
      facts.category = await this.categories.find(authorityRegionCode, f.categoryCode, db);
    if (f.supervisorUnitId) facts.unit = await this.units.findById(f.supervisorUnitId, db);
    if (f.regionCode !== undefined) facts.regionExists = !!(await this.regions.find(f.regionCode, db));
    if (f.name !== undefined)
      facts.nameTaken = await new OrgsRepository(db).activeNameTaken(authorityRegionCode, f.name, exceptId);
    const fields = orgFieldIssues(f, authorityRegionCode, facts);
    if (Object.keys(fields).length > 0) {
      const first = Object.values(fields)[0];
      throw new AppError(fields.name ? 'DUPLICATE' : 'VALIDATION_FAILED', `提交的内容有误：${first}`, fields);
    }
  }
}
