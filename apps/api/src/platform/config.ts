import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'SESSION_IDLE_MINUTES must be a number of minutes (空闲超时应为分钟数)' })
    .int()
    .min(1, 'SESSION_IDLE_MINUTES must be 1–1440')
    .max(1440, 'SESSION_IDLE_MINUTES must be 1–1440')
    .default(30),
  RATE_LIMIT_LOOPBACK_EXEMPT: bool('RATE_LIMIT_LOOPBACK_EXEMPT').default(false),
  TRUST_PROXY: bool('TRUST_PROXY').default(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

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
  sessionIdleMinutes: number;
  /** Benchmark switch: rate limits do not apply to requests from 127.0.0.1 / ::1. */
  rateLimitLoopbackExempt: boolean;
  trustProxy: boolean;
  dbPoolSize: number;
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
  const parsed = EnvSchema.safeParse(input);
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
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    rateLimitLoopbackExempt: e.RATE_LIMIT_LOOPBACK_EXEMPT,
    trustProxy: e.TRUST_PROXY,
    dbPoolSize: e.DB_POOL_SIZE,
    version: readVersion(),
  };
}
