import type { Kysely } from 'kysely';
import {
  EVENT_CONTRACTS,
  EVENT_LABELS,
  isEventName,
  type DeliveryStatus,
  type EventName,
  type EventPayload,
  type TEventDelivery,
  type TOutboxEvent,
} from '@shezu/contracts';
import type { DB } from '../../db/schema';
import type { Clock } from '../clock';
import type { AuditService } from '../audit/audit.service';
import type { Actor, AuthUser } from '../auth/auth-user';
import { assertAuthorized, readScopeCondition } from '../auth/guard';
import { AppError, notFound } from '../errors';
import { EventContractError, type ConsumerRegistry, type EventConsumer } from './event-types';
import { OutboxRepository, type DeliveryFilter, type DeliveryRow } from './outbox.repository';

/**
 * The transactional outbox: modules publish inside their own transaction, consumers in other modules
 * subscribe by event name, and the dispatcher delivers each event to each consumer at least once.
 */
export class EventsService implements ConsumerRegistry {
  private readonly consumers = new Map<string, EventConsumer>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Registers a consumer; events published from now on get a delivery for it. */
  subscribe<N extends EventName>(consumer: EventConsumer<N>): void {
    if (this.consumers.has(consumer.name)) throw new Error(`event consumer ${consumer.name} is already registered`);
    for (const name of consumer.events) {
      if (!isEventName(name)) throw new Error(`event consumer ${consumer.name}: unknown event ${String(name)}`);
    }
    this.consumers.set(consumer.name, consumer as unknown as EventConsumer);
  }

  consumer(name: string): EventConsumer | undefined {
    return this.consumers.get(name);
  }

  consumerNames(): string[] {
    return [...this.consumers.keys()];
  }

  /**
   * Writes the event into the outbox in the caller's transaction, after checking it against its
   * contract: a rolled-back change publishes nothing, a committed one is delivered to every consumer.
   */
  async publish<N extends EventName>(
    trx: Kysely<DB>,
    event: { name: N; payload: EventPayload<N> },
    actor: Actor,
  ): Promise<number> {
    const name: string = event.name;
    if (!isEventName(name)) throw new EventContractError(name, ['未登记的事件']);
    const contract = EVENT_CONTRACTS[name];
    const parsed = contract.payload.safeParse(event.payload);
    if (!parsed.success) {
      throw new EventContractError(
        name,
        parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`),
      );
    }
    const payload = parsed.data as { regionCode: string };
    const at = this.clock.now().toISOString();
    const repo = new OutboxRepository(trx);
    const id = await repo.insertEvent({
      name,
      version: contract.version,
      regionCode: payload.regionCode,
      payload: JSON.stringify(payload),
      actorId: actor.userId,
      actorName: actor.name,
      requestId: actor.requestId,
      createdAt: at,
    });
    const listening = [...this.consumers.values()].filter((c) => c.events.includes(name)).map((c) => c.name);
    await repo.insertDeliveries(id, listening, at);
    return id;
  }

  /** Outbox events in the user's region subtree, newest first, with each consumer's delivery state. */
  async list(user: AuthUser, filter: { name?: string; beforeId?: number }, limit: number): Promise<TOutboxEvent[]> {
    const scope = readScopeCondition(user, 'events.manage', { region: 'outboxEvents.regionCode' });
    const repo = new OutboxRepository(this.db);
    const rows = await repo.listEvents(filter, scope, limit);
    const states = await repo.deliveryStates(rows.map((r) => r.id));
    return rows.map((r) => ({
      ...r,
      label: isEventName(r.name) ? EVENT_LABELS[r.name] : r.name,
      deliveries: states.filter((s) => s.eventId === r.id).map(({ eventId: _e, ...s }) => s),
    }));
  }

  async listDeliveries(user: AuthUser, filter: DeliveryFilter, limit: number): Promise<TEventDelivery[]> {
    const scope = readScopeCondition(user, 'events.manage', { region: 'e.regionCode' });
    const rows = await new OutboxRepository(this.db).listDeliveries(filter, scope, limit);
    return rows.map((r) => this.present(r));
  }

  /** An administrator sends a parked (or waiting) delivery again now, with a fresh attempt budget. */
  async retry(user: AuthUser, actor: Actor, id: number): Promise<TEventDelivery> {
    const before = await new OutboxRepository(this.db).findDelivery(id);
    if (!before) throw notFound();
    assertAuthorized(user, 'events.manage', { regionCode: before.regionCode });
    if (before.status === 'done') throw new AppError('CONFLICT', '该投递已处理完成，无需重试');
    const at = this.clock.now().toISOString();
    if (this.present(before).inProgress) throw new AppError('CONFLICT', '该投递正在处理中，请稍后再试');
    await this.db.transaction().execute(async (trx) => {
      if (!(await new OutboxRepository(trx).resetForRetry(id, before.status, at))) throw new AppError('STALE_VERSION');
      await this.audit.record(trx, actor, {
        action: 'retry',
        entity: 'event_delivery',
        entityId: id,
        regionCode: before.regionCode,
        summary: `${before.eventName} → ${before.consumer}`,
        before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
        after: { status: 'pending', attempts: 0, nextAttemptAt: at },
      });
    });
    return this.present((await new OutboxRepository(this.db).findDelivery(id))!);
  }

  private present(r: DeliveryRow): TEventDelivery {
    const { lockedUntil, ...rest } = r;
    const now = this.clock.now().toISOString();
    return { ...rest, status: r.status as DeliveryStatus, inProgress: !!lockedUntil && lockedUntil > now };
  }
}
