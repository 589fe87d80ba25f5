import { useState } from 'react';
import { Col, Row } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../app/session';
import { useT } from '../../lib/i18n';
import { RegionDetailPanel } from './RegionDetailPanel';
import { RegionTree } from './RegionTree';

export default function RegionsPage() {
  const t = useT();
  const me = useMe();
  const [selected, setSelected] = useState<string | null>(me.regionCode);
  return (
    <>
      <PageHeader title={t('regions.title')} subtitle={t('regions.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <RegionTree selected={selected} onSelect={setSelected} initial={me.regionCode} />
        </Col>
        <Col xs={24} lg={15}>
          <RegionDetailPanel code={selected} onSelect={setSelected} />
        </Col>
      </Row>
    </>
  );
}
