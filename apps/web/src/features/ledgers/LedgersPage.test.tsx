import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppRoutes } from '../../app/routes';
import { mockApi, type Call } from '../../test/fetchMock';
import { shellRoutes } from '../../test/orgFixtures';
import { meFixture, renderApp } from '../../test/render';
import { importFixture, inTurn, runFixture } from './testFixtures';

const me = meFixture({
  permissions: ['account.self', 'orgs.read', 'orgs.manage', 'ledgers.import', 'jobs.read-own', 'files.upload'],
});
const uploaded = {
  id: 41,
  purpose: 'ledger',
  name: '云阳县社会组织台账.xlsx',
  originalName: '云阳县社会组织台账.xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  size: 1_245_760,
  checksum: 'ab'.repeat(32),
  owner: null,
  regionCode: '500235',
  createdBy: 2,
  createdAt: '2026-03-02T01:00:00Z',
};
const checked = {
  totalRows: 12_000,
  validRows: 11_998,
  errorRows: 2,
  errorCount: 3,
  pilotRows: 0,
  warningRows: 0,
  reportFileId: 42,
  validatedAt: '2026-03-02T01:01:00Z',
};

function choose(name: string) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['PK'], name, { type: uploaded.mime })] } });
}
const posts = (calls: Call[], path: string) => calls.filter((c) => c.method === 'POST' && c.path === path);

describe('台账导入', () => {
  it('uploads, shows the check’s progress, then every error by row and column with commit kept off', async () => {
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'GET /api/ledgers/imports': { body: { items: [], nextCursor: null } },
      'POST /api/files': { status: 201, body: uploaded },
      'POST /api/ledgers/orgs/imports': { status: 202, body: importFixture() },
      'GET /api/job-runs/:id': inTurn([
        { body: runFixture() },
        { body: runFixture({ progressDone: 6_000 }) },
        { body: runFixture({ status: 'succeeded', progressDone: 12_000, finishedAt: '2026-03-02T01:01:00Z' }) },
      ]),
      'GET /api/ledgers/imports/:id': inTurn([
        { body: importFixture() },
        {
          body: importFixture({
            ...checked,
            status: 'invalid',
            errors: [
              { row: 9, column: '成立日期', message: '成立日期不能晚于今天' },
              { row: 5, column: '统一社会信用代码', message: '该统一社会信用代码已在登记库中' },
              { row: 9, column: '名称', message: '请填写名称' },
            ],
          }),
        },
      ]),
    });
    renderApp(<AppRoutes />, { route: '/ledgers' });
    await screen.findByTestId('ledger-new-form');
    expect(screen.getByTestId('ledger-kind-community_orgs')).toBeInTheDocument();

    // Nothing is sent before a file is there.
    fireEvent.click(screen.getByTestId('ledger-start'));
    expect(await screen.findByText('请先上传台账文件')).toBeInTheDocument();
    choose('云阳县社会组织台账.xlsx');
    await screen.findByTestId('file-upload-value');
    expect((posts(calls, '/api/files')[0]!.body as FormData).get('purpose')).toBe('ledger');
    fireEvent.click(screen.getByTestId('ledger-start'));

    // Checking: the background run's progress, and the import's own URL to come back to.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/ledgers?import=21'));
    expect(posts(calls, '/api/ledgers/orgs/imports')[0]!.body).toEqual({ fileId: 41 });
    expect(await screen.findByText('已完成 500 / 12000')).toBeInTheDocument();
    expect(screen.getByTestId('ledger-commit')).toBeDisabled();

    // Checked: the counts, the problems in sheet order under their Excel row and heading, commit off.
    const panel = await screen.findByTestId('ledger-import');
    await waitFor(() => expect(panel).toHaveAttribute('data-status', 'invalid'), { timeout: 15_000 });
    expect(screen.getByTestId('ledger-state')).toHaveTextContent('有 2 行存在错误（共 3 处），本次导入不能提交');
    expect(within(screen.getByTestId('ledger-count-total')).getByText('12,000')).toBeInTheDocument();
    const rows = within(screen.getByTestId('ledger-issues-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '第 5 行统一社会信用代码错误该统一社会信用代码已在登记库中',
      '第 9 行成立日期错误成立日期不能晚于今天',
      '第 9 行名称错误请填写名称',
    ]);
    expect(screen.getByTestId('ledger-commit')).toBeDisabled();
    expect(posts(calls, '/api/ledgers/imports/21/commit')).toHaveLength(0);

    // The report is offered, and a corrected file starts over.
    expect(screen.getByTestId('ledger-report')).toBeEnabled();
    fireEvent.click(screen.getByTestId('ledger-reupload'));
    expect(await screen.findByTestId('ledger-new-form')).toBeInTheDocument();
  }, 60_000);

  it('asks for the explicit pilot-code confirmation, commits all at once and shows the result', async () => {
    let committed = false;
    const ready = importFixture({
      ...checked,
      status: 'ready',
      errorRows: 0,
      errorCount: 0,
      validRows: 12_000,
      pilotRows: 1,
      warningRows: 1,
      warnings: [
        { row: 7, column: '统一社会信用代码', message: '第18位（校验码）应为U，当前为X：可能是试点地区早期赋码' },
      ],
    });
    const { calls } = mockApi({
      ...shellRoutes,
      'GET /api/me': { body: me },
      'GET /api/ledgers/imports': { body: { items: [ready], nextCursor: null } },
      'GET /api/job-runs/:id': { body: runFixture({ id: 6, jobName: 'ledgers.commit', status: 'succeeded' }) },
      'GET /api/ledgers/imports/:id': () => ({
        body: committed
          ? importFixture({
              ...ready,
              status: 'committed',
              committedCount: 12_000,
              committedAt: '2026-03-02T01:03:00Z',
            })
          : ready,
      }),
      'POST /api/ledgers/imports/:id/commit': () => {
        committed = true;
        return { status: 202, body: { ...ready, status: 'committing', jobRunId: 6 } };
      },
    });
    renderApp(<AppRoutes />, { route: '/ledgers?import=21' });
    expect(await screen.findByTestId('ledger-state')).toHaveTextContent('全部 12,000 行校验通过');
    expect(screen.getByTestId('ledger-pilot')).toHaveTextContent('有 1 行统一社会信用代码仅第18位校验码不符');
    expect(screen.getByText(/应为U，当前为X/)).toBeInTheDocument();

    // The commit waits for the clerk to confirm the pilot-area codes.
    expect(screen.getByTestId('ledger-commit')).toBeDisabled();
    fireEvent.click(screen.getByTestId('ledger-override-pilot'));
    await waitFor(() => expect(screen.getByTestId('ledger-commit')).toBeEnabled());
    fireEvent.click(screen.getByTestId('ledger-commit'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('确认导入 12,000 行？');
    expect(dialog).toHaveTextContent('其中 1 行保留试点地区代码');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交导入' }));

    await waitFor(() => expect(posts(calls, '/api/ledgers/imports/21/commit')).toHaveLength(1));
    expect(posts(calls, '/api/ledgers/imports/21/commit')[0]!.body).toEqual({ overridePilotCodes: true });
    await waitFor(() => expect(screen.getByTestId('ledger-state')).toHaveTextContent('导入完成：已写入 12,000 条'), {
      timeout: 15_000,
    });
    expect(screen.queryByTestId('ledger-commit')).not.toBeInTheDocument();
  }, 60_000);
});
