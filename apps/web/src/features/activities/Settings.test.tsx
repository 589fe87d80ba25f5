import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { TOrg } from '@shezu/contracts';
import { mockApi } from '../../test/fetchMock';
import { renderApp } from '../../test/render';
import OrgActivitiesTab from './OrgActivitiesTab';
import { toSettings, toValues } from './SettingsPage';

const settings = {
  regionCode: '500235',
  approvalKinds: { forum_award: 30, large_gathering: 20 },
  reviewBeforePublish: true,
  majorMatterDays: 15,
  version: 3,
};

describe('activity settings', () => {
  it('turns the form back into the input: only ticked kinds, their days, the version loaded', () => {
    const values = toValues(settings);
    expect(values.kinds.forum_award).toEqual({ on: true, days: 30 });
    expect(values.kinds.training.on).toBe(false);
    values.kinds.training = { on: true, days: 7 };
    values.kinds.forum_award.on = false;
    expect(toSettings({ ...values, reviewBeforePublish: false }, settings)).toEqual({
      version: 3,
      approvalKinds: { training: 7, large_gathering: 20 },
      reviewBeforePublish: false,
      majorMatterDays: 15,
    });
  });
});

describe('the 活动 tab of the organization page', () => {
  it('lists that organization’s activities only, and says so when there are none', async () => {
    const api = mockApi({ 'GET /api/activities': { body: { items: [], nextCursor: null } } });
    renderApp(<OrgActivitiesTab org={{ id: 42 } as TOrg} />);
    expect(await screen.findByText('该组织还没有活动')).toBeInTheDocument();
    expect(api.calls[0]?.search.get('orgId')).toBe('42');
  });
});
