import { useQuery } from '@tanstack/react-query';
import { fetchRegion, regionKeys } from '../regions/api';

/** A region's full name (fetched once per code and kept); the code while it loads or when unknown. */
export function RegionName({ code }: { code: string | null }) {
  const region = useQuery({
    queryKey: regionKeys.detail(code ?? ''),
    queryFn: () => fetchRegion(code!),
    enabled: !!code,
    staleTime: Infinity,
    retry: false,
  });
  if (!code) return <>—</>;
  return <>{region.data?.fullName ?? code}</>;
}
