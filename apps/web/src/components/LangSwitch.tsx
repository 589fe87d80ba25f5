import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n } from '../lib/i18n';

export function LangSwitch({ light }: { light?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      type="text"
      size="small"
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      style={light ? { color: 'rgba(255,255,255,0.85)' } : undefined}
      onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
