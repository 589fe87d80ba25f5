import type { ThemeConfig } from 'antd';

/** A sober government blue; Chinese UI fonts first so glyphs do not fall back mid-line. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1a5fb4',
    colorInfo: '#1a5fb4',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#0f2a4f', siderBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56, bodyBg: '#f3f5f9' },
    Menu: { itemSelectedBg: '#e8f0fb', itemBorderRadius: 6 },
  },
};
