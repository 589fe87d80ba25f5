import { Button, Col, Divider, Flex, Form, Input, Radio, Row, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';

function Line({
  name,
  label,
  required,
  extra,
}: {
  name: (string | number)[];
  label: string;
  required?: boolean;
  extra?: string;
}) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={
        required ? [{ required: true, whitespace: true, message: `${t('templates.required')}${label}` }] : undefined
      }
    >
      <Input />
    </Form.Item>
  );
}

/** The GB/T 9704 parts of a template's layout, each a plain input that may hold `{placeholders}`. */
export function LayoutFields() {
  const t = useT();
  const style = Form.useWatch(['layout', 'style']);
  const sealed = Form.useWatch('sealed');
  return (
    <>
      <Form.Item name={['layout', 'style']} label={t('templates.style')}>
        <Radio.Group
          options={[
            { value: 'official', label: t('templates.style.official') },
            { value: 'certificate', label: t('templates.style.certificate') },
          ]}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Line name={['layout', 'issuer']} label={t('templates.issuer')} required />
        </Col>
        <Col xs={24} sm={12}>
          <Line
            name={['layout', 'numberPrefix']}
            label={t('templates.numberPrefix')}
            required
            extra={t('templates.numberPrefixHint')}
          />
        </Col>
      </Row>
      <Line name={['layout', 'title']} label={t('templates.docTitle')} required />
      {style !== 'certificate' && <Line name={['layout', 'addressee']} label={t('templates.addressee')} />}
      {style !== 'certificate' ? (
        <>
          <Divider titlePlacement="start" plain>
            {t('templates.body')}
          </Divider>
          <Form.List name={['layout', 'body']}>
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Flex key={row.key} gap={8} align="flex-start">
                    <Form.Item name={row.name} style={{ flex: 1, marginBottom: 12 }}>
                      <Input.TextArea
                        autoSize={{ minRows: 2, maxRows: 10 }}
                        data-testid={`template-body-${row.name}`}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('templates.remove')}
                      onClick={() => remove(row.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add('')}
                  style={{ marginBottom: 16 }}
                >
                  {t('templates.addParagraph')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      ) : (
        <>
          <Divider titlePlacement="start" plain>
            {t('templates.rows')}
          </Divider>
          <Form.List name={['layout', 'rows']}>
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Flex key={row.key} gap={8} align="flex-start" wrap>
                    <Form.Item
                      name={[row.name, 'label']}
                      style={{ flex: '1 1 120px', marginBottom: 12 }}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: `${t('templates.required')}${t('templates.rowLabel')}`,
                        },
                      ]}
                    >
                      <Input placeholder={t('templates.rowLabel')} maxLength={20} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'value']} style={{ flex: '2 1 200px', marginBottom: 12 }}>
                      <Input placeholder={t('templates.rowValue')} />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('templates.remove')}
                      onClick={() => remove(row.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  onClick={() => add({ label: '', value: '' })}
                  style={{ marginBottom: 16 }}
                >
                  {t('templates.addRow')}
                </Button>
              </>
            )}
          </Form.List>
        </>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Line name={['layout', 'signature', 'issuer']} label={t('templates.signatureIssuer')} />
        </Col>
        <Col xs={24} sm={12}>
          <Line name={['layout', 'signature', 'date']} label={t('templates.signatureDate')} />
        </Col>
      </Row>
      <Flex gap={12} align="flex-start" wrap>
        <Form.Item name="sealed" label={t('templates.sealed')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {sealed && (
          <div style={{ flex: 1, minWidth: 200 }}>
            <Line name={['layout', 'seal', 'text']} label={t('templates.sealText')} required />
          </div>
        )}
      </Flex>
      <Line name={['layout', 'footer']} label={t('templates.footer')} />
    </>
  );
}
