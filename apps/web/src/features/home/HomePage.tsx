import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import {
  ApartmentOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { can, useMe } from '../../app/session';
import { chinaHour } from '../../lib/format';
import { useT, type MessageKey } from '../../lib/i18n';
import { roleLabel } from '../../lib/labels';
import { useFormat } from '../../lib/useFormat';
import { CalendarBanner } from '../calendar/CalendarBanner';
import { RegionStatsCard } from './RegionStatsCard';
import { TodoList } from './TodoList';

function greetingKey(now: Date): MessageKey {
  const hour = chinaHour(now);
  if (hour < 12) return 'home.greetingMorning';
  if (hour < 18) return 'home.greetingAfternoon';
  return 'home.greetingEvening';
}

const SHORTCUTS = [
  { to: '/users', label: 'nav.users', icon: <TeamOutlined />, permission: 'users.read' },
  { to: '/units', label: 'nav.units', icon: <ApartmentOutlined />, permission: 'units.read' },
  { to: '/audit-logs', label: 'nav.audit', icon: <FileSearchOutlined />, permission: 'audit.read' },
  { to: '/regions', label: 'nav.regions', icon: <EnvironmentOutlined />, permission: 'regions.read' },
  { to: '/documents', label: 'nav.documents', icon: <FileTextOutlined />, permission: 'documents.read' },
] as const;

export default function HomePage() {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const now = new Date();
  const shortcuts = SHORTCUTS.filter((s) => can(me, s.permission));

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="greeting">
          {t(greetingKey(now), { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.today', { date: f.date(now) })}</Typography.Text>
      </Card>
      <CalendarBanner />
      <RegionStatsCard regionCode={me.regionCode} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <TodoList />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card title={t('home.scope')} data-testid="my-scope">
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'region', label: t('home.region'), children: me.regionName ?? t('common.notSet') },
                  { key: 'unit', label: t('home.unit'), children: me.unitName ?? t('common.notSet') },
                  {
                    key: 'roles',
                    label: t('home.roles'),
                    children: (
                      <Flex wrap gap={4}>
                        {me.roles.map((r) => (
                          <Tag key={r} color="blue">
                            {roleLabel(t, r)}
                          </Tag>
                        ))}
                      </Flex>
                    ),
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                {t('home.scopeHint')}
              </Typography.Paragraph>
            </Card>
            {shortcuts.length > 0 && (
              <Card title={t('home.shortcuts')}>
                <Flex wrap gap={8}>
                  {shortcuts.map((s) => (
                    <Link key={s.to} to={s.to}>
                      <Tag icon={s.icon} style={{ padding: '4px 10px', fontSize: 14, cursor: 'pointer' }}>
                        {t(s.label)}
                      </Tag>
                    </Link>
                  ))}
                </Flex>
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
