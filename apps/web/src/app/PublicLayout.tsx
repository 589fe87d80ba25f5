import type { ReactNode } from 'react';
import { Flex, Layout, Typography } from 'antd';
import { LangSwitch } from '../components/LangSwitch';
import { useT } from '../lib/i18n';

/**
 * Pages anyone may open without signing in (document verification, the public portal): no staff menu,
 * readable on a phone. `nav` sits in the header between the brand and the language switch.
 */
export function PublicLayout({
  subtitle,
  nav,
  maxWidth = 640,
  children,
}: {
  subtitle?: ReactNode;
  nav?: ReactNode;
  maxWidth?: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Layout className="shezu-public" style={{ minHeight: '100vh' }}>
      <Layout.Header className="shezu-public-header">
        <Flex align="center" gap={10} style={{ minWidth: 0 }}>
          <span className="shezu-brand-mark" aria-hidden>
            社
          </span>
          <Flex vertical style={{ minWidth: 0, lineHeight: 1.3 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('app.name')}
            </Typography.Text>
            {subtitle && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {subtitle}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
        {nav}
        <LangSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: '16px 12px 32px' }}>
        <div style={{ maxWidth, margin: '0 auto' }}>{children}</div>
      </Layout.Content>
    </Layout>
  );
}
