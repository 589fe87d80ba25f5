import { describe, expect, it } from 'vitest';
import { certificateValidity } from './certificate';
import { deregistrationProblems } from './deregistration';
import { diffVersions } from './diff';

describe('deregistration prerequisites', () => {
  const base = { hasLiquidationReport: true, liquidationCompletedOn: '2026-02-20', today: '2026-03-02' };
  it('needs the liquidation report on submission, and the returned certificate and seals on decision', () => {
    expect(deregistrationProblems({ ...base, atDecision: false })).toEqual({});
    expect(deregistrationProblems({ ...base, hasLiquidationReport: false, atDecision: false })).toEqual({
      attachments: '请上传清算报告（《社会团体登记管理条例》第二十一条）',
    });
    expect(deregistrationProblems({ ...base, atDecision: true })).toEqual({
      certificateReturnedOn: '请登记收缴登记证书（正、副本）的日期',
      sealsReturnedOn: '请登记收缴印章的日期',
    });
    expect(
      deregistrationProblems({
        ...base,
        atDecision: true,
        certificateReturnedOn: '2026-03-01',
        sealsReturnedOn: '2026-03-02',
      }),
    ).toEqual({});
    expect(
      deregistrationProblems({
        ...base,
        atDecision: true,
        certificateReturnedOn: '2026-03-03',
        sealsReturnedOn: '2026-03-02',
      }),
    ).toEqual({ certificateReturnedOn: '收缴日期不能晚于今天' });
  });

  it('refuses a liquidation that has not ended', () => {
    expect(deregistrationProblems({ ...base, liquidationCompletedOn: '2026-03-05', atDecision: false })).toEqual({
      'data.liquidationCompletedOn': '清算结束日期不能晚于今天：须完成清算后方可申请注销登记',
    });
  });
});

describe('version differences', () => {
  it('lists changed fields and attachments, masking personal ones', () => {
    const before = {
      data: { name: '甲协会', memberCount: 40, legalRepIdNumber: 'sm4:1:aaa', address: 'x' },
      attachments: [{ fileId: 1, role: 'charter' }],
    };
    const after = {
      data: { name: '甲协会', memberCount: 55, legalRepIdNumber: 'sm4:1:bbb', website: null },
      attachments: [
        { fileId: 1, role: 'charter' },
        { fileId: 2, role: 'member_list' },
      ],
    };
    expect(diffVersions(before, after, new Set(['legalRepIdNumber']))).toEqual([
      { field: 'address', before: 'x', after: null },
      { field: 'legalRepIdNumber', before: '***', after: '***' },
      { field: 'memberCount', before: 40, after: 55 },
      { field: 'attachments', before: before.attachments, after: after.attachments },
    ]);
    expect(diffVersions(before, before, new Set())).toEqual([]);
  });
});

describe('certificate validity', () => {
  it('runs five years to the day before', () => {
    expect(certificateValidity('2026-03-02')).toEqual({ validFrom: '2026-03-02', validUntil: '2031-03-01' });
    expect(certificateValidity('2028-02-29')).toEqual({ validFrom: '2028-02-29', validUntil: '2033-02-28' });
    expect(certificateValidity('2026-01-01').validUntil).toBe('2030-12-31');
  });
});
