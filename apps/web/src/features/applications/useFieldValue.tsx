import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  NATIONAL_REGION_CODE,
  REGISTERED_ORG_TYPES,
  authorityNameOf,
  type ApplicationKind,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { isMessageKey, useI18n, type TFunction } from '../../lib/i18n';
import { formatYuan } from '../../lib/money';
import { useFormat } from '../../lib/useFormat';
import { useCategories } from '../orgs/OrgSelects';
import { fetchRegion, regionKeys } from '../regions/api';
import { fieldLabelKey, shapeOf } from './dataFields';

/** The label of a form field of a kind (事由 is 变更事由 in a change, 注销原因 in a deregistration). */
export function fieldLabel(t: TFunction, kind: ApplicationKind, field: string, type?: unknown): string {
  const key = fieldLabelKey(kind, field, type);
  if (isMessageKey(key)) return t(key);
  const plain = `applicationField.${field}`;
  return isMessageKey(plain) ? t(plain) : field;
}

/** A region's full name as officials write it; the code while it loads or when unknown. */
export function RegionName({ code }: { code: string }) {
  const region = useQuery({
    queryKey: regionKeys.detail(code),
    queryFn: () => fetchRegion(code),
    staleTime: Infinity,
    retry: false,
  });
  return <>{region.data?.fullName ?? code}</>;
}

/** The bureau of a region as the certificate names it: 云阳县民政局, 中华人民共和国民政部. */
function AuthorityName({ code }: { code: string }) {
  const national = code === NATIONAL_REGION_CODE;
  const region = useQuery({
    queryKey: regionKeys.detail(code),
    queryFn: () => fetchRegion(code),
    staleTime: Infinity,
    retry: false,
    enabled: !national,
  });
  if (national) return <>{authorityNameOf({ code, name: '' })}</>;
  return <>{region.data ? authorityNameOf(region.data) : code}</>;
}

function CategoryName({ code, regionCode }: { code: string; regionCode: string | undefined }) {
  const categories = useCategories(regionCode);
  return <>{categories.data?.find((c) => c.code === code)?.name ?? code}</>;
}

const isOrgType = (v: unknown): v is RegisteredOrgType =>
  typeof v === 'string' && (REGISTERED_ORG_TYPES as readonly string[]).includes(v);

export interface FieldValueContext {
  kind: ApplicationKind;
  /** The bureau applied to: the category dictionary is the one in force there. */
  authorityRegionCode?: string | null;
  /** Names of supervising units by id, when the caller knows them (the data holds only the id). */
  unitNames?: Record<number, string>;
}

/**
 * Shows one value of an application's form as a reader expects it: money in 元 from fen, dates the
 * Chinese way, regions and categories by name, masked personal data as the API gave it.
 */
export function useFieldValue({ kind, authorityRegionCode, unitNames }: FieldValueContext) {
  const { t, lang } = useI18n();
  const f = useFormat();
  const authority = authorityRegionCode ?? undefined;
  return (field: string, value: unknown): ReactNode => {
    if (value === undefined || value === null || value === '') {
      return field === 'supervisorUnitId' && kind !== 'change' ? t('applicationValue.directRegistration') : '—';
    }
    switch (shapeOf(field)) {
      case 'money':
        return typeof value === 'number' ? formatYuan(value, lang) : String(value);
      case 'date':
        return f.date(String(value));
      case 'count':
        return typeof value === 'number' ? f.number(value) : String(value);
      case 'boolean':
        return t(value === true ? 'applicationValue.yes' : 'applicationValue.no');
      case 'orgType':
        return isOrgType(value) ? t(`orgType.${value}`) : String(value);
      case 'category':
        return <CategoryName code={String(value)} regionCode={authority} />;
      case 'region':
        return <RegionName code={String(value)} />;
      case 'authority':
        return <AuthorityName code={String(value)} />;
      case 'supervisor':
        return typeof value === 'number' && unitNames?.[value] ? unitNames[value] : `#${String(value)}`;
      case 'preparation':
        return <Link to={`/applications/${String(value)}`}>{`#${String(value)}`}</Link>;
      case 'link':
        return (
          <Typography.Link href={String(value)} target="_blank" rel="noopener noreferrer">
            {String(value)}
          </Typography.Link>
        );
      case 'longText':
        return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
      default:
        return String(value);
    }
  };
}
