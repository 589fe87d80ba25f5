import { useState } from 'react';
import { App, Button } from 'antd';
import { LikeFilled, LikeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { errorText } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { likeActivity } from './api';

/**
 * Likes once: the server keeps one like per visitor (its cookie token), so a liked button stays liked and
 * shows the server's count; a second press is not offered.
 */
export function LikeButton({ id, liked, likeCount }: { id: number; liked: boolean; likeCount: number }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [state, setState] = useState({ liked, likeCount });
  const like = useMutation({
    mutationFn: () => likeActivity(id),
    onSuccess: (r) => setState({ liked: r.liked, likeCount: r.likeCount }),
    onError: (e) => void message.error(errorText(e, lang, t) || t('portal.act.likeFailed')),
  });
  return (
    <Button
      type={state.liked ? 'primary' : 'default'}
      icon={state.liked ? <LikeFilled /> : <LikeOutlined />}
      loading={like.isPending}
      disabled={state.liked}
      aria-pressed={state.liked}
      onClick={() => like.mutate()}
      data-testid="portal-act-like"
      data-liked={state.liked}
    >
      {state.liked ? t('portal.act.liked') : t('portal.act.like')} {state.likeCount}
    </Button>
  );
}
