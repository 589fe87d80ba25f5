import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';

/** Under a field: what the regulations say about the value typed so far, else the field's own help. */
export function ruleExtra(problems: Record<string, string>, field: string, help?: ReactNode): ReactNode {
  const problem = problems[field];
  if (!problem) return help;
  return (
    <Typography.Text type="warning" data-testid={`rule-${field}`}>
      <WarningOutlined /> {problem}
    </Typography.Text>
  );
}
