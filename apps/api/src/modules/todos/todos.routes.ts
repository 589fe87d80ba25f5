import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userOf } from '../../platform/http';
import type { TodosService } from './todos.service';

const ZTodo = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  dueDate: z.string().nullable(),
  priority: z.number().int(),
  overdue: z.boolean(),
  createdAt: z.string(),
});

/** The signed-in user's open to-dos (their own and their unit's); modules add items as they arrive. */
export function registerTodoRoutes(app: FastifyInstance, todos: TodosService): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/todos', {
    config: { access: { permission: 'todos.read' } },
    schema: { tags: ['todos'], summary: '我的待办', response: { 200: z.object({ items: z.array(ZTodo) }) } },
    handler: async (req) => ({ items: await todos.mine(userOf(req)) }),
  });
}
