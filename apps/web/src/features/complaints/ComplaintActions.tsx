import { useState } from 'react';
import { Button, Flex, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TComplaintDetail } from '@shezu/contracts';
import { useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { complaintKeys, openCase, replyComplaint } from './api';

type Kind = 'reply' | 'case';

/** Triage of a complaint still to handle: reply (closes it), or open a coordinated case about the organization. */
export function ComplaintActions({ c }: { c: TComplaintDetail }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState<Kind | null>(null);
  const [form] = Form.useForm<{ reply?: string; title?: string; detail?: string }>();
  const done = (d: TComplaintDetail) => {
    qc.setQueryData(complaintKeys.one(c.id), d);
    void qc.invalidateQueries({ queryKey: ['complaints', 'list'] });
    setOpen(null);
    form.resetFields();
  };
  const act = useMutation({
    mutationFn: (v: { reply?: string; title?: string; detail?: string }) =>
      open === 'reply'
        ? replyComplaint(c.id, { reply: v.reply ?? '', version: c.version })
        : openCase(c.id, { title: v.title ?? '', detail: v.detail?.trim() || undefined, version: c.version }),
    onSuccess: done,
    onError: (e) =>
      onError(e, { form, onStale: () => void qc.invalidateQueries({ queryKey: complaintKeys.one(c.id) }) }),
  });
  return (
    <>
      <Flex gap={8} wrap>
        <Button type="primary" onClick={() => setOpen('reply')} data-testid="complaint-reply-open">
          {t('complaints.action.reply')}
        </Button>
        {c.orgId !== null && (
          <Button onClick={() => setOpen('case')} data-testid="complaint-case-open">
            {t('complaints.action.openCase')}
          </Button>
        )}
      </Flex>
      <Modal
        open={open !== null}
        title={open === 'reply' ? t('complaints.action.reply') : t('complaints.action.openCase')}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        confirmLoading={act.isPending}
        okButtonProps={{ 'data-testid': 'complaint-action-ok' } as never}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => act.mutate(v)} preserve={false}>
          {open === 'reply' ? (
            <Form.Item
              name="reply"
              label={t('complaints.action.replyText')}
              rules={[{ required: true, min: 5, whitespace: true }]}
            >
              <Input.TextArea rows={6} maxLength={4000} showCount data-testid="complaint-reply-text" />
            </Form.Item>
          ) : (
            <>
              <Form.Item
                name="title"
                label={t('complaints.action.caseTitle')}
                rules={[{ required: true, min: 2, whitespace: true }]}
              >
                <Input maxLength={200} data-testid="complaint-case-title" />
              </Form.Item>
              <Form.Item name="detail" label={t('complaints.action.caseDetail')}>
                <Input.TextArea rows={4} maxLength={4000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
