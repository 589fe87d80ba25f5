import { Tag } from 'antd';
import type { ScoreLevel } from '@shezu/contracts';
import { useI18n } from '../../lib/i18n';

export const LEVEL_COLORS: Record<ScoreLevel, string> = {
  A: '#389e0d',
  B: '#1677ff',
  C: '#d4b106',
  D: '#fa8c16',
  E: '#cf1322',
};

export function LevelTag({ level, testId }: { level: ScoreLevel; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid={testId}>
      {t('creditScore.level', { level })}
    </Tag>
  );
}
