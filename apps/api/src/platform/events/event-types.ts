import type { Kysely } from 'kysely';
import type { EventName, EventPayload } from '@shezu/contracts';
import type { DB } from '../../db/schema';

/** An event as a consumer receives it; `name` narrows `payload`. */
export type DeliveredEvent<N extends EventName = EventName> = N extends EventName
  ? {
      id: number;
      name: N;
      version: number;
      regionCode: string;
      payload: EventPayload<N>;
      actorId: number | null;
      actorName: string;
      createdAt: string;
    }
  : never;

/**
 * A consumer in another module. `handle` runs in the transaction that also records the delivery as
 * processed, so its writes and the acknowledgement commit together or not at all. It may run more than
 * once for one event only if an earlier run rolled back.
 */
export interface EventConsumer<N extends EventName = EventName> {
  /** Stable name: deliveries and the consumption guard are keyed by it. */
  name: string;
  events: readonly N[];
  handle(event: DeliveredEvent<N>, trx: Kysely<DB>): Promise<void>;
}

/** Where the dispatcher finds handlers and the publisher finds who listens. */
export interface ConsumerRegistry {
  consumer(name: string): EventConsumer | undefined;
  consumerNames(): string[];
}

/** A payload that does not match its contract: a bug in the publishing module, never user input. */
export class EventContractError extends Error {
  constructor(
    readonly eventName: string,
    readonly issues: string[],
  ) {
    super(`事件 ${eventName} 的内容不符合约定：${issues.join('；')}`);
    this.name = 'EventContractError';
  }
}
