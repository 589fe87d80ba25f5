/** Which portal menu entry a path belongs to: organization pages are reached by searching. */
export function navSection(pathname: string): string | null {
  if (pathname === '/portal' || pathname === '/portal/') return '/portal';
  if (pathname.startsWith('/org/') || pathname.startsWith('/community-org/')) return '/portal/search';
  // The complaint form and its lookup are one entry.
  if (pathname.startsWith('/portal/complaints/')) return '/portal/complaints/new';
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
