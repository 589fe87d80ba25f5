import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { LangSwitch } from '../../components/LangSwitch';
import { useT } from '../../lib/i18n';

/** The centred card of the login and password pages, with the product name and the language switch. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <Flex vertical align="center" justify="center" className="shezu-login-bg" style={{ padding: '48px 16px' }}>
      <Flex justify="flex-end" style={{ position: 'absolute', top: 12, right: 16 }}>
        <LangSwitch />
      </Flex>
      <Flex vertical align="center" gap={6} style={{ marginBottom: 24, textAlign: 'center' }}>
        <Flex align="center" gap={10}>
          <span className="shezu-brand-mark" aria-hidden style={{ width: 40, height: 40, fontSize: 22 }}>
            社
          </span>
          <Typography.Title level={2} style={{ margin: 0, letterSpacing: 2 }}>
            {t('app.name')}
          </Typography.Title>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 15 }}>
          {t('app.fullName')}
        </Typography.Text>
      </Flex>
      <Card title={title} style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 24px rgba(15,42,79,0.08)' }}>
        {children}
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('login.footer')}
      </Typography.Text>
    </Flex>
  );
}
