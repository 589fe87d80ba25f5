import { Flex, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { PASSWORD_MIN_LENGTH, passwordProblems } from '@shezu/contracts';
import { useI18n, type Lang, type TFunction } from '../../lib/i18n';

/**
 * The contracts state the policy's problems in Chinese; English shows the catalogue's wording of the
 * same three rules and anything unforeseen as it comes.
 */
export function describeProblem(problem: string, lang: Lang, t: TFunction): string {
  if (lang === 'zh-CN') return problem;
  if (problem === `密码至少${PASSWORD_MIN_LENGTH}位`) return t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
  if (problem.startsWith('密码不能超过')) return t('password.tooLong');
  if (problem.startsWith('密码须包含')) return t('password.classes');
  return problem;
}

/** Problems of a candidate password in the current language; empty when the policy is met. */
export function usePasswordProblems() {
  const { lang, t } = useI18n();
  return (password: string) => passwordProblems(password).map((p) => describeProblem(p, lang, t));
}

/** Live check of the password policy under the new-password field. */
export function PasswordPolicy({ password }: { password: string }) {
  const { t } = useI18n();
  const problems = usePasswordProblems()(password);
  return (
    <div data-testid="password-policy" style={{ marginTop: -8, marginBottom: 16 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('password.policy', { min: PASSWORD_MIN_LENGTH })}
      </Typography.Text>
      {password && (
        <Flex vertical gap={2} style={{ marginTop: 4 }}>
          {problems.length === 0 ? (
            <Typography.Text type="success" style={{ fontSize: 12 }}>
              <CheckCircleFilled /> {t('password.ok')}
            </Typography.Text>
          ) : (
            problems.map((p) => (
              <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
                <CloseCircleFilled /> {p}
              </Typography.Text>
            ))
          )}
        </Flex>
      )}
    </div>
  );
}
