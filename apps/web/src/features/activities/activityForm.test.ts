import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { approvalHint, fromDetail, toInput, validate, type ActivityFormValues } from './activityForm';
import { groupByDay } from '../../lib/calendarGrouping';
import { detailFixture } from './testFixtures';

const filled: ActivityFormValues = {
  title: ' 敬老院义诊 ',
  kind: 'public_welfare',
  startsOn: dayjs('2026-05-10'),
  endsOn: dayjs('2026-05-11'),
  place: '云阳县敬老院',
  expectedParticipants: 40,
  budgetYuan: '1234.5',
  partners: [{ name: '县人民医院', role: '医生' }, { name: '  ' }],
  description: '为老人义诊',
};

describe('the activity form values', () => {
  it('converts 元 to integer fen exactly and drops empty partner rows', () => {
    const input = toInput(filled);
    expect(input).toMatchObject({
      title: '敬老院义诊',
      startsOn: '2026-05-10',
      endsOn: '2026-05-11',
      budgetFen: 123450,
    });
    expect(input.partners).toEqual([{ name: '县人民医院', role: '医生' }]);
    expect(toInput({ ...filled, budgetYuan: '19.99' }).budgetFen).toBe(1999);
    expect(toInput({ ...filled, budgetYuan: '0.1' }).budgetFen).toBe(10);
    expect(validate(toInput(filled))).toEqual({});
  });

  it('says in Chinese what is missing or wrong, by field', () => {
    const errors = validate(toInput({ partners: [] }));
    expect(errors.title).toBe('请填写活动名称');
    expect(errors.kind).toBe('请选择活动类型');
    expect(errors.startsOn).toBe('请选择开始日期');
    expect(errors.place).toBe('请填写活动地点');
    expect(errors.expectedParticipants).toBe('请填写预计参加人数');
    expect(errors.budgetYuan).toBe('请填写预算');
    expect(errors.description).toBe('请填写活动内容');
    const backwards = validate(toInput({ ...filled, endsOn: dayjs('2026-05-01') }));
    expect(backwards).toEqual({ endsOn: '结束日期不能早于开始日期' });
  });

  it('reads a saved activity back with the budget as exact 元 text', () => {
    const values = fromDetail(detailFixture({ budgetFen: 100005 }));
    expect(values.budgetYuan).toBe('1000.05');
    expect(toInput(values).budgetFen).toBe(100005);
  });

  it('tells which kinds need approval and by which day', () => {
    expect(approvalHint('public_welfare', '2026-05-10', '2026-04-01')).toBeNull();
    expect(approvalHint('large_gathering', '2026-05-10', '2026-04-01')).toEqual({
      days: 20,
      dueOn: '2026-04-20',
      late: false,
    });
    expect(approvalHint('forum_award', '2026-05-10', '2026-04-15')).toMatchObject({ dueOn: '2026-04-10', late: true });
    expect(approvalHint('training', null, '2026-04-01', { training: 7 })).toEqual({
      days: 7,
      dueOn: null,
      late: false,
    });
  });
});

describe('the calendar', () => {
  const a = (id: number, startsOn: string, endsOn: string) => ({ id, startsOn, endsOn, title: `活动${id}` });

  it('lists an activity on each of its days, clipped to the month, earlier starts first', () => {
    const days = groupByDay(
      [a(3, '2026-05-02', '2026-05-02'), a(1, '2026-04-29', '2026-05-03'), a(2, '2026-05-31', '2026-06-02')],
      '2026-05',
    );
    expect([...days.keys()].sort()).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-31']);
    expect(days.get('2026-05-02')?.map((x) => x.id)).toEqual([1, 3]);
    expect(days.get('2026-05-31')?.map((x) => x.id)).toEqual([2]);
    expect(days.has('2026-04-30')).toBe(false);
  });
});
