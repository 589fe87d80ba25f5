import { Tag, Tooltip } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import type { Problem } from './draft';

/** The server's messages for one row, on the row itself. */
export function ProblemTag({ problems, testId }: { problems: Problem[]; testId: string }) {
  if (problems.length === 0) return null;
  return (
    <Tooltip title={problems.map((p) => p.message).join('；')}>
      <Tag color="error" icon={<WarningFilled />} data-testid={testId}>
        {problems[0]!.message}
      </Tag>
    </Tooltip>
  );
}
