import { SessionsRepository } from '../../auth/sessions.repository';
import type { JobDefinition } from '../job-types';

/**
 * Daily: deletes sessions that were idle beyond the timeout or past their lifetime at the slot.
 * Computing from the slot, not the wall clock, makes a catch-up run for a missed day delete what
 * that day's run would have deleted, and a repeated run delete nothing more.
 */
export function sessionsCleanupJob(idleMinutes: number): JobDefinition {
  return {
    name: 'sessions.cleanup',
    title: '清理过期登录会话',
    description: `删除空闲超过 ${idleMinutes} 分钟或超过最长有效期的登录会话`,
    schedule: { every: 'day', at: '03:00' },
    run: async (ctx) => {
      const slot = ctx.slot.toISOString();
      const idleBefore = new Date(ctx.slot.getTime() - idleMinutes * 60_000).toISOString();
      ctx.progress(0, 1);
      const deleted = await ctx.db.transaction().execute(async (trx) => {
        const n = await new SessionsRepository(trx).deleteExpired(idleBefore, slot);
        if (n > 0) {
          await ctx.audit.record(trx, ctx.actor, {
            action: 'cleanup',
            entity: 'session',
            summary: `清理过期登录会话 ${n} 个`,
            after: { deleted: n, slot, idleBefore },
          });
        }
        return n;
      });
      ctx.progress(1, 1);
      return { deleted };
    },
  };
}
