/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary directory, start on a
 * free loopback port, stop and delete afterwards. postgres refuses to run as root, so as root the
 * binaries run through `runuser -u postgres`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PgCluster {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  urlFor(database: string): string;
  stop(): void;
}

/** Directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPgBin(): string | null {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0]!, 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const out = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error('running as root but there is no postgres user to run the server as');
  return { uid: Number(out.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * `dir`: keep the cluster in this directory across runs (a benchmark's cached dataset): initdb only
 * when it is new, stop cleanly and leave it in place. Without it, a temporary cluster is deleted on stop.
 */
export async function startPgCluster(
  opts: { bin?: string; log?: (s: string) => void; dir?: string } = {},
): Promise<PgCluster> {
  const bin = opts.bin ?? findPgBin();
  if (!bin) throw new Error('PostgreSQL binaries not found (looked in /usr/lib/postgresql/*/bin and $PG_BIN)');
  const keep = !!opts.dir;
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });
  const dir = opts.dir ?? mkdtempSync(path.join(os.tmpdir(), 'shezu-pg-'));
  const owner = postgresUser();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (cmd: string, args: string[]) => {
    const full = path.join(bin, cmd);
    const [file, argv] = owner ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const data = path.join(dir, 'data');
  if (!keep || !existsSync(path.join(data, 'PG_VERSION'))) {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  }
  const port = await freePort();
  // A Unix socket path is at most 107 bytes: a long cached dataset's directory gets a short one beside.
  let sockets = dir;
  if (path.join(dir, `.s.PGSQL.${port}`).length > 100) {
    sockets = mkdtempSync(path.join(os.tmpdir(), 'shezu-pgs-'));
    if (owner) chownSync(sockets, owner.uid, owner.gid);
  }
  const settings = [
    `-p ${port}`,
    `-k ${sockets}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=256MB',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-w', '-l', path.join(dir, 'server.log'), '-o', settings, 'start']);
  opts.log?.(`PostgreSQL started on 127.0.0.1:${port} (${dir})`);
  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    port,
    urlFor,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', keep ? 'fast' : 'immediate', '-w', 'stop']);
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
        if (sockets !== dir) rmSync(sockets, { recursive: true, force: true });
      }
    },
  };
}
