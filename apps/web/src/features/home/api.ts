import { BACKGROUND, api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Todo = paths['/api/todos']['get']['responses'][200]['content']['application/json']['items'][number];
export type TodoCounts = paths['/api/todos/counts']['get']['responses'][200]['content']['application/json'];

export interface TodoFilter {
  kind?: string;
  overdue?: boolean;
}

export const todoKeys = {
  all: ['todos'] as const,
  list: (filter: TodoFilter) => ['todos', 'list', filter] as const,
  counts: ['todos', 'counts'] as const,
};

export const fetchTodos = (filter: TodoFilter = {}) =>
  unwrap(
    api.GET('/api/todos', {
      params: { query: { kind: filter.kind || undefined, overdue: filter.overdue ? 'true' : undefined } },
    }),
  ).then((r) => r.items);

/** Badge refreshes are background requests: they must not keep an idle session alive. */
export const fetchTodoCounts = (): Promise<TodoCounts> => unwrap(api.GET('/api/todos/counts', { headers: BACKGROUND }));
