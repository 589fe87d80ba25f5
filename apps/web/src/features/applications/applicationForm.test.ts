import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { ZEstablishmentData } from '@shezu/contracts';
import { visibleFields } from './dataFields';
import {
  formPathOf,
  formValuesOf,
  maskedOf,
  toApplicationData,
  toAttachmentRefs,
  yuanTextToFen,
  type ApplicationFormValues,
} from './applicationForm';

describe('money typed in 元, sent in fen', () => {
  it('converts exactly, without binary fractions', () => {
    expect(yuanTextToFen('30000')).toBe(3_000_000);
    expect(yuanTextToFen('19.99')).toBe(1999);
    expect(yuanTextToFen('0.1')).toBe(10);
    expect(yuanTextToFen(' 1234567.05 ')).toBe(123_456_705);
  });

  it('gives null for empty or malformed amounts', () => {
    expect(yuanTextToFen('')).toBeNull();
    expect(yuanTextToFen(null)).toBeNull();
    expect(yuanTextToFen('1.234')).toBeNull();
    expect(yuanTextToFen('-5')).toBeNull();
    expect(yuanTextToFen('3万')).toBeNull();
  });
});

const establishment: ApplicationFormValues = {
  authorityRegionCode: '500235',
  name: ' 云阳县摄影家协会 ',
  type: 'social_group',
  categoryCode: 'culture',
  supervisorUnitId: 3,
  regionCode: '500235001',
  address: '重庆市云阳县双江街道滨江大道88号',
  legalRepName: '林明伟',
  legalRepIdNumber: '11010519491231002x',
  legalRepPhone: '',
  businessScope: '摄影交流、培训',
  registeredFundsYuan: '30000.50',
  memberCount: 60,
  unitMemberCount: undefined,
  publicFundraising: true,
  contactPhone: '023-55561234',
  website: '',
};

describe('form state → application data', () => {
  it('builds the establishment form the contract accepts, money in fen', () => {
    const data = toApplicationData('establishment', establishment);
    expect(data).toMatchObject({
      name: '云阳县摄影家协会',
      registeredFundsFen: 3_000_050,
      memberCount: 60,
      unitMemberCount: null,
      supervisorUnitId: 3,
      legalRepIdNumber: '11010519491231002X',
      // Only foundations raise funds publicly.
      publicFundraising: false,
    });
    expect(data).not.toHaveProperty('legalRepPhone');
    expect(data).not.toHaveProperty('website');
    expect(data).not.toHaveProperty('staffCount');
    expect(ZEstablishmentData.safeParse(data).success).toBe(true);
  });

  it('sends a direct registration without supervising unit as null, and keeps a foundation’s fundraising', () => {
    const data = toApplicationData('establishment', {
      ...establishment,
      type: 'foundation',
      supervisorUnitId: undefined,
    });
    expect(data.supervisorUnitId).toBeNull();
    expect(data.publicFundraising).toBe(true);
  });

  it('fixes a preparation to a social group', () => {
    expect(toApplicationData('preparation', { ...establishment, type: 'foundation' }).type).toBe('social_group');
  });

  it('sends only the change fields picked, with the reason', () => {
    const values: ApplicationFormValues = {
      changeFields: ['address', 'registeredFundsFen'],
      name: '不应发送的名称',
      address: '重庆市云阳县青龙街道1号',
      registeredFundsYuan: '50000',
      reason: '办公地点搬迁，增加活动资金',
    };
    expect(toApplicationData('change', values)).toEqual({
      address: '重庆市云阳县青龙街道1号',
      registeredFundsFen: 5_000_000,
      reason: '办公地点搬迁，增加活动资金',
    });
  });

  it('formats dates as the API wants them', () => {
    const data = toApplicationData('responsible_person', {
      personName: '王芳',
      position: '秘书长',
      termStart: dayjs('2026-03-01'),
      termEnd: null,
    });
    expect(data).toEqual({ personName: '王芳', position: '秘书长', termStart: '2026-03-01' });
  });

  it('keeps only complete attachment rows', () => {
    expect(
      toAttachmentRefs([
        { role: 'charter', file: { id: 5, name: 'a.pdf', size: 1, mime: 'application/pdf' } },
        { role: 'other', file: null },
        { file: { id: 6, name: 'b.pdf', size: 1, mime: 'application/pdf' } },
      ]),
    ).toEqual([{ fileId: 5, role: 'charter' }]);
  });
});

describe('saved application → form state', () => {
  it('shows fen as 元 text and keeps personal data out of the inputs', () => {
    const values = formValuesOf({
      kind: 'establishment',
      data: { name: '协会', registeredFundsFen: 3_000_050, legalRepIdNumber: '110***********002X', memberCount: 60 },
      attachments: [{ fileId: 9, role: 'charter', name: '章程.pdf', mime: 'application/pdf', size: 10 }],
    });
    expect(values.registeredFundsYuan).toBe('30000.50');
    expect(values).not.toHaveProperty('legalRepIdNumber');
    expect(values.memberCount).toBe(60);
    expect(values.attachments).toEqual([
      { role: 'charter', file: { id: 9, name: '章程.pdf', size: 10, mime: 'application/pdf' } },
    ]);
    expect(maskedOf({ legalRepIdNumber: '110***********002X', legalRepPhone: null })).toEqual({
      legalRepIdNumber: '110***********002X',
    });
  });

  it('picks the change fields from what the saved change holds', () => {
    const values = formValuesOf({
      kind: 'change',
      data: { name: '新名称', legalRepPhone: '138****0000', reason: '更名' },
      attachments: [],
    });
    expect(values.changeFields).toEqual(['name', 'legalRepPhone']);
    expect(visibleFields('change', { name: '新名称', reason: '更名' })).toEqual(['name', 'reason']);
  });
});

describe('API field paths → form fields', () => {
  it('maps data fields, money, attachments and the empty change', () => {
    expect(formPathOf('data.registeredFundsFen', 'establishment')).toEqual(['registeredFundsYuan']);
    expect(formPathOf('data.memberCount', 'establishment')).toEqual(['memberCount']);
    expect(formPathOf('attachments', 'charter')).toEqual(['attachments']);
    expect(formPathOf('attachments.2.fileId', 'charter')).toEqual(['attachments', 2, 'file']);
    expect(formPathOf('data', 'change')).toEqual(['changeFields']);
    expect(formPathOf('data.orgId', 'change')).toBeNull();
    expect(formPathOf('orgId', 'change')).toBeNull();
  });
});
