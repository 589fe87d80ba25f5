import { Card, Tabs, type TabsProps } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { MyMeasuresTab } from './MyMeasuresTab';
import { MyWarningsTab } from '../risk-warnings/MyWarningsTab';
import { MySelfInspectionsTab } from '../special-campaigns/MySelfInspectionsTab';

/**
 * 监管事项: what an organization (or its supervising unit) must answer. Each supervision part adds its tab
 * here: one import and one entry below.
 */
export default function MySupervisionPage() {
  const t = useT();
  // To-do links open a tab (?tab=risk-warnings); switching tabs keeps the URL shareable.
  const [params, setParams] = useSearchParams();
  const tabs: TabsProps['items'] = [
    { key: 'measures', label: t('mySupervision.tab.measures'), children: <MyMeasuresTab /> },
    { key: 'risk-warnings', label: t('riskWarnings.myTab'), children: <MyWarningsTab /> },
    { key: 'campaigns', label: t('sc.my.tab'), children: <MySelfInspectionsTab /> },
  ];
  return (
    <>
      <PageHeader title={t('mySupervision.title')} subtitle={t('mySupervision.subtitle')} />
      <Card>
        <Tabs
          items={tabs}
          activeKey={tabs.some((x) => x.key === params.get('tab')) ? params.get('tab')! : 'measures'}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          data-testid="my-supervision-tabs"
        />
      </Card>
    </>
  );
}
