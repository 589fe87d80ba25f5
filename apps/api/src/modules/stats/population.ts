import type { RegionsService } from '../regions/regions.service';

/**
 * The population a per-10,000 figure divides by. A region's own figure when it has one; otherwise the
 * sum over its children, each found by the same rule, but only when every child has a figure — a partial
 * sum would understate the population and overstate the ratio, so one unknown child makes it unknown.
 * The walk stops at the first unknown child, so an empty population table costs a handful of queries.
 */
export async function populationOf(regions: RegionsService, code: string): Promise<number | null> {
  const region = await regions.find(code);
  if (!region) return null;
  return region.population ?? (region.hasChildren ? sumOfChildren(regions, code) : null);
}

async function sumOfChildren(regions: RegionsService, code: string): Promise<number | null> {
  let sum = 0;
  for (const child of await regions.children(code)) {
    const p = child.population ?? (child.hasChildren ? await sumOfChildren(regions, child.code) : null);
    if (p === null) return null;
    sum += p;
  }
  return sum;
}
