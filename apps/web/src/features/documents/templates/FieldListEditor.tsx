import { Button, Card, Col, Form, Input, Row, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { TEMPLATE_FIELD_TYPES } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';

/** The fields an issuer fills in: name (the placeholder), label, type, required, default and sample. */
export function FieldListEditor() {
  const t = useT();
  return (
    <Form.List name="fields">
      {(rows, { add, remove }) => (
        <>
          {rows.map((row) => (
            <Card
              key={row.key}
              size="small"
              style={{ marginBottom: 12 }}
              data-testid={`template-field-${row.name}`}
              extra={
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('templates.remove')}
                  onClick={() => remove(row.name)}
                />
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name={[row.name, 'name']}
                    label={t('templates.fieldName')}
                    rules={[{ required: true, message: `${t('templates.required')}${t('templates.fieldName')}` }]}
                  >
                    <Input className="shezu-mono" maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name={[row.name, 'label']}
                    label={t('templates.fieldLabel')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: `${t('templates.required')}${t('templates.fieldLabel')}`,
                      },
                    ]}
                  >
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={16} sm={5}>
                  <Form.Item name={[row.name, 'type']} label={t('templates.fieldType')}>
                    <Select
                      options={TEMPLATE_FIELD_TYPES.map((ty) => ({ value: ty, label: t(`templates.fieldType.${ty}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={8} sm={3}>
                  <Form.Item name={[row.name, 'required']} label={t('templates.fieldRequired')} valuePropName="checked">
                    <Switch size="small" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[row.name, 'default']}
                    label={t('templates.fieldDefault')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[row.name, 'sample']} label={t('templates.fieldSample')} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ maxRows: 4 }} maxLength={2000} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ name: '', label: '', type: 'text', required: false, default: null, sample: null })}
          >
            {t('templates.addField')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
