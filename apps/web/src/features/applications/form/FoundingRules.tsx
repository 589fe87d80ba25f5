import { Alert } from 'antd';
import {
  FOUNDATION_FUNDS_MINIMUM_FEN,
  NATIONAL_REGION_CODE,
  PREPARATION_WINDOW_MONTHS,
  SOCIAL_GROUP_FUNDS_MINIMUM_FEN,
  SOCIAL_GROUP_MEMBER_MINIMUMS,
  type ApplicationKind,
  type RegisteredOrgType,
} from '@shezu/contracts';
import { useI18n } from '../../../lib/i18n';
import { formatYuan } from '../../../lib/money';

/** The founding conditions of the chosen type, stated before the applicant types the figures. */
export function FoundingRules({
  kind,
  type,
  authority,
}: {
  kind: ApplicationKind;
  type: RegisteredOrgType | undefined;
  authority: string | undefined;
}) {
  const { t, lang } = useI18n();
  if (!type) return null;
  const national = authority === NATIONAL_REGION_CODE;
  const yuan = (fen: number) => formatYuan(fen, lang);
  const lines: string[] = [];
  if (type === 'social_group') {
    if (kind === 'establishment') lines.push(t('applications.rules.members', { ...SOCIAL_GROUP_MEMBER_MINIMUMS }));
    lines.push(
      t('applications.rules.groupFunds', {
        amount: yuan(national ? SOCIAL_GROUP_FUNDS_MINIMUM_FEN.national : SOCIAL_GROUP_FUNDS_MINIMUM_FEN.local),
        scope: t(national ? 'applications.rules.national' : 'applications.rules.local'),
      }),
    );
    lines.push(
      t(kind === 'preparation' ? 'applications.rules.window' : 'applications.rules.afterPreparation', {
        months: PREPARATION_WINDOW_MONTHS,
      }),
    );
  } else if (type === 'foundation') {
    lines.push(
      t('applications.rules.foundationFunds', {
        nationalPublic: yuan(FOUNDATION_FUNDS_MINIMUM_FEN.nationalPublic),
        localPublic: yuan(FOUNDATION_FUNDS_MINIMUM_FEN.localPublic),
        nonPublic: yuan(FOUNDATION_FUNDS_MINIMUM_FEN.nonPublic),
      }),
    );
  } else {
    lines.push(t('applications.rules.institution'));
  }
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('applications.rules.title')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="application-rules">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      }
    />
  );
}
