import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { ApiError } from '../../api/errors';
import { toCreateBody, toUpdateBody, withFormFieldNames, type CommunityOrgFormValues } from './communityOrgForm';
import { communityOrgFixture } from './testFixtures';

const values = (over: Partial<CommunityOrgFormValues> = {}): CommunityOrgFormValues => ({
  name: ' 府山街道夕阳红志愿服务队 ',
  communityName: '府山社区',
  areaKind: 'urban',
  categoryCode: 'charity',
  responsibleName: '李四',
  responsibleIdNumber: '',
  responsiblePhone: ' ',
  venue: '府山社区党群服务中心二楼',
  activityArea: '府山社区',
  memberCount: 25,
  fundsYuan: '2000.10',
  filedOn: dayjs('2024-03-15'),
  charter: null,
  roster: null,
  ...over,
});

describe('community-organization form', () => {
  it('sends 元 as exact fen, the date as YYYY-MM-DD, and leaves empty personal fields out', () => {
    const body = toCreateBody(values());
    expect(body).toMatchObject({ name: '府山街道夕阳红志愿服务队', fundsFen: 200010, filedOn: '2024-03-15' });
    expect(body).not.toHaveProperty('responsibleIdNumber');
    expect(body).not.toHaveProperty('responsiblePhone');
    expect(toCreateBody(values({ responsibleIdNumber: '33080219850505123x' })).responsibleIdNumber).toBe(
      '33080219850505123X',
    );
  });

  it('changes only what differs, with the version, and files only when a new one was uploaded', () => {
    const o = communityOrgFixture({ fundsFen: 200010, version: 4 });
    expect(toUpdateBody(o, values())).toEqual({ version: 4 });
    const upload = { id: 55, name: '章程.pdf', size: 10, mime: 'application/pdf' };
    expect(toUpdateBody(o, values({ memberCount: 30, charter: upload }))).toEqual({
      memberCount: 30,
      charterFileId: 55,
      version: 4,
    });
  });

  it('puts the API’s fen and file messages on the form’s 元 and upload fields', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', '提交的内容有误', {
      fundsFen: '活动资金不能为负数',
      name: '重名',
    });
    expect((withFormFieldNames(err) as ApiError).fields).toEqual({ fundsYuan: '活动资金不能为负数', name: '重名' });
  });
});
