import { Empty, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TApplicationChange, TApplicationDetail } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import { useFormat } from '../../../lib/useFormat';
import { applicationKeys, fetchApplicationDiff } from '../api';
import { fieldLabel, useFieldValue } from '../useFieldValue';

function ChangeLines({
  app,
  changes,
  unitNames,
}: {
  app: TApplicationDetail;
  changes: TApplicationChange[];
  unitNames: Record<number, string>;
}) {
  const t = useT();
  const show = useFieldValue({ kind: app.kind, authorityRegionCode: app.authorityRegionCode, unitNames });
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {changes.map((c) => (
        <li key={c.field}>
          {c.field === 'attachments' ? (
            t('applications.versions.attachmentsChanged')
          ) : (
            <>
              {fieldLabel(t, app.kind, c.field)}：{show(c.field, c.before)} → {show(c.field, c.after)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * 历次提交: each submission and what it changed against the one before; while a returned application is
 * corrected, what changed since the last submission and is not yet submitted.
 */
export function VersionChanges({ app, unitNames }: { app: TApplicationDetail; unitNames: Record<number, string> }) {
  const t = useT();
  const f = useFormat();
  const correcting = app.submissionNo > 0 && (app.status === 'returned' || app.status === 'draft');
  const draft = useQuery({
    queryKey: applicationKeys.diff(app.id, app.submissionNo, 0),
    queryFn: () => fetchApplicationDiff(app.id, app.submissionNo, 0),
    enabled: correcting,
  });
  if (app.versions.length === 0) return <Empty description={t('applications.versions.none')} />;
  return (
    <>
      {correcting && draft.data && (
        <div data-testid="application-draft-diff" style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('applications.versions.unsubmitted')}</Typography.Text>
          {draft.data.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('applications.versions.noCorrection')}</Typography.Text>
            </div>
          ) : (
            <ChangeLines app={app} changes={draft.data} unitNames={unitNames} />
          )}
        </div>
      )}
      <List
        size="small"
        dataSource={[...app.versions].reverse()}
        rowKey="no"
        data-testid="application-versions"
        renderItem={(v) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Typography.Text strong>
                {t('applications.versions.title', { no: v.no, at: f.dateTime(v.submittedAt), by: v.submittedByName })}
              </Typography.Text>
              {v.no === 1 ? (
                <div>
                  <Typography.Text type="secondary">{t('applications.versions.first')}</Typography.Text>
                </div>
              ) : v.changes.length === 0 ? (
                <div>
                  <Typography.Text type="secondary">{t('applications.versions.unchanged')}</Typography.Text>
                </div>
              ) : (
                <ChangeLines app={app} changes={v.changes} unitNames={unitNames} />
              )}
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
