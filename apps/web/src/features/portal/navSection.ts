/** Which portal menu entry a path belongs to: organization pages are reached by searching. */
export function navSection(pathname: string): string | null {
  if (pathname === '/portal' || pathname === '/portal/') return '/portal';
  if (pathname.startsWith('/org/') || pathname.startsWith('/community-org/')) return '/portal/search';
  const sections = [
    '/portal/search',
    '/portal/announcements',
    '/portal/annual-inspections',
    '/portal/credit-listings',
    '/portal/illegal-orgs',
    '/portal/stats',
    '/portal/open-data',
    '/portal/uscc',
  ];
  return sections.find((s) => pathname === s || pathname.startsWith(s + '/')) ?? null;
}
