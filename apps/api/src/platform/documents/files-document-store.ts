import { buffer } from 'node:stream/consumers';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { authorize } from '../auth/authorize';
import { MB } from '../files/purposes';
import type { FileService } from '../files/files.service';
import type { DocumentFileMeta, DocumentStore } from './document-store';

export const DOCUMENT_FILE_PURPOSE = 'document';

/**
 * Generated documents kept by the files service: one `files` row per PDF/DOCX, owned by its document,
 * written in the issuing transaction (so a rolled-back issue leaves no record), checksummed on read.
 * References are `file:<id>`; `local:` references of the earlier disk store are still read through it.
 */
export class FilesDocumentStore implements DocumentStore {
  constructor(
    private readonly files: FileService,
    private readonly legacy: DocumentStore,
  ) {
    files.purposes.register({
      name: DOCUMENT_FILE_PURPOSE,
      label: '公文',
      types: ['pdf', 'docx'],
      maxBytes: 20 * MB,
      uploadPermission: null,
      canRead: (user, _owner, file) =>
        file.regionCode !== null && authorize(user, 'documents.read', { regionCode: file.regionCode }).allowed,
    });
  }

  async put(trx: Kysely<DB>, _name: string, bytes: Buffer, meta: DocumentFileMeta): Promise<string> {
    const rec = await this.files.store({
      purpose: DOCUMENT_FILE_PURPOSE,
      name: meta.downloadName,
      body: bytes,
      owner: meta.owner,
      actor: meta.actor,
      regionCode: meta.regionCode,
      trx,
    });
    return `file:${rec.id}`;
  }

  async get(fileRef: string): Promise<Buffer> {
    if (!fileRef.startsWith('file:')) return this.legacy.get(fileRef);
    const { stream } = await this.files.open(Number(fileRef.slice(5)));
    return buffer(stream);
  }

  async discard(fileRef: string): Promise<void> {
    // A `file:` record rolls back with the issuing transaction; only legacy disk files need removing.
    if (!fileRef.startsWith('file:')) await this.legacy.discard(fileRef);
  }
}
