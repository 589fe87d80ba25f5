import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { IssueDocumentDrawer } from './IssueDocumentDrawer';
import { apiError, mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';

const layout = {
  style: 'official',
  issuer: '{authorityName}',
  numberPrefix: '{regionAbbr}民通',
  title: '{noticeTitle}',
  addressee: '{addressee}：',
  body: ['{content}', '罚款{fine}。'],
  rows: [],
  signature: { issuer: '{authorityName}', date: '{issueDate}' },
  seal: null,
  footer: null,
};
const notice = {
  id: 2,
  authorityRegionCode: null,
  kind: 'notice',
  version: 1,
  name: '通知书',
  inherited: true,
  basedOnId: null,
  createdByName: 'system',
  createdAt: '2026-01-01T00:00:00Z',
  fields: [
    { name: 'addressee', label: '主送单位', type: 'text', required: true, sample: '云阳县青少年体育协会' },
    { name: 'noticeTitle', label: '文书名称', type: 'text', required: true, default: '责令改正通知书' },
    { name: 'content', label: '事实与要求', type: 'multiline', required: true },
    { name: 'fine', label: '罚款金额', type: 'money', required: false },
  ],
  layout,
};

describe('issuing a notice', () => {
  it('asks for the template’s fields, sends money typed in yuan as fen, and shows the API’s field errors beside them', async () => {
    const { calls } = mockApi({
      'GET /api/document-templates': { body: { items: [notice] } },
      'POST /api/documents': apiError(400, 'VALIDATION_FAILED', '提交的内容有误，请按提示修改', {
        'fields.content': '事实与要求不能超过5000个字',
      }),
    });
    renderApp(<IssueDocumentDrawer onClose={vi.fn()} onIssued={vi.fn()} />);

    const fields = await screen.findByTestId('document-issue-fields');
    expect(within(fields).getByLabelText('文书名称')).toHaveValue('责令改正通知书');
    fireEvent.change(within(fields).getByLabelText('主送单位'), { target: { value: '  云阳县青少年体育协会 ' } });
    fireEvent.change(within(fields).getByLabelText('事实与要求'), {
      target: { value: '经查，你单位未按期报送年度报告。' },
    });
    const fine = within(fields).getByLabelText('罚款金额');
    fireEvent.change(fine, { target: { value: '1234.5' } });
    fireEvent.blur(fine);
    fireEvent.click(screen.getByTestId('document-issue-submit'));

    expect(await screen.findByText('事实与要求不能超过5000个字')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      kind: 'notice',
      fields: {
        addressee: '云阳县青少年体育协会',
        noticeTitle: '责令改正通知书',
        content: '经查，你单位未按期报送年度报告。',
        fine: 123450,
      },
      linkedTo: null,
    });
  });

  it('does not send a notice with a required field left empty', async () => {
    const { calls } = mockApi({ 'GET /api/document-templates': { body: { items: [notice] } } });
    renderApp(<IssueDocumentDrawer onClose={vi.fn()} onIssued={vi.fn()} />);
    await screen.findByTestId('document-issue-fields');
    fireEvent.click(screen.getByTestId('document-issue-submit'));
    expect(await screen.findByText('请填写主送单位')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('请填写事实与要求')).toBeInTheDocument());
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
