import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError, mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';
import { PenaltyDrawer } from './PenaltyDrawer';

const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('录入其他部门处罚', () => {
  it('sends the fine typed in 元 as fen, and puts the API’s field message beside its field', async () => {
    let answer = apiError(400, 'VALIDATION_FAILED', '请求参数不正确', { decisionNumber: '该文号已录入' });
    const api = mockApi({ 'POST /api/credit-penalties': () => answer });
    const onClose = vi.fn();
    renderApp(
      <PenaltyDrawer open org={{ id: 7, name: '云阳县建筑业协会', uscc: '51500235MJB000018U' }} onClose={onClose} />,
    );
    expect(screen.getByTestId('credit-penalty-form')).toHaveTextContent('云阳县建筑业协会（51500235MJB000018U）');
    fill('credit-penalty-number', '云市监罚〔2026〕18号');
    fill('credit-penalty-fine', '12345.6');
    fill('credit-penalty-by', '云阳县市场监督管理局');
    fireEvent.click(screen.getByTestId('credit-penalty-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('credit-penalty-number').closest('.ant-form-item')).toHaveTextContent('该文号已录入'),
    );
    expect(api.calls[0]?.body).toMatchObject({
      orgId: 7,
      decisionNumber: '云市监罚〔2026〕18号',
      kinds: ['warning'],
      fineFen: 1234560,
      confiscatedFen: null,
      decidedBy: '云阳县市场监督管理局',
    });

    answer = { status: 201, body: {} } as typeof answer;
    fireEvent.click(screen.getByTestId('credit-penalty-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
