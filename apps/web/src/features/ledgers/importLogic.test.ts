import { describe, expect, it } from 'vitest';
import { permissionsOf, type Role } from '@shezu/contracts';
import { commitBlock, errorsTruncated, issueRows, issuesByColumn, ledgerChoicesFor, stepOf } from './importLogic';

const user = (roles: Role[], regionCode: string) => ({ roles, permissions: [...permissionsOf(roles)], regionCode });

describe('which ledgers a user may import', () => {
  it('gives a county bureau both, the community ledger for a township it picks', () => {
    expect(ledgerChoicesFor(user(['authority_staff'], '500235'))).toEqual([
      { kind: 'orgs', township: null },
      { kind: 'community_orgs', township: 'pick' },
    ]);
  });

  it('gives a city bureau only the register, a township only its own filings, others nothing', () => {
    expect(ledgerChoicesFor(user(['authority_staff'], '3308'))).toEqual([{ kind: 'orgs', township: null }]);
    expect(ledgerChoicesFor(user(['township_staff'], '330802001'))).toEqual([
      { kind: 'community_orgs', township: 'own' },
    ]);
    expect(ledgerChoicesFor(user(['supervisor_staff'], '500235'))).toEqual([]);
  });
});

describe('the commit button', () => {
  it('stays off while checking, with errors, after the end, and for pilot codes until confirmed', () => {
    expect(commitBlock({ status: 'validating', pilotRows: null }, false)).toBe('checking');
    expect(commitBlock({ status: 'invalid', pilotRows: 0 }, true)).toBe('hasErrors');
    expect(commitBlock({ status: 'committed', pilotRows: 0 }, false)).toBe('ended');
    expect(commitBlock({ status: 'ready', pilotRows: 2 }, false)).toBe('needsOverride');
    expect(commitBlock({ status: 'ready', pilotRows: 2 }, true)).toBeNull();
    expect(commitBlock({ status: 'ready', pilotRows: 0 }, false)).toBeNull();
  });

  it('marks the step that stopped', () => {
    expect(stepOf('invalid')).toEqual({ current: 1, error: true });
    expect(stepOf('ready')).toEqual({ current: 2, error: false });
    expect(stepOf('committed')).toEqual({ current: 3, error: false });
  });
});

describe('the problem list', () => {
  const imp = {
    errors: [
      { row: 9, column: '成立日期', message: '成立日期不能晚于今天' },
      { row: 3, column: '统一社会信用代码', message: '该统一社会信用代码已在登记库中' },
      { row: 9, column: '名称', message: '请填写名称' },
    ],
    warnings: [{ row: 3, column: '住所地区', message: '行政区划代码已撤销' }],
    errorCount: 5,
  };

  it('lists problems in sheet order, errors before warnings of the same row', () => {
    expect(issueRows(imp).map((r) => `${r.row}:${r.severity}:${r.column}`)).toEqual([
      '3:error:统一社会信用代码',
      '3:warning:住所地区',
      '9:error:成立日期',
      '9:error:名称',
    ]);
  });

  it('counts problems per column, most first, and knows when the API kept only some', () => {
    expect(issuesByColumn(issueRows({ ...imp, errors: [...imp.errors, imp.errors[0]!] }))[0]).toEqual({
      column: '成立日期',
      count: 2,
    });
    expect(errorsTruncated(imp)).toBe(true);
    expect(errorsTruncated({ ...imp, errorCount: 3 })).toBe(false);
  });
});
