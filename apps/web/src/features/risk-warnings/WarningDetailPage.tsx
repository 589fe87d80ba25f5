import { Alert, Card, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { can, useMe } from '../../app/session';
import { errorText } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { AnswerForm } from './AnswerForm';
import { DecideForms } from './DecideForms';
import { fetchWarning, warningKeys } from './api';
import { WarningFacts } from './WarningFacts';

/** One warning; the supervising unit answers here, the bureau closes it out or turns it into a case. */
export default function WarningDetailPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: warningKeys.one(id), queryFn: () => fetchWarning(id) });
  const w = q.data;
  const addressedToUnit = !!w && (w.target === 'supervisor' || w.target === 'both') && !!me.unitId;
  return (
    <>
      <PageHeader title={t('riskWarnings.title')} subtitle={w?.orgName} />
      {q.isError && <Alert type="error" showIcon title={errorText(q.error, lang, t)} />}
      {q.isPending && <Skeleton active />}
      {w && (
        <Card>
          <WarningFacts w={w} />
          {w.status === 'open' && can(me, 'supervision.respond') && addressedToUnit && <AnswerForm w={w} />}
          {(w.status === 'open' || w.status === 'answered') && can(me, 'supervision.manage') && <DecideForms w={w} />}
        </Card>
      )}
    </>
  );
}
