import {
  NATIONAL_REGION_CODE,
  isWithinRegion,
  minimumProblems,
  preparationWindowProblem,
  type RegisteredOrgType,
} from '@shezu/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { RegionsService } from '../regions/regions.service';
import type { UnitsService } from '../units/units.service';
import type { CategoriesService } from '../orgs/categories.service';
import type { OrgRecord } from '../orgs/orgs.repository';
import { ApplicationAttachments } from './attachments';
import { completeData, dataFieldError, openData, parseComplete } from './application-data';
import { ApplicationsRepository, type ApplicationRecord } from './applications.repository';
import { deregistrationProblems } from './rules/deregistration';
import type { RegistrationSettingsService } from './settings.service';

/** Where a submitted application goes: its bureau, the domicile's region, the reviewing unit (if any). */
export interface Placement {
  orgName: string;
  orgType: RegisteredOrgType;
  authorityRegionCode: string;
  regionCode: string;
  supervisorUnitId: number | null;
  directRegistration: boolean;
  preparationId: number | null;
}

type Problems = Record<string, string>;

/**
 * Everything checked when an application is submitted, all problems at once, keyed by the field the
 * form shows them beside: the complete form, the regulations' minimums and time windows, the
 * materials each kind needs, and that bureau, domicile, category and supervising unit fit together.
 */
export class SubmissionChecks {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly dataKey: Buffer,
    private readonly regions: RegionsService,
    private readonly units: UnitsService,
    private readonly categories: CategoriesService,
    private readonly settings: RegistrationSettingsService,
  ) {}

  async founding(app: ApplicationRecord): Promise<Placement> {
    const clear = openData(this.dataKey, app.data);
    const d = completeData(app.kind as 'establishment', clear);
    const problems: Problems = {};
    const authority = d.authorityRegionCode;
    if (authority.length > 6 || !(await this.regions.find(authority)))
      problems.authorityRegionCode = '请选择登记管理机关（民政部或省、市、县级民政部门）';
    if (!(await this.regions.find(d.regionCode))) problems.regionCode = '行政区划不存在';
    else if (!isWithinRegion(d.regionCode, authority)) problems.regionCode = '住所须在登记管理机关的行政区域内';
    const cat = await this.categories.find(authority, d.categoryCode);
    if (!cat || !cat.active) problems.categoryCode = '该领域类别不存在或已停用';
    else if (cat.directRegistration && d.supervisorUnitId !== null)
      problems.supervisorUnitId = `${cat.name}直接登记，无需业务主管单位`;
    else if (!cat.directRegistration && d.supervisorUnitId === null)
      problems.supervisorUnitId = `${cat.name}须经业务主管单位审查同意，请选择业务主管单位`;
    if (d.supervisorUnitId) Object.assign(problems, await this.unitProblems(d.supervisorUnitId, authority));
    const settings = await this.settings.effective(authority);
    const stage = app.kind === 'preparation' ? 'funds' : 'all';
    Object.assign(problems, minimumProblems({ ...d, authorityRegionCode: authority }, stage));
    if (d.type !== 'foundation' && d.publicFundraising) problems.publicFundraising = '只有基金会区分公募与非公募';
    let preparationId: number | null = null;
    if (app.kind === 'preparation' && !settings.preparationRequired)
      problems.type = '本地已取消社会团体筹备环节，请直接申请成立登记';
    if (app.kind === 'establishment') {
      if (!clear.legalRepIdNumber) problems.legalRepIdNumber = '请填写法定代表人身份证号码';
      if (d.type === 'social_group' && settings.preparationRequired) {
        const prep = await this.preparationProblem(
          app,
          (d as { preparationId?: number | null }).preparationId,
          authority,
        );
        if (typeof prep === 'string') problems.preparationId = prep;
        else preparationId = prep;
      }
    }
    if (Object.keys(problems).length > 0) throw dataFieldError(problems);
    return {
      orgName: d.name,
      orgType: d.type,
      authorityRegionCode: authority,
      regionCode: d.regionCode,
      supervisorUnitId: d.supervisorUnitId,
      directRegistration: cat!.directRegistration,
      preparationId,
    };
  }

  private async unitProblems(unitId: number, authority: string): Promise<Problems> {
    const unit = Number.isSafeInteger(unitId) ? await this.units.findById(unitId) : undefined;
    if (!unit || unit.kind !== 'supervisor' || !unit.active) return { supervisorUnitId: '业务主管单位不存在或已停用' };
    const fits =
      authority === NATIONAL_REGION_CODE
        ? unit.regionCode === NATIONAL_REGION_CODE
        : isWithinRegion(unit.regionCode, authority) || isWithinRegion(authority, unit.regionCode);
    return fits ? {} : { supervisorUnitId: '业务主管单位须为登记管理机关同级或上级的部门' };
  }

  /** 《社会团体登记管理条例》第十四条: the founder's own approved preparation, used once, within 6 months. */
  private async preparationProblem(
    app: ApplicationRecord,
    preparationId: number | null | undefined,
    authority: string,
  ): Promise<string | number> {
    if (!preparationId) return '社会团体须先经批准筹备，请选择已批准的筹备申请';
    const repo = new ApplicationsRepository(this.db);
    const prep = await repo.findById(preparationId);
    if (!prep || prep.kind !== 'preparation' || prep.applicantId !== app.applicantId) return '未找到您的该项筹备申请';
    if (prep.status !== 'approved' || !prep.decidedOn) return '该筹备申请尚未获批准';
    if (prep.authorityRegionCode !== authority) return '成立登记须向批准筹备的登记管理机关申请';
    const late = preparationWindowProblem(prep.decidedOn, chinaDate(this.clock.now()));
    if (late) return late;
    if ((await repo.openOf({ preparationId }, app.id)).length > 0) return '该筹备已用于另一项成立登记申请';
    return preparationId;
  }

  /** Organization kinds: the organization must still be registered, and each kind's own requirements. */
  async forOrg(app: ApplicationRecord, org: OrgRecord): Promise<Placement> {
    const clear = openData(this.dataKey, app.data);
    const problems: Problems = {};
    if (org.status !== 'registered') problems.orgId = '该组织已不在正常登记状态';
    const today = chinaDate(this.clock.now());
    if (app.kind === 'change') {
      const d = parseComplete('change', clear, problems);
      const { reason: _r, ...changes } = d ?? {};
      if (d && Object.values(changes).every((v) => v === undefined)) problems.data = '请至少填写一项变更事项';
      if (d?.registeredFundsFen !== undefined) {
        const funds = minimumProblems(
          {
            type: org.type as RegisteredOrgType,
            authorityRegionCode: org.authorityRegionCode,
            registeredFundsFen: d.registeredFundsFen,
            publicFundraising: org.publicFundraising,
          },
          'funds',
        );
        Object.assign(problems, funds);
      }
      if (d?.supervisorUnitId)
        Object.assign(problems, await this.unitProblems(d.supervisorUnitId, org.authorityRegionCode));
    } else if (app.kind === 'charter') {
      parseComplete('charter', clear, problems);
      if (!ApplicationAttachments.has(app.attachments, 'charter')) problems.attachments = '请上传修改后的章程';
    } else if (app.kind === 'responsible_person') {
      parseComplete('responsible_person', clear, problems);
    } else if (app.kind === 'deregistration') {
      const d = parseComplete('deregistration', clear, problems);
      Object.assign(
        problems,
        deregistrationProblems({
          hasLiquidationReport: ApplicationAttachments.has(app.attachments, 'liquidation_report'),
          liquidationCompletedOn: d?.liquidationCompletedOn,
          today,
          atDecision: false,
        }),
      );
    }
    if (Object.keys(problems).length > 0) throw dataFieldError(problems);
    const cat = await this.categories.find(org.authorityRegionCode, org.categoryCode);
    return {
      orgName: org.name,
      orgType: org.type as RegisteredOrgType,
      authorityRegionCode: org.authorityRegionCode,
      regionCode: org.regionCode,
      supervisorUnitId: org.supervisorUnitId,
      directRegistration: !!cat?.directRegistration || org.supervisorUnitId === null,
      preparationId: null,
    };
  }
}
