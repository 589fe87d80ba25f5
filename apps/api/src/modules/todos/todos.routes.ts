import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZTodo, ZTodoCounts } from '@shezu/contracts';
import { userOf } from '../../platform/http';
import type { TodosService } from './todos.service';

const ZBool = z
  .enum(['true', 'false'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true')
  .optional();

/** The signed-in user's open to-dos; modules add and close items inside their own transactions. */
export function registerTodoRoutes(app: FastifyInstance, todos: TodosService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/todos', {
    config: { access: { permission: 'todos.read' } },
    schema: {
      tags: ['todos'],
      summary: '我的待办（本人、本单位、本组织及本地区本角色）',
      querystring: z.object({ kind: z.string().trim().min(1).max(50).optional(), overdue: ZBool }),
      response: { 200: z.object({ items: z.array(ZTodo) }) },
    },
    handler: async (req) => ({ items: await todos.mine(userOf(req), req.query) }),
  });

  r.get('/api/todos/counts', {
    config: { access: { permission: 'todos.read' } },
    schema: { tags: ['todos'], summary: '待办数量（菜单角标）', response: { 200: ZTodoCounts } },
    handler: async (req) => todos.counts(userOf(req)),
  });
}
