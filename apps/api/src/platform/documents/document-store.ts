import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Actor } from '../auth/auth-user';
import { randomToken } from '../crypto';

export interface DocumentFileMeta {
  contentType: string;
  /** SM3 of the bytes (hex). */
  checksum: string;
  /** The record the file belongs to. */
  owner: { type: 'document'; id: string };
  regionCode: string;
  /** Who issued it (a store that audits its writes records them under this actor). */
  actor: Actor;
  /** The name offered on download. */
  downloadName: string;
}

/**
 * Where generated documents are kept. `put` runs inside the issuing transaction, so a store that keeps
 * its index in the database (the files service) rolls back with the document; the reference it returns
 * is opaque to everyone else.
 */
export interface DocumentStore {
  put(trx: Kysely<DB>, name: string, bytes: Buffer, meta: DocumentFileMeta): Promise<string>;
  get(fileRef: string): Promise<Buffer>;
  /** Best effort: removes what an issue that rolled back left behind outside the database. */
  discard(fileRef: string): Promise<void>;
}

const REF = /^local:(\d{4})\/([A-Za-z0-9_-]+\.(?:pdf|docx))$/;

/** Files under DATA_DIR/documents/<year>/, named by the document's unguessable verification code. */
export class LocalDocumentStore implements DocumentStore {
  constructor(private readonly dir: string) {}

  async put(_trx: Kysely<DB>, name: string, bytes: Buffer): Promise<string> {
    const ref = `local:${name}`;
    const target = this.pathOf(ref);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const tmp = `${target}.${randomToken(6)}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o640 });
    await rename(tmp, target);
    return ref;
  }

  get(fileRef: string): Promise<Buffer> {
    return readFile(this.pathOf(fileRef));
  }

  async discard(fileRef: string): Promise<void> {
    await rm(this.pathOf(fileRef), { force: true });
  }

  private pathOf(fileRef: string): string {
    const m = REF.exec(fileRef);
    if (!m) throw new Error(`not a local document reference: ${fileRef}`);
    return path.join(this.dir, m[1]!, m[2]!);
  }
}
