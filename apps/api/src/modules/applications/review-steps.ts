import type { Kysely } from 'kysely';
import { APPLICATION_KIND_LABELS, type ApplicationKind, type ApplicationStep } from '@shezu/contracts';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { TodosService } from '../todos/todos.service';
import type { RegistrationSettingsService } from './settings.service';

export interface StepPlan {
  step: ApplicationStep;
  dueDate: string;
  /** The calendar lacked a year the limit crossed: a weekday-only estimate. */
  estimated: boolean;
}

interface Placed {
  id: number;
  kind: ApplicationKind;
  orgName: string | null;
  applicantId: number;
  authorityRegionCode: string | null;
  supervisorUnitId: number | null;
}

const key = (id: number, who: ApplicationStep | 'correction') => `application:${id}:${who}`;
const titleOf = (a: Placed) => `${APPLICATION_KIND_LABELS[a.kind]}（${a.orgName ?? `申请第${a.id}号`}）`;

/**
 * Each pending step has a time limit in working days (the region's setting) and a to-do for whoever
 * takes it: the supervising unit's users, or the bureau's staff (role + region). A returned application
 * is a to-do for the applicant. Plans are computed before the caller's transaction (the calendar reads
 * through its own handle); to-dos are written inside it.
 */
export class ReviewSteps {
  constructor(
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly todos: TodosService,
    private readonly settings: RegistrationSettingsService,
  ) {}

  async plan(step: ApplicationStep, authorityRegionCode: string): Promise<StepPlan> {
    const s = await this.settings.effective(authorityRegionCode);
    const days = step === 'supervisor' ? s.supervisorDays : s.authorityDays;
    const due = await this.calendar.addWorkingDays(chinaDate(this.clock.now()), days);
    return { step, dueDate: due.value, estimated: due.missingYears.length > 0 };
  }

  async open(trx: Kysely<DB>, a: Placed, plan: StepPlan): Promise<void> {
    const common = { kind: 'application_review', link: `/applications/${a.id}`, dueDate: plan.dueDate, priority: 1 };
    if (plan.step === 'supervisor') {
      await this.todos.add(trx, {
        ...common,
        unitId: a.supervisorUnitId!,
        title: `待审查：${titleOf(a)}`,
        sourceKey: key(a.id, 'supervisor'),
      });
    } else {
      await this.todos.add(trx, {
        ...common,
        role: 'authority_staff',
        regionCode: a.authorityRegionCode!,
        title: `待审批：${titleOf(a)}`,
        sourceKey: key(a.id, 'authority'),
      });
    }
  }

  /** The step ended: done when someone decided it, cancelled when the applicant withdrew. */
  async close(trx: Kysely<DB>, id: number, step: ApplicationStep, how: 'done' | 'cancelled'): Promise<void> {
    if (how === 'done') await this.todos.complete(trx, key(id, step));
    else await this.todos.cancel(trx, key(id, step));
  }

  async askCorrection(trx: Kysely<DB>, a: Placed, comment: string): Promise<void> {
    await this.todos.add(trx, {
      userId: a.applicantId,
      kind: 'application_correction',
      title: `待补正：${titleOf(a)}——${comment.slice(0, 60)}`,
      link: `/applications/${a.id}`,
      priority: 1,
      sourceKey: key(a.id, 'correction'),
    });
  }

  async closeCorrection(trx: Kysely<DB>, id: number, how: 'done' | 'cancelled'): Promise<void> {
    if (how === 'done') await this.todos.complete(trx, key(id, 'correction'));
    else await this.todos.cancel(trx, key(id, 'correction'));
  }
}
