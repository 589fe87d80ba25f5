import { EVALUATION_GRADES, ORG_STATUSES, REGISTERED_ORG_TYPES } from '@shezu/contracts';
import { formatDate } from '../../lib/format';
import { isMessageKey, type Lang, type TFunction } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { DATE_FIELDS } from './orgForm';

/** Personal data of the legal representative: never shown in a timeline, whatever the record holds. */
export const PERSONAL_FIELDS = new Set<string>(['legalRepIdNumber', 'legalRepPhone']);
export const MASK = '***';

const BOOLEAN_FIELDS = new Set<string>(['charityRecognized', 'publicFundraising', 'hasPartyOrg', 'brand']);
const COUNT_FIELDS = new Set<string>(['staffCount', 'memberCount', 'unitMemberCount']);
const DATES = new Set<string>(DATE_FIELDS);

/** Names the values of coded fields: categories, regions and units come from the API, looked up by the page. */
export interface ChangeLookups {
  category?: (code: string) => string | undefined;
  region?: (code: string) => string | undefined;
  unit?: (id: number) => string | undefined;
}

export interface ChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** One value of a changed field as a person reads it. */
export function changeValue(
  field: string,
  value: unknown,
  ctx: { t: TFunction; lang: Lang; lookups?: ChangeLookups },
): string {
  const { t, lang, lookups = {} } = ctx;
  if (PERSONAL_FIELDS.has(field)) return MASK;
  if (value === null || value === undefined || value === '') return t('orgs.timeline.empty');
  if (field === 'registeredFundsFen' && typeof value === 'number') return formatYuan(value, lang);
  if (DATES.has(field) && typeof value === 'string') return formatDate(value, lang);
  if (BOOLEAN_FIELDS.has(field) && typeof value === 'boolean') return t(value ? 'orgs.yes' : 'orgs.no');
  if (COUNT_FIELDS.has(field) && typeof value === 'number') return value.toLocaleString(lang);
  if (field === 'type' && isOneOf(REGISTERED_ORG_TYPES, value)) return t(`orgType.${value}`);
  if (field === 'status' && isOneOf(ORG_STATUSES, value)) return t(`orgStatus.${value}`);
  if (field === 'evaluationGrade' && isOneOf(EVALUATION_GRADES, value)) return t(`orgGrade.${value}`);
  if (field === 'categoryCode' && typeof value === 'string') return lookups.category?.(value) ?? value;
  if (field === 'regionCode' && typeof value === 'string') return lookups.region?.(value) ?? value;
  if (field === 'supervisorUnitId' && typeof value === 'number') return lookups.unit?.(value) ?? `#${value}`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The label of a register field; a field the web does not know yet shows as the API names it. */
export function fieldLabel(t: TFunction, field: string): string {
  const key = `orgField.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** "字段：旧值 → 新值" parts of one change, personal data masked. */
export function changeLine(
  change: { field: string; before: unknown; after: unknown },
  ctx: { t: TFunction; lang: Lang; lookups?: ChangeLookups },
): ChangeLine {
  return {
    field: change.field,
    label: fieldLabel(ctx.t, change.field),
    before: changeValue(change.field, change.before, ctx),
    after: changeValue(change.field, change.after, ctx),
  };
}
