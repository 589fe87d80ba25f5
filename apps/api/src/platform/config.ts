import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const bool = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'].includes(v), {
      message: `${name} must be true or false (应为 true 或 false)`,
    })
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be an integer 1–65535 (端口应为1–65535的整数)' })
    .int('PORT must be an integer 1–65535 (端口应为1–65535的整数)')
    .min(1, 'PORT must be an integer 1–65535 (端口应为1–65535的整数)')
    .max(65535, 'PORT must be an integer 1–65535 (端口应为1–65535的整数)')
    .default(3000),
  HOST: z.string().trim().min(1, 'HOST must not be empty (监听地址不能为空)').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(ql)?:\/\/\S+$/,
      'DATABASE_URL must be postgres://user:pass@host:port/db, or unset for SQLite (应为 postgres:// 地址，不设则使用 SQLite)',
    )
    .optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters (会话密钥至少32个字符)').optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{32}$/,
      'DATA_ENCRYPTION_KEY must be 32 hex digits, a 128-bit SM4 key (数据加密密钥应为32位十六进制)',
    )
    .optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DEMO: bool('DEMO').default(true),
  DEMO_ORGS: bool('DEMO_ORGS').default(true),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'SESSION_IDLE_MINUTES must be a number of minutes (空闲超时应为分钟数)' })
    .int()
    .min(1, 'SESSION_IDLE_MINUTES must be 1–1440')
    .max(1440, 'SESSION_IDLE_MINUTES must be 1–1440')
    .default(30),
  RATE_LIMIT_LOOPBACK_EXEMPT: bool('RATE_LIMIT_LOOPBACK_EXEMPT').default(false),
  BENCH_SQL_CAPTURE: bool('BENCH_SQL_CAPTURE').default(false),
  TRUST_PROXY: bool('TRUST_PROXY').default(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  WORKERS: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(auto|[1-9]\d?)$/, 'WORKERS must be auto or an integer 1–99 (工作进程数应为 auto 或 1–99 的整数)')
    .default('1'),
  JOBS_CATCH_UP_DAYS: z.coerce
    .number({ message: 'JOBS_CATCH_UP_DAYS must be a number of days (补跑天数应为整数)' })
    .int('JOBS_CATCH_UP_DAYS must be 1–90')
    .min(1, 'JOBS_CATCH_UP_DAYS must be 1–90')
    .max(90, 'JOBS_CATCH_UP_DAYS must be 1–90')
    .default(7),
  PUBLIC_BASE_URL: z
    .url({
      protocol: /^https?$/,
      message: 'PUBLIC_BASE_URL must be an http(s) URL, e.g. https://shezu.example.gov.cn (应为 http(s) 地址)',
    })
    .optional(),
  FILE_STORAGE: z
    .enum(['local', 's3'], { message: 'FILE_STORAGE must be local or s3 (文件存储应为 local 或 s3)' })
    .default('local'),
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message: 'S3_ENDPOINT must be an http(s) URL, e.g. https://oss-cn-hangzhou.aliyuncs.com (应为 http(s) 地址)',
    })
    .optional(),
  S3_BUCKET: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be 3–63 lower-case letters, digits, dots or hyphens (存储桶名称不正确)',
    )
    .optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool('S3_FORCE_PATH_STYLE').default(false),
});

/** Checks that need several variables at once. */
const CheckedEnvSchema = EnvSchema.superRefine((e, ctx) => {
  if (e.FILE_STORAGE !== 's3') return;
  if (!e.S3_BUCKET) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_BUCKET'],
      message: 'S3_BUCKET is required when FILE_STORAGE=s3 (使用 S3 存储时必须设置存储桶)',
    });
  }
  if (!!e.S3_ACCESS_KEY_ID !== !!e.S3_SECRET_ACCESS_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: [e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (访问密钥须成对设置)',
    });
  }
});

/** Where file contents live: DATA_DIR/files, or an S3-compatible bucket. */
export type FileStorageConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      endpoint: string | undefined;
      bucket: string;
      region: string;
      forcePathStyle: boolean;
      /** Absent: the SDK's default chain (environment, instance role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
    };

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  /** 16-byte SM4 key for personal data at rest. */
  dataKey: Buffer;
  logLevel: string;
  demo: boolean;
  /** With `demo`: also seed the demo register (云阳县 492, 衢州市 3424 organizations). */
  demoOrgs: boolean;
  sessionIdleMinutes: number;
  /** Benchmark switch: rate limits do not apply to requests from 127.0.0.1 / ::1. */
  rateLimitLoopbackExempt: boolean;
  /** Benchmark switch: a request marked with x-bench-capture-sql has its SQL written to DATA_DIR/bench-sql.json. */
  benchSqlCapture: boolean;
  trustProxy: boolean;
  dbPoolSize: number;
  /** Server processes sharing the port (node:cluster); 1 = the single process of a small deployment. */
  workers: number;
  /** Scheduled slots missed during downtime are caught up for this many days back. */
  jobsCatchUpDays: number;
  /** Where the public reaches this server: QR codes on documents link to `<publicBaseUrl>/verify/<code>`. */
  publicBaseUrl: string;
  fileStorage: FileStorageConfig;
  version: string;
}

export class ConfigError extends Error {}

/** Secrets absent from the environment are generated once and kept in DATA_DIR/secrets.json (mode 600). */
function loadOrCreateSecrets(dataDir: string): { sessionSecret: string; dataKey: string } {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = { sessionSecret: randomBytes(32).toString('base64url'), dataKey: randomBytes(16).toString('hex') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = CheckedEnvSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0]);
      return `  ${key}=${JSON.stringify(env[key] ?? '')}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration (配置有误):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const needSecrets = !e.SESSION_SECRET || !e.DATA_ENCRYPTION_KEY;
  const kept = needSecrets ? loadOrCreateSecrets(dataDir) : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sessionSecret: e.SESSION_SECRET ?? kept!.sessionSecret,
    dataKey: Buffer.from(e.DATA_ENCRYPTION_KEY ?? kept!.dataKey, 'hex'),
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO,
    demoOrgs: e.DEMO_ORGS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    rateLimitLoopbackExempt: e.RATE_LIMIT_LOOPBACK_EXEMPT,
    benchSqlCapture: e.BENCH_SQL_CAPTURE,
    trustProxy: e.TRUST_PROXY,
    dbPoolSize: e.DB_POOL_SIZE,
    workers: e.WORKERS === 'auto' ? availableParallelism() : Number(e.WORKERS),
    jobsCatchUpDays: e.JOBS_CATCH_UP_DAYS,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(
      /\/+$/,
      '',
    ),
    fileStorage:
      e.FILE_STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : undefined,
          }
        : { kind: 'local' },
    version: readVersion(),
  };
}
