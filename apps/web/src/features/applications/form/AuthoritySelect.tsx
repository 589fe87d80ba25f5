import { Checkbox, Flex, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE, authorityNameOf } from '@shezu/contracts';
import { RegionPicker } from '../../../components/RegionPicker';
import { useT } from '../../../lib/i18n';
import { fetchRegion, regionKeys } from '../../regions/api';

/**
 * 登记管理机关: the region whose bureau registers the organization (province, city or county), or
 * 民政部 for a national one; the bureau's name is shown as it will appear on the certificate.
 */
export function AuthoritySelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
}) {
  const t = useT();
  const national = value === NATIONAL_REGION_CODE;
  const region = useQuery({
    queryKey: regionKeys.detail(value ?? ''),
    queryFn: () => fetchRegion(value!),
    enabled: !!value && !national,
    staleTime: Infinity,
  });
  const name = national
    ? authorityNameOf({ code: NATIONAL_REGION_CODE, name: '' })
    : region.data && region.data.code === value
      ? authorityNameOf(region.data)
      : null;

  return (
    <Flex vertical gap={4}>
      <RegionPicker
        id={id}
        value={national ? null : (value ?? null)}
        onChange={(code) => onChange?.(code ?? undefined)}
        maxLevel="county"
        disabled={national}
        placeholder={t('applications.form.authorityPlaceholder')}
        data-testid="application-authority"
      />
      <Checkbox
        checked={national}
        onChange={(e) => onChange?.(e.target.checked ? NATIONAL_REGION_CODE : undefined)}
        data-testid="application-authority-national"
      >
        {t('applications.form.national')}
      </Checkbox>
      {name && (
        <Typography.Text data-testid="application-authority-name">
          {t('applications.form.authorityName', { name })}
        </Typography.Text>
      )}
    </Flex>
  );
}
