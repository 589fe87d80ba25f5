import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database';

const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  migration: z.string().nullable(),
});

export function registerSystemRoutes(app: FastifyInstance, database: Database, version: string): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/health', {
    config: { access: { public: true }, rateLimit: false },
    schema: { tags: ['system'], summary: '健康检查', response: { 200: ZHealth, 503: ZHealth } },
    handler: async (_req, reply) => {
      try {
        const row = await sql<{ name: string | null }>`select max(name) as name from kysely_migration`.execute(
          database.db,
        );
        return { status: 'ok' as const, db: database.engine, version, migration: row.rows[0]?.name ?? null };
      } catch {
        return reply.code(503).send({ status: 'degraded' as const, db: database.engine, version, migration: null });
      }
    },
  });

  r.get('/api/openapi.json', {
    config: { access: { public: true } },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}
