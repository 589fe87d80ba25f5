import { useState } from 'react';
import { Button, Flex, Input, Popover } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useT } from '../../lib/i18n';

/** The reviewer's note on one indicator: collected here, sent with a return. */
export function IndicatorComment({
  code,
  value,
  onChange,
}: {
  code: string;
  value: string | undefined;
  onChange: (code: string, text: string | null) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(value ?? '');
  const save = () => {
    onChange(code, text.trim() || null);
    setOpen(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setText(value ?? '');
      }}
      trigger="click"
      content={
        <Flex vertical gap={8} style={{ width: 280 }}>
          <Input.TextArea
            autoFocus
            value={text}
            maxLength={500}
            autoSize={{ minRows: 2 }}
            placeholder={t('annualReview.comment.placeholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid={`annual-comment-input-${code}`}
          />
          <Flex gap={8} justify="flex-end">
            {value && (
              <Button
                size="small"
                danger
                onClick={() => {
                  onChange(code, null);
                  setOpen(false);
                }}
              >
                {t('annualReview.comment.remove')}
              </Button>
            )}
            <Button size="small" type="primary" onClick={save} data-testid={`annual-comment-save-${code}`}>
              {t('annualReview.comment.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Button
        size="small"
        type={value ? 'link' : 'text'}
        icon={<CommentOutlined />}
        data-testid={`annual-comment-${code}`}
        aria-label={t(value ? 'annualReview.comment.edit' : 'annualReview.comment.add')}
      >
        {t(value ? 'annualReview.comment.edit' : 'annualReview.comment.add')}
      </Button>
    </Popover>
  );
}
