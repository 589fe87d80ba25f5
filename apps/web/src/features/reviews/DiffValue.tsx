import { useQuery } from '@tanstack/react-query';
import { ATTACHMENT_ROLES, REGISTERED_ORG_TYPES, type AttachmentRole, type RegisteredOrgType } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';
import { shapeOf } from '../applications/dataFields';
import { useCategories } from '../orgs/OrgSelects';
import { fetchUnit } from '../units/api';
import { RegionName } from './RegionName';

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

function UnitName({ id }: { id: number }) {
  const unit = useQuery({ queryKey: ['units', 'one', id], queryFn: () => fetchUnit(id), staleTime: 300_000 });
  return <>{unit.data?.name ?? `#${id}`}</>;
}

function CategoryName({ code, regionCode }: { code: string; regionCode: string | null }) {
  const categories = useCategories(regionCode);
  return <>{categories.data?.find((c) => c.code === code)?.name ?? code}</>;
}

/** The materials of one submission: their kinds, as the applicant labelled them. */
function Materials({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (!Array.isArray(value) || value.length === 0) return <>{t('reviews.versions.empty')}</>;
  const roles = value
    .map((v: { role?: unknown }) => v?.role)
    .filter((r): r is AttachmentRole => isOneOf(ATTACHMENT_ROLES, r));
  const counts = new Map<AttachmentRole, number>();
  for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1);
  return (
    <>
      {[...counts].map(([r, n]) => (n > 1 ? `${t(`attachmentRole.${r}`)}×${n}` : t(`attachmentRole.${r}`))).join('、')}
    </>
  );
}

/** One value of an application field in a comparison, read as the data view reads it. */
export function DiffValue({
  field,
  value,
  authorityRegionCode,
}: {
  field: string;
  value: unknown;
  authorityRegionCode: string | null;
}) {
  const { t, lang } = useI18n();
  const f = useFormat();
  if (field === 'attachments') return <Materials value={value} />;
  if (value === undefined || value === null || value === '') return <>{t('reviews.versions.empty')}</>;
  switch (shapeOf(field)) {
    case 'money':
      return <>{typeof value === 'number' ? formatYuan(value, lang) : String(value)}</>;
    case 'date':
      return <>{f.date(String(value))}</>;
    case 'count':
      return <>{typeof value === 'number' ? f.number(value) : String(value)}</>;
    case 'boolean':
      return <>{t(value === true ? 'applicationValue.yes' : 'applicationValue.no')}</>;
    case 'orgType':
      return <>{isOneOf<RegisteredOrgType>(REGISTERED_ORG_TYPES, value) ? t(`orgType.${value}`) : String(value)}</>;
    case 'category':
      return <CategoryName code={String(value)} regionCode={authorityRegionCode} />;
    case 'region':
    case 'authority':
      return <RegionName code={String(value)} />;
    case 'supervisor':
      return typeof value === 'number' ? <UnitName id={value} /> : <>{String(value)}</>;
    default:
      return (
        <span style={{ whiteSpace: 'pre-wrap' }}>{typeof value === 'string' ? value : JSON.stringify(value)}</span>
      );
  }
}
