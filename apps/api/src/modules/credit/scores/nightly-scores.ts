import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { chinaDate } from '../../../platform/clock';
import type { JobContext } from '../../../platform/jobs/job-types';
import { scoringFactsPage } from '../../orgs/scoring-facts';
import { loadChunkFacts, platformSources, scoreChunk, storeSources, writeChunk } from './score-batch';
import { ScoresRepository } from './scores.repository';

export const NIGHTLY_SCORES_JOB = 'credit.nightly-scores';
export const NIGHTLY_CHUNK = 2_000;
const WRITE_PIECE = 500;

/**
 * The nightly recompute: walks the register by id in chunks, loads each chunk's facts with a few set queries
 * (the register page, records, active listings, current scores), scores in JS and writes only the changed
 * rows, each chunk in its own short transaction so that on SQLite the API thread keeps its turn.
 * The date is the slot's China date, so a catch-up run scores the day it missed.
 */
export async function runNightlyScores(ctx: JobContext<unknown>, chunk = NIGHTLY_CHUNK) {
  const db: Kysely<DB> = ctx.db;
  const date = chinaDate(ctx.slot);
  const payload = ctx.payload as { cause?: string } | null | undefined;
  const cause = payload?.cause === 'scheme' ? 'scheme' : 'nightly';
  const scheme = await new ScoresRepository(db).currentScheme();
  const sources = await platformSources(db);
  await storeSources(db, sources, ctx.clock.now().toISOString());
  const total = Number(
    (
      await db
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  let afterId = 0;
  let done = 0;
  const counts = { scored: 0, changed: 0, levelChanges: 0, removed: 0 };
  for (;;) {
    ctx.throwIfCancelled();
    const orgs = await scoringFactsPage(db, afterId, chunk);
    if (orgs.length === 0) break;
    const set = { from: afterId, to: orgs[orgs.length - 1]!.id };
    const facts = await loadChunkFacts(db, set, date);
    const w = scoreChunk(orgs, facts, { scheme, sources, date, cause, at: ctx.clock.now().toISOString() });
    // Written in pieces of at most WRITE_PIECE rows, each its own transaction with its audit entry: on SQLite
    // the API thread's writes wait for one piece at most, never for a whole chunk.
    for (let i = 0; i < Math.max(w.upserts.length, w.deletes.length); i += WRITE_PIECE) {
      const upserts = w.upserts.slice(i, i + WRITE_PIECE);
      const ids = new Set(upserts.map((u) => u.orgId));
      const piece = {
        upserts,
        deletes: w.deletes.slice(i, i + WRITE_PIECE),
        // A history row goes with its score row.
        history: w.history.filter((h) => ids.has(h.orgId)),
      };
      await db.transaction().execute(async (trx) => {
        await writeChunk(trx, piece);
        await ctx.audit.record(trx, ctx.actor, {
          action: 'credit_scores_recomputed',
          entity: 'credit_scores',
          summary: `信用评分每日重算（${date}）：组织ID ${set.from + 1}–${set.to}，更新${piece.upserts.length}家，等级或分数变化${piece.history.length}家`,
          after: {
            date,
            schemeVersion: scheme.version,
            updated: piece.upserts.length,
            history: piece.history.length,
            removed: piece.deletes.length,
          },
        });
      });
    }
    counts.scored += orgs.filter((o) => o.status === 'registered').length;
    counts.changed += w.upserts.length;
    counts.levelChanges += w.history.length;
    counts.removed += w.deletes.length;
    afterId = set.to;
    done += orgs.length;
    ctx.progress(done, Math.max(total, done));
  }
  return { date, schemeVersion: scheme.version, ...counts };
}
