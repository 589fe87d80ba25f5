import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import { DeliveriesRepository, type ClaimedDelivery } from './deliveries.repository';
import type { ConsumerRegistry, DeliveredEvent } from './event-types';
import { DEFAULT_RETRY, retryDelayMs, shouldPark, type RetryPolicy } from './retry';

export interface DispatcherOptions extends RetryPolicy {
  /** Deliveries claimed per round. */
  batchSize: number;
  /** How long a claim protects a delivery; after it a crashed dispatcher's work is redelivered. */
  leaseMs: number;
  /** Real time between polls while started. */
  pollIntervalMs: number;
}

export const DISPATCHER_DEFAULTS: DispatcherOptions = {
  ...DEFAULT_RETRY,
  batchSize: 20,
  leaseMs: 5 * 60_000,
  pollIntervalMs: 2_000,
};

export interface DrainResult {
  claimed: number;
  done: number;
  /** Already processed by this consumer (the guard held): acknowledged without running the handler. */
  duplicates: number;
  retrying: number;
  failed: number;
  /** The lease ran out and another dispatcher took the delivery over. */
  lost: number;
}

interface Logger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const SILENT: Logger = { warn: () => {}, error: () => {} };
/** Parked when the attempt budget ran out in crashes rather than in handler errors. */
const TOO_MANY_INTERRUPTIONS = '处理多次中断（进程退出或超时），已停止重试';

class LeaseLost extends Error {}

function errorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.slice(0, 2000);
}

/**
 * Delivers outbox events to consumers: claims due deliveries with a lease, runs each handler in one
 * transaction with the consumption guard and the acknowledgement, and spaces failures by the retry
 * policy. Times come from the Clock; `start()` only decides how often to look.
 */
export class EventDispatcher {
  private readonly opts: DispatcherOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DrainResult> | null = null;
  private stopped = true;
  private log: Logger = SILENT;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly registry: ConsumerRegistry,
    opts: Partial<DispatcherOptions> = {},
  ) {
    this.opts = { ...DISPATCHER_DEFAULTS, ...opts };
  }

  /** Polls until `stop()`; a failing poll is logged and the next one tries again. */
  start(logger?: Logger): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (logger) this.log = logger;
    const tick = async () => {
      try {
        await this.drain();
      } catch (e) {
        this.log.error({ err: e }, 'event dispatcher poll failed');
      }
      if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollIntervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops polling and waits for the round in progress, so shutdown never cuts a handler short. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Delivers everything due now; one round at a time per dispatcher. */
  async drain(): Promise<DrainResult> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.drainAll();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async drainAll(): Promise<DrainResult> {
    const total: DrainResult = { claimed: 0, done: 0, duplicates: 0, retrying: 0, failed: 0, lost: 0 };
    // Every claimed delivery ends done, parked or due later, so rounds run out; the bound is a safety net.
    for (let round = 0; round < 10_000; round++) {
      const now = this.clock.now();
      const batch = await new DeliveriesRepository(this.db).claim(
        this.registry.consumerNames(),
        now.toISOString(),
        new Date(now.getTime() + this.opts.leaseMs).toISOString(),
        randomUUID(),
        this.opts.batchSize,
      );
      if (batch.length === 0) break;
      total.claimed += batch.length;
      const events = await new DeliveriesRepository(this.db).events(batch.map((d) => d.eventId));
      for (const d of batch) {
        const row = events.get(d.eventId);
        const { requestId: _r, ...event } = row ?? { requestId: null };
        total[await this.deliver(d, row ? (event as DeliveredEvent) : undefined)]++;
      }
    }
    return total;
  }

  private async deliver(d: ClaimedDelivery, event: DeliveredEvent | undefined): Promise<keyof DrainResult> {
    const consumer = this.registry.consumer(d.consumer);
    if (!consumer || !event) return this.failed(d, new Error('consumer or event missing'));
    if (d.attempts > this.opts.maxAttempts) return this.failed(d, new Error(TOO_MANY_INTERRUPTIONS), true);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const at = this.clock.now().toISOString();
        const repo = new DeliveriesRepository(trx);
        if (!(await repo.acknowledge(d, at))) throw new LeaseLost();
        if (!(await repo.guard(d.consumer, d.eventId, at))) return 'duplicates' as const;
        await consumer.handle(event, trx);
        return 'done' as const;
      });
    } catch (e) {
      if (e instanceof LeaseLost) return 'lost';
      return this.failed(d, e);
    }
  }

  private async failed(d: ClaimedDelivery, e: unknown, forcePark = false): Promise<keyof DrainResult> {
    const park = forcePark || shouldPark(d.attempts, this.opts);
    const now = this.clock.now().getTime();
    const next = new Date(park ? now : now + retryDelayMs(d.attempts, this.opts)).toISOString();
    const message = forcePark && e instanceof Error ? e.message : errorText(e);
    const kept = await new DeliveriesRepository(this.db).fail(d, message, park, next);
    this.log.warn(
      { err: e, deliveryId: d.id, eventId: d.eventId, consumer: d.consumer, attempts: d.attempts, park },
      park ? 'event delivery parked as failed' : 'event delivery failed, will retry',
    );
    if (!kept) return 'lost';
    return park ? 'failed' : 'retrying';
  }
}
