import { Button, Col, Form, Input, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useT } from '../../lib/i18n';
import { OrgDatePicker } from '../orgs/form/OrgFormFields';

export interface RectificationInput {
  item?: string;
  dueDate?: Dayjs;
}

const notPast = (d: Dayjs) => d.isBefore(dayjs(), 'day');

/** 基本合格 obliges the organization to fix named items by a date: at least one, checked before sending. */
export function RectificationFields() {
  const t = useT();
  return (
    <Form.List
      name="rectifications"
      rules={[
        {
          validator: async (_, items?: RectificationInput[]) => {
            if (!items || items.length === 0) throw new Error(t('annualReview.form.rectificationRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('annualReview.form.rectifications')} required>
          {fields.map((field, i) => (
            <Row key={field.key} gutter={8} align="top">
              <Col flex="auto">
                <Form.Item
                  name={[field.name, 'item']}
                  rules={[
                    { required: true, whitespace: true, message: t('annualReview.form.itemRequired') },
                    { min: 2, message: t('annualReview.form.itemRequired') },
                  ]}
                >
                  <Input
                    maxLength={300}
                    placeholder={t('annualReview.form.rectificationItem')}
                    data-testid={`annual-rect-item-${i}`}
                  />
                </Form.Item>
              </Col>
              <Col flex="170px">
                <Form.Item
                  name={[field.name, 'dueDate']}
                  rules={[{ required: true, message: t('annualReview.form.dueRequired') }]}
                >
                  <OrgDatePicker
                    disabledDate={notPast}
                    placeholder={t('annualReview.form.rectificationDue')}
                    data-testid={`annual-rect-due-${i}`}
                  />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block data-testid="annual-rect-add">
            {t('annualReview.form.rectificationAdd')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
