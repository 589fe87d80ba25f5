import type { Config } from './platform/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';

/** What `npm start` prints once the server listens: the URL, the database, the demo logins. */
export function banner(config: Config, started: number, where: string): string {
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const processes = config.workers > 1 ? `, ${config.workers} worker processes` : '';
  const lines = [
    '',
    `  社组 Shezu ${config.version} is running at ${url}  (${where}${processes}, ready in ${Date.now() - started} ms)`,
    `  API docs: ${url}/api/docs`,
  ];
  if (config.demo) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}; DEMO=false refuses to start while they keep it):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.username.padEnd(16)} ${a.displayName}`);
  }
  return lines.join('\n') + '\n';
}
