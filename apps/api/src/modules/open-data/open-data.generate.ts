import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileService } from '../../platform/files/files.service';
import type { JobContext } from '../../platform/jobs/job-types';
import { putSetting } from '../../platform/settings';
import { CategoriesService } from '../orgs/categories.service';
import { PublicOrgsQuery } from '../orgs/public/public-orgs.query';
import { CommunityOrgsSource } from '../portal/community-orgs.source';
import { COMMUNITY_ORGS_DATASET, ORGS_DATASET, dictionary } from './datasets';
import { writeDataset, writeJson, type WrittenFile } from './dump-writer';
import { OPEN_DATA_PURPOSE } from './open-data.purpose';
import { OPEN_DATA_CHECKED, OpenDataRepository } from './open-data.repository';

const PAGE = 1000;

/**
 * Writes the public register (CSV, JSON Lines, dictionary) page by page into a temporary directory, then
 * publishes it — the same code on the main thread and in a worker thread, on the context's connection.
 */
export async function generateOpenData(
  ctx: JobContext<unknown>,
  env: { files: FileService; tmpRoot: string; partBytes: number },
) {
  await mkdir(env.tmpRoot, { recursive: true });
  const dir = await mkdtemp(path.join(env.tmpRoot, 'open-data-'));
  try {
    const orgs = new PublicOrgsQuery(ctx.db, new CategoriesService(ctx.db, ctx.clock, ctx.audit));
    const community = new CommunityOrgsSource(ctx.db);
    let done = 0;
    const opts = (base: number) => ({
      maxBytes: env.partBytes,
      throwIfCancelled: () => ctx.throwIfCancelled(),
      onRows: (n: number) => ctx.progress((done = base + n)),
    });
    const written = await writeDataset(dir, ORGS_DATASET, (after) => orgs.dumpPage(after, PAGE), opts(0));
    written.push(
      ...(await writeDataset(dir, COMMUNITY_ORGS_DATASET, (after) => community.dumpPage(after, PAGE), opts(done))),
    );
    written.push(await writeJson(dir, 'dictionary', dictionary()));
    // An empty dataset's JSON Lines file has no bytes at all (its CSV still has the header): not offered.
    return await publish(
      ctx,
      env.files,
      written.filter((w) => w.bytes > 0),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rowsOf = (written: WrittenFile[], dataset: WrittenFile['dataset']) =>
  written.filter((w) => w.dataset === dataset && w.format === 'csv').reduce((n, w) => n + w.rows, 0);

/** Stores the files and makes them current in one short transaction; an identical dump only records the check. */
async function publish(ctx: JobContext<unknown>, files: FileService, written: WrittenFile[]) {
  const db = ctx.db;
  const at = ctx.clock.now().toISOString();
  const counts = { orgs: rowsOf(written, 'orgs'), communityOrgs: rowsOf(written, 'community_orgs') };
  const current = await new OpenDataRepository(db).current();
  const same =
    current.length === written.length &&
    written.every((w) => current.some((c) => c.name === w.name && c.sha256 === w.sha256));
  if (same) {
    await putSetting(db, OPEN_DATA_CHECKED, at, at);
    return { ...counts, files: written.length, unchanged: true };
  }
  const stored: (WrittenFile & { fileId: number })[] = [];
  for (const w of written) {
    ctx.throwIfCancelled();
    const record = await files.store({
      purpose: OPEN_DATA_PURPOSE,
      name: w.format === 'csv' ? w.name : `${w.name}.txt`,
      body: createReadStream(w.path),
      owner: { type: 'open_data', id: w.name },
      actor: ctx.actor,
      regionCode: null,
    });
    stored.push({ ...w, fileId: record.id });
  }
  await db.transaction().execute(async (trx) => {
    await new OpenDataRepository(trx).replaceCurrent(stored, at);
    await putSetting(trx, OPEN_DATA_CHECKED, at, at);
    await ctx.audit.record(trx, ctx.actor, {
      action: 'publish',
      entity: 'open_data',
      regionCode: null,
      summary: `开放数据：社会组织 ${counts.orgs} 条，社区社会组织 ${counts.communityOrgs} 条，${stored.length} 个文件`,
      after: {
        files: stored.map((s) => ({ name: s.name, rows: s.rows, bytes: s.bytes, sha256: s.sha256, fileId: s.fileId })),
      },
    });
  });
  return { ...counts, files: stored.length, unchanged: false };
}
