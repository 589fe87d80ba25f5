import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import type { TMe } from '@shezu/contracts';
import { Providers } from '../app/Providers';
import type { Lang } from '../lib/i18n';

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Shows the router's current location so tests can assert redirects. */
export function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export function renderApp(ui: ReactElement, { route = '/', lang = 'zh-CN' as Lang } = {}) {
  const queryClient = testQueryClient();
  const result = render(
    <MemoryRouter initialEntries={[route]}>
      <Providers queryClient={queryClient} initialLang={lang}>
        {ui}
        <LocationProbe />
      </Providers>
    </MemoryRouter>,
  );
  return { ...result, queryClient };
}

export const meFixture = (over: Partial<TMe> = {}): TMe => ({
  id: 2,
  username: 'yy-clerk',
  displayName: '云阳县民政局登记员',
  roles: ['authority_staff'],
  permissions: ['account.self', 'audit.read', 'regions.read', 'todos.read', 'units.read', 'users.read'],
  regionCode: '500235',
  regionName: '重庆市云阳县',
  unitId: 1,
  unitName: '云阳县民政局',
  orgId: null,
  mustChangePassword: false,
  csrfToken: 'csrf-token',
  idleTimeoutMinutes: 30,
  ...over,
});
