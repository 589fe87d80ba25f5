import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Todo = paths['/api/todos']['get']['responses'][200]['content']['application/json']['items'][number];

export const todoKeys = { mine: ['todos'] as const };

export const fetchTodos = () => unwrap(api.GET('/api/todos')).then((r) => r.items);
