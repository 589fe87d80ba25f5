import { App, Button } from 'antd';
import { ShareAltOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import { activityPath, shareActivity } from './api';

/** Copies the page's link and counts a share (the count is a courtesy: a failed count does not bother the user). */
export function ShareButton({ id, onShared }: { id: number; onShared?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const share = async () => {
    const url = `${window.location.origin}${activityPath(id)}`;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('portal.act.linkCopied'));
    } catch {
      void message.info(t('portal.act.copyFailed'));
    }
    try {
      await shareActivity(id);
      onShared?.();
    } catch {
      /* the link is copied all the same */
    }
  };
  return (
    <Button icon={<ShareAltOutlined />} onClick={() => void share()} data-testid="portal-act-share">
      {t('portal.act.share')}
    </Button>
  );
}
