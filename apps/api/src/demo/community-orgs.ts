import type { DemoRegisterContext } from './seed-register';

/** 衢州市's filed community organizations (seed 002: 18 per urban, 8 per rural community). */
export const QUZHOU_COMMUNITY_ORGS = 14_400;

/**
 * Hook for the community-orgs module (issue 4 §8): it files the 14,400 community organizations of
 * 衢州市 here, through its own service, after the register is seeded (same context, own transaction).
 * Until then the demo has none.
 */
export async function seedDemoCommunityOrgs(_ctx: DemoRegisterContext): Promise<void> {}
