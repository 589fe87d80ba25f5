import { Button, Dropdown } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { kindsFor } from './kinds';

/** 新建申请: the kinds this account may file (founders 筹备/成立, organizations the other four). */
export function NewApplicationButton({ testId = 'application-new' }: { testId?: string }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const kinds = kindsFor(me);
  if (kinds.length === 0) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: kinds.map((k) => ({
          key: k,
          label: (
            <span data-testid={`application-new-${k}`}>
              {t(`applicationKind.${k}`)}
              <br />
              <span style={{ fontSize: 12, opacity: 0.65 }}>{t(`applications.kindHelp.${k}`)}</span>
            </span>
          ),
        })),
        onClick: ({ key }) => void navigate(`/applications/new/${key}`),
      }}
    >
      <Button type="primary" icon={<PlusOutlined />} data-testid={testId}>
        {t('applications.new')}
      </Button>
    </Dropdown>
  );
}
