import { describe, expect, it } from 'vitest';
import { issueBody, issuedAsText, ownLevel, pickListQuery, selectable } from './issueLogic';

describe('bulk organization accounts', () => {
  it('lists registered organizations of the bureau’s own level', () => {
    expect(pickListQuery({ type: 'foundation' }, '500235')).toEqual({
      type: 'foundation',
      status: 'registered',
      level: 'county',
    });
    expect(ownLevel('3308')).toBe('city');
    expect(ownLevel('330802001')).toBeNull();
  });

  it('offers only organizations its bureau registered and that are still registered', () => {
    expect(selectable({ status: 'registered', authorityRegionCode: '500235' }, { regionCode: '500235' })).toBe(true);
    expect(selectable({ status: 'registered', authorityRegionCode: '50' }, { regionCode: '500235' })).toBe(false);
    expect(selectable({ status: 'revoked', authorityRegionCode: '500235' }, { regionCode: '500235' })).toBe(false);
  });

  it('sends the ticked ids, or the filters the API understands (never the name search or sort)', () => {
    expect(issueBody('selected', [7, 8], { q: '协会' })).toEqual({ orgIds: [7, 8] });
    expect(
      issueBody('filter', [7], { q: '协会', type: 'social_group', within: '500235144', sort: 'name', order: 'asc' }),
    ).toEqual({ filter: { type: 'social_group', within: '500235144' } });
  });

  it('copies the accounts as lines that paste into Excel', () => {
    const text = issuedAsText(
      [
        {
          orgId: 7,
          orgName: '甲协会',
          uscc: '51500235MJB000018U',
          username: '51500235mjb000018u',
          initialPassword: 'Ab3$xyz',
        },
      ],
      ['名称', '代码', '登录名', '初始密码'],
    );
    expect(text).toBe('名称\t代码\t登录名\t初始密码\n甲协会\t51500235MJB000018U\t51500235mjb000018u\tAb3$xyz');
  });
});
