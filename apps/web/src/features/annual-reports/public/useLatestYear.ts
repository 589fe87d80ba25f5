import { useQuery } from '@tanstack/react-query';
import { chinaDateString } from '../../../lib/format';
import { annualReportKeys, fetchPublicInspections } from '../api';

/** Report years shown in the picker: last year back to this many years. */
export const YEARS_BACK = 10;
/** How many recent years are tried for the default (the API has no list of years with results). */
const PROBE_YEARS = 3;

/** Last year's reports are inspected this year: the newest report year is the current China year − 1. */
export const latestReportYear = () => Number(chinaDateString(new Date()).slice(0, 4)) - 1;

/** The newest report year with any published conclusion, else last year. */
export function useLatestYearWithResults(enabled: boolean) {
  return useQuery({
    queryKey: [...annualReportKeys.publicList({ year: 0 }), 'latest'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const newest = latestReportYear();
      for (let year = newest; year > newest - PROBE_YEARS; year--) {
        const page = await fetchPublicInspections({ year }, undefined, 1);
        if (page.items.length > 0) return year;
      }
      return newest;
    },
  });
}
