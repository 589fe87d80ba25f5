import { useState } from 'react';
import { Button, Card, Drawer, Grid } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';
import { MatterForm } from './MatterForm';
import { MatterList } from './MatterList';

const NO_FILTER = {};

/** The organization's own reports and the form to report one (a full-width drawer on a phone). */
export default function MyMajorMattersPage() {
  const t = useT();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageHeader
        title={t('mm.myTitle')}
        subtitle={t('mm.subtitle')}
        extra={
          <Button type="primary" onClick={() => setOpen(true)} data-testid="mm-new">
            {t('mm.new')}
          </Button>
        }
      />
      <Card>
        <MatterList filter={NO_FILTER} showOrg={false} />
      </Card>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('mm.new')}
        size={screens.md ? 560 : '100%'}
        destroyOnHidden
      >
        <MatterForm
          onDone={(id) => {
            setOpen(false);
            void navigate(`/major-matters/${id}`);
          }}
        />
      </Drawer>
    </>
  );
}
