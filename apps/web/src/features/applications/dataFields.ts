import { APPLICATION_DATA, type ApplicationKind } from '@shezu/contracts';

/** How a field of an application's form is shown and entered. */
export type FieldShape =
  | 'text'
  | 'longText'
  | 'money'
  | 'date'
  | 'count'
  | 'boolean'
  | 'orgType'
  | 'category'
  | 'region'
  | 'authority'
  | 'supervisor'
  | 'masked'
  | 'link'
  | 'preparation';

const SHAPES: Record<string, FieldShape> = {
  registeredFundsFen: 'money',
  adoptedOn: 'date',
  termStart: 'date',
  termEnd: 'date',
  liquidationCompletedOn: 'date',
  memberCount: 'count',
  unitMemberCount: 'count',
  staffCount: 'count',
  publicFundraising: 'boolean',
  type: 'orgType',
  categoryCode: 'category',
  regionCode: 'region',
  authorityRegionCode: 'authority',
  supervisorUnitId: 'supervisor',
  legalRepIdNumber: 'masked',
  legalRepPhone: 'masked',
  idNumber: 'masked',
  phone: 'masked',
  website: 'link',
  businessScope: 'longText',
  reason: 'longText',
  summary: 'longText',
  preparationId: 'preparation',
};

export const shapeOf = (field: string): FieldShape => SHAPES[field] ?? 'text';

/** Every field of a kind's form, in the contract's order. */
export function fieldsOf(kind: ApplicationKind): string[] {
  return Object.keys(APPLICATION_DATA[kind].shape);
}

/**
 * The fields to show for an application's data: a change shows only the fields it changes (and its
 * reason); every other kind shows its whole form, empty ones included, so a reviewer sees what is missing.
 */
export function visibleFields(kind: ApplicationKind, data: Record<string, unknown>): string[] {
  const all = fieldsOf(kind);
  if (kind === 'change') return all.filter((f) => f === 'reason' || data[f] !== undefined);
  // Members count for social groups only, public fundraising for foundations only.
  const type = data.type;
  return all.filter((f) => {
    if (f === 'preparationId') return data.preparationId != null;
    if (f === 'memberCount' || f === 'unitMemberCount') return type === undefined || type === 'social_group';
    if (f === 'publicFundraising') return type === undefined || type === 'foundation';
    return true;
  });
}

/**
 * Label key: a field whose meaning depends on the kind (事由) or the type (活动资金 / 开办资金 / 原始基金)
 * has its own label there.
 */
export function fieldLabelKey(kind: ApplicationKind, field: string, type?: unknown): string {
  if (field === 'reason' && (kind === 'change' || kind === 'deregistration')) return `applicationField.${kind}.reason`;
  if (field === 'registeredFundsFen' && typeof type === 'string') return `orgFunds.${type}`;
  return `applicationField.${field}`;
}
