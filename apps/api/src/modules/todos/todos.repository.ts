import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface OpenTodo {
  id: number;
  kind: string;
  title: string;
  link: string | null;
  dueDate: string | null;
  priority: number;
  createdAt: string;
}

export class TodosRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Open items addressed to the user or to the user's unit, most urgent first. */
  async openFor(userId: number, unitId: number | null, limit: number): Promise<OpenTodo[]> {
    return this.db
      .selectFrom('todos')
      .select(['id', 'kind', 'title', 'link', 'dueDate', 'priority', 'createdAt'])
      .where('doneAt', 'is', null)
      .where((eb) =>
        unitId ? eb.or([eb('userId', '=', userId), eb('unitId', '=', unitId)]) : eb('userId', '=', userId),
      )
      .orderBy('priority', 'desc')
      .orderBy('dueDate')
      .limit(limit)
      .execute();
  }
}
