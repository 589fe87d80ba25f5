import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useT } from '../lib/i18n';

export interface ColumnOption {
  key: string;
  label: string;
}

/** Which columns a list shows; the list's Excel export takes the same columns in the same order. */
export function ColumnSettings({
  columns,
  visible,
  onChange,
  testId,
}: {
  columns: readonly ColumnOption[];
  visible: readonly string[];
  onChange: (keys: string[]) => void;
  testId?: string;
}) {
  const t = useT();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('columns.settings')}
      content={
        <Flex vertical gap={8} style={{ maxWidth: 260 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('columns.hint')}
          </Typography.Text>
          <Checkbox.Group
            value={[...visible]}
            // Keep the list's order whatever order the boxes were ticked in; never leave the table empty.
            onChange={(keys) => keys.length > 0 && onChange(columns.map((c) => c.key).filter((k) => keys.includes(k)))}
          >
            <Flex vertical gap={4}>
              {columns.map((c) => (
                <Checkbox key={c.key} value={c.key} data-testid={`column-toggle-${c.key}`}>
                  {c.label}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Flex>
      }
    >
      <Button icon={<SettingOutlined />} data-testid={testId} aria-label={t('columns.settings')}>
        {t('columns.settings')}
      </Button>
    </Popover>
  );
}
