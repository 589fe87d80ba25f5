import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { NATIONAL_REGION_CODE, fromGbCode } from '@shezu/contracts';
import { Link } from 'react-router';
import { isMessageKey, useI18n, useT, type TFunction } from '../../../lib/i18n';
import { fetchRegion, regionKeys } from '../../regions/api';
import type { UsccCheck } from '../api';
import { mono } from '../search/OrgResultCard';
import { charMarks, namesItsPosition, type MarkState } from './usccMarks';

const CELL: Record<MarkState, { background: string; borderColor: string; color?: string }> = {
  ok: { background: '#fafafa', borderColor: '#d9d9d9' },
  error: { background: '#fff1f0', borderColor: '#ff4d4f', color: '#cf1322' },
  warning: { background: '#fffbe6', borderColor: '#faad14', color: '#ad6800' },
};

/** The code character by character, numbered, with the positions an error or warning names marked. */
function CharStrip({ code, result }: { code: string; result: UsccCheck }) {
  return (
    <Flex wrap gap={4} data-testid="uscc-chars">
      {charMarks(code, result).map((m) => (
        <Flex key={m.position} vertical align="center" data-position={m.position} data-state={m.state}>
          <span
            style={{
              ...mono,
              ...CELL[m.state],
              width: 28,
              height: 32,
              lineHeight: '30px',
              textAlign: 'center',
              fontSize: 16,
              border: '1px solid',
              borderRadius: 4,
            }}
          >
            {m.char}
          </span>
          <span style={{ fontSize: 10, color: '#8c8c8c' }}>{m.position}</span>
        </Flex>
      ))}
    </Flex>
  );
}

function label(t: TFunction, key: string, fallback: string) {
  return isMessageKey(key) ? t(key) : fallback;
}

function Issues({ issues, testId }: { issues: UsccCheck['errors']; testId: string }) {
  const { t, lang } = useI18n();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={testId}>
      {issues.map((i, n) => (
        <li key={n} data-position={i.position}>
          {lang === 'zh-CN' && namesItsPosition(i.message, i.position)
            ? i.message
            : t('portal.uscc.issue', {
                where: i.position > 0 ? t('portal.uscc.position', { position: i.position }) : t('portal.uscc.whole'),
                message: i.message,
              })}
        </li>
      ))}
    </ul>
  );
}

/** Positions 1, 2, 3–8, 9–17 and 18 read out, the region named from the division tables. */
function Parts({ code, parsed }: { code: string; parsed: NonNullable<UsccCheck['parsed']> }) {
  const t = useT();
  const gb = parsed.regionCode;
  const national = gb === NATIONAL_REGION_CODE;
  const region = useQuery({
    queryKey: regionKeys.detail(fromGbCode(gb)),
    queryFn: () => fetchRegion(fromGbCode(gb)),
    enabled: /^\d{6}$/.test(gb) && !national,
    staleTime: Infinity,
    retry: false,
  });
  const regionName = national ? t('portal.uscc.national') : region.data?.fullName;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="uscc-parts"
      items={[
        {
          key: 'department',
          label: t('portal.uscc.partDepartment'),
          children: `${parsed.department} ${label(t, `portal.uscc.dept.${parsed.department}`, '')}`.trim(),
        },
        {
          key: 'category',
          label: t('portal.uscc.partCategory'),
          children:
            `${parsed.category} ${label(t, `portal.uscc.cat.${parsed.department}${parsed.category}`, '')}`.trim(),
        },
        {
          key: 'region',
          label: t('portal.uscc.partRegion'),
          children: <span data-testid="uscc-part-region">{[gb, regionName].filter(Boolean).join(' ')}</span>,
        },
        {
          key: 'orgCode',
          label: t('portal.uscc.partOrgCode'),
          children: <span style={mono}>{code.slice(8, 17)}</span>,
        },
        { key: 'check', label: t('portal.uscc.partCheck'), children: <span style={mono}>{code.slice(17, 18)}</span> },
      ]}
    />
  );
}

/** The API's verdict on a code: valid or not, every error and warning at its position, and the parts. */
export function UsccResult({ code, result }: { code: string; result: UsccCheck }) {
  const t = useT();
  return (
    <Card data-testid="uscc-result" data-valid={result.valid}>
      <Flex vertical gap={12}>
        {result.valid ? (
          <Alert
            type="success"
            showIcon
            title={t('portal.uscc.valid')}
            description={t('portal.uscc.validNote')}
            data-testid="uscc-valid"
          />
        ) : (
          <Alert
            type="error"
            showIcon
            title={t('portal.uscc.invalid', { count: result.errors.length })}
            description={<Issues issues={result.errors} testId="uscc-errors" />}
            data-testid="uscc-invalid"
          />
        )}
        {result.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('portal.uscc.warnings')}
            description={<Issues issues={result.warnings} testId="uscc-warnings" />}
            data-testid="uscc-warning"
          />
        )}
        <CharStrip code={code} result={result} />
        {result.parsed && <Parts code={code} parsed={result.parsed} />}
        {result.valid && (
          <Typography.Text>
            <Link to={`/portal/search?q=${encodeURIComponent(code)}`} data-testid="uscc-search-register">
              {t('portal.uscc.searchRegister')}
            </Link>
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
