import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Config } from '../config';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import { Authorities, type RegionLookup } from './authorities';
import { LocalDocumentStore, type DocumentStore } from './document-store';
import { DocumentsService } from './documents.service';
import { TemplatesService } from './templates.service';

/** Wires the documents service; the app passes the files-service store, tests may pass a plain disk store. */
export function createDocuments(
  config: Config,
  db: Kysely<DB>,
  clock: Clock,
  audit: AuditService,
  regionLookup: RegionLookup,
  store: DocumentStore = new LocalDocumentStore(path.join(config.dataDir, 'documents')),
) {
  const documentTemplates = new TemplatesService(db, clock, audit);
  const documents = new DocumentsService(
    db,
    clock,
    audit,
    documentTemplates,
    new Authorities(regionLookup),
    store,
    config.publicBaseUrl,
  );
  return { documents, documentTemplates };
}
