import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { chinaDate, type Clock } from '../../platform/clock';
import type { AuthUser } from '../../platform/auth/auth-user';
import { TodosRepository, type OpenTodo } from './todos.repository';

export class TodosService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  async mine(user: AuthUser): Promise<(OpenTodo & { overdue: boolean })[]> {
    const today = chinaDate(this.clock.now());
    const rows = await new TodosRepository(this.db).openFor(user.id, user.unitId, 200);
    return rows.map((t) => ({ ...t, overdue: !!t.dueDate && t.dueDate < today }));
  }
}
