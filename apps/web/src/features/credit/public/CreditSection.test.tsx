import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { mockApi } from '../../../test/fetchMock';
import { renderApp } from '../../../test/render';
import { publicListingFixture } from '../testFixtures';
import { CreditSection } from './CreditSection';

describe('信用信息 on the public org page', () => {
  it('shows the current listing with its ground, basis, date and authority, and removed ones as history', async () => {
    const current = publicListingFixture({
      id: 12,
      listedOn: '2026-05-06',
      grounds: [
        {
          ground: 'minor_penalty',
          item: 5,
          label: '受到警告或者不满5万元罚款处罚',
          basis: '《社会组织信用信息管理办法》（民政部令第60号）列入活动异常名录情形（五）',
          occurredOn: '2026-05-06',
        },
      ],
    });
    const past = publicListingFixture({
      id: 11,
      status: 'removed',
      removedOn: '2026-04-10',
      removalReason: 'application',
    });
    mockApi({
      'GET /api/public/orgs/51500235MJB000018U/credit': {
        body: {
          org: { name: '云阳县建筑业协会', uscc: '51500235MJB000018U', orgType: 'social_group' },
          listings: [current, past],
        },
      },
    });
    renderApp(<CreditSection uscc="51500235MJB000018U" />);
    const now = await screen.findByTestId('public-credit-12');
    expect(now).toHaveTextContent('活动异常名录');
    expect(now).toHaveTextContent('受到警告或者不满5万元罚款处罚');
    expect(now).toHaveTextContent('列入活动异常名录情形（五）');
    expect(now).toHaveTextContent('2026年5月6日列入');
    expect(now).toHaveTextContent('作出决定机关：云阳县民政局');
    const history = screen.getByTestId('portal-org-credit-history');
    const removed = within(history).getByTestId('public-credit-11');
    expect(removed).toHaveAttribute('data-status', 'removed');
    expect(within(removed).getByTestId('credit-removal')).toHaveTextContent(
      '2026年4月10日移出 · 履行义务或完成整改，申请移出',
    );
    expect(removed).toHaveTextContent('未按照规定时限和要求向登记管理机关报送年度工作报告');
  });

  it('says the organization is on neither list when it never was', async () => {
    mockApi({
      'GET /api/public/orgs/51500235MJB000018U/credit': {
        body: { org: { name: '云阳县建筑业协会', uscc: '51500235MJB000018U', orgType: 'social_group' }, listings: [] },
      },
    });
    renderApp(<CreditSection uscc="51500235MJB000018U" />);
    expect(await screen.findByTestId('portal-org-credit-clear')).toHaveTextContent('未被列入');
    expect(screen.queryByTestId('portal-org-credit-history')).toBeNull();
  });
});
