import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { ApiError } from '../../api/errors';
import { orgFixture } from '../../test/orgFixtures';
import { changedFields, formValuesOf, toOrgFields, withFormFieldNames, type OrgFormValues } from './orgForm';

const values = (over: Partial<OrgFormValues> = {}): OrgFormValues => ({ ...formValuesOf(orgFixture()), ...over });

describe('the organization form and the API', () => {
  it('sends money typed in 元 as exact fen, never through a float', () => {
    const fen = (yuan: string) => toOrgFields(values({ registeredFundsYuan: yuan })).registeredFundsFen;
    expect(fen('19.99')).toBe(1999); // 19.99 * 100 = 1998.9999999999998
    expect(fen('0.29')).toBe(29); // 0.29 * 100 = 28.999999999999996
    expect(fen('1234567.8')).toBe(123456780);
    expect(fen('30000')).toBe(3000000);
    expect(fen('9999999999999.99')).toBe(999999999999999);
    expect(formValuesOf(orgFixture({ registeredFundsFen: 1999 })).registeredFundsYuan).toBe('19.99');
    expect(formValuesOf(orgFixture({ registeredFundsFen: 5 })).registeredFundsYuan).toBe('0.05');
  });

  it('sends dates as calendar days and leaves out empty personal fields', () => {
    const f = toOrgFields(values({ foundedOn: dayjs('2018-06-01'), legalRepIdNumber: '', legalRepPhone: ' ' }));
    expect(f.foundedOn).toBe('2018-06-01');
    expect(f).not.toHaveProperty('legalRepIdNumber');
    expect(f).not.toHaveProperty('legalRepPhone');
    // A grade's validity goes with the grade; a recognition date with the recognition.
    const cleared = toOrgFields(values({ evaluationGrade: null, charityRecognized: false }));
    expect(cleared).toMatchObject({ gradeValidUntil: null, charityRecognizedOn: null });
  });

  it('corrects only what changed, and a typed ID number replaces the one on record', () => {
    const org = orgFixture();
    expect(changedFields(org, values())).toEqual({});
    expect(
      changedFields(org, values({ address: '重庆市云阳县青龙街道复兴路1号', registeredFundsYuan: '170000.00' })),
    ).toEqual({ address: '重庆市云阳县青龙街道复兴路1号' });
    expect(
      changedFields(org, values({ registeredFundsYuan: '170000.01', legalRepIdNumber: '11010519491231002x' })),
    ).toEqual({
      registeredFundsFen: 17000001,
      legalRepIdNumber: '11010519491231002X',
    });
  });

  it('puts the API’s message on the fen field beside the 元 input', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', '提交的内容有误', {
      registeredFundsFen: '金额过大',
      name: '重名',
    });
    expect((withFormFieldNames(err) as ApiError).fields).toEqual({ registeredFundsYuan: '金额过大', name: '重名' });
  });
});
