import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../lib/i18n';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionLabel, auditEntityLabel } from '../../lib/labels';
import { chinaDayRange, type AuditFilter } from './api';

interface FilterValues {
  entity?: string;
  action?: string;
  actorId?: number | null;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(v: FilterValues): AuditFilter {
  const f: AuditFilter = {
    entity: v.entity || undefined,
    action: v.action || undefined,
    actorId: v.actorId ?? undefined,
    entityId: v.entityId?.trim() || undefined,
  };
  const [start, end] = v.range ?? [];
  if (start && end) Object.assign(f, chinaDayRange(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')));
  return f;
}

export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const t = useT();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form<FilterValues> form={form} onFinish={(v) => onChange(toFilter(v))} style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="entity" noStyle>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('audit.entity')}
              options={AUDIT_ENTITIES.map((e) => ({ value: e, label: auditEntityLabel(t, e) }))}
              data-testid="audit-entity"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="action" noStyle>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('audit.action')}
              options={AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(t, a) }))}
              data-testid="audit-action"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={3}>
          <Form.Item name="actorId" noStyle>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} placeholder={t('audit.actorId')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={3}>
          <Form.Item name="entityId" noStyle>
            <Input allowClear placeholder={t('audit.entityId')} maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16} xl={6}>
          <Form.Item name="range" noStyle>
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[false, false]} />
          </Form.Item>
        </Col>
        <Col xs={24} xl={4}>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" data-testid="audit-search">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onChange({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Flex>
        </Col>
      </Row>
    </Form>
  );
}
