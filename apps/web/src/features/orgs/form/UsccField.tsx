import { Flex, Form, Input, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { USCC_CIVIL_CATEGORIES, fromGbCode, type RegisteredOrgType } from '@shezu/contracts';
import { useT, type TFunction } from '../../../lib/i18n';
import { fetchRegion, regionKeys } from '../../regions/api';
import { problemText, usccFeedback, type UsccFeedback } from '../uscc';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

function categoryName(t: TFunction, digit: string): string | null {
  const type = USCC_CIVIL_CATEGORIES[digit as keyof typeof USCC_CIVIL_CATEGORIES];
  if (!type) return null;
  return type === 'other' ? t('uscc.categoryOther') : t(`orgType.${type}`);
}

/** The code read part by part, as far as typed: department, category, authority region, organization code. */
function Parts({ feedback }: { feedback: UsccFeedback }) {
  const t = useT();
  const { department, category, regionCode, orgCode } = feedback.parts;
  const region = useQuery({
    queryKey: regionKeys.detail(/^\d{6}$/.test(regionCode) ? fromGbCode(regionCode) : ''),
    queryFn: () => fetchRegion(fromGbCode(regionCode)),
    enabled: /^\d{6}$/.test(regionCode) && regionCode !== '100000',
    staleTime: Infinity,
    retry: false,
  });
  const parts = [
    department && {
      key: 'department',
      label: t('uscc.partDepartment'),
      value: t('uscc.partValue', {
        code: department,
        name: t(department === '5' ? 'uscc.civilAffairs' : 'uscc.notCivilAffairs'),
      }),
    },
    category && {
      key: 'category',
      label: t('uscc.partCategory'),
      value: categoryName(t, category)
        ? t('uscc.partValue', { code: category, name: categoryName(t, category)! })
        : category,
    },
    regionCode && {
      key: 'region',
      label: t('uscc.partRegion'),
      value: region.data ? `${regionCode} ${region.data.fullName}` : regionCode,
    },
    orgCode && { key: 'orgCode', label: t('uscc.partOrgCode'), value: orgCode },
  ].filter((p): p is { key: string; label: string; value: string } => !!p);
  return (
    <Flex wrap gap="2px 16px" data-testid="uscc-parts">
      {parts.map((p) => (
        <span key={p.key} data-part={p.key}>
          {p.label} <span style={mono}>{p.value}</span>
        </span>
      ))}
    </Flex>
  );
}

/**
 * 统一社会信用代码 with live checking: every problem of the positions typed so far is named by its
 * position as the user types (position 2 against the chosen type, 3–8 against the bureau), and the
 * parts are read out. Completeness is checked when the field is left or the form is sent.
 */
export function UsccField({ authorityGb }: { authorityGb: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const value = Form.useWatch<string | undefined>('uscc', form);
  const type = Form.useWatch<RegisteredOrgType | undefined>('type', form);
  const ctx = { orgType: type ?? null, authorityGb };
  const feedback = usccFeedback(value, ctx);

  return (
    <Form.Item
      name="uscc"
      label={t('orgField.uscc')}
      validateTrigger={['onChange', 'onBlur']}
      normalize={(v: string | undefined) => v?.toUpperCase().replace(/\s/g, '')}
      rules={[
        { required: true, message: t('orgs.form.usccRequired'), validateTrigger: 'onBlur' },
        {
          validateTrigger: ['onChange', 'onBlur'],
          validator: async (_, v: string | undefined) => {
            const fb = usccFeedback(v, { orgType: form.getFieldValue('type') ?? null, authorityGb });
            if (fb && fb.problems.length) throw fb.problems.map((p) => problemText(t, p));
          },
        },
        {
          validateTrigger: 'onBlur',
          validator: async (_, v: string | undefined) => {
            const code = (v ?? '').trim();
            if (code && code.length !== 18) throw new Error(t('uscc.length', { length: code.length }));
          },
        },
      ]}
      extra={
        feedback && (
          <Flex vertical gap={2} style={{ marginTop: 4 }} data-testid="uscc-feedback">
            {feedback.valid ? (
              <Typography.Text type="success" style={{ fontSize: 12 }} data-testid="uscc-valid">
                <CheckCircleFilled /> {t('uscc.valid')}
              </Typography.Text>
            ) : (
              feedback.code.length < 18 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="uscc-progress">
                  {t('uscc.progress', { length: feedback.code.length })}
                </Typography.Text>
              )
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <Parts feedback={feedback} />
            </Typography.Text>
          </Flex>
        )
      }
    >
      <Input
        maxLength={24}
        autoComplete="off"
        spellCheck={false}
        style={mono}
        placeholder={t('orgs.form.usccPlaceholder', { gb: authorityGb })}
        data-testid="org-form-uscc"
      />
    </Form.Item>
  );
}
