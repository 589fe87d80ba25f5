import { z } from 'zod';

/** 0 normal, 1 important, 2 urgent: the home page lists urgent items first. */
export const TODO_PRIORITIES = [0, 1, 2] as const;

export const ZTodo = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  /** Path inside the web app where the work is done. */
  link: z.string().nullable(),
  dueDate: z.string().nullable(),
  priority: z.number().int(),
  /** Due date before today in China (UTC+8). */
  overdue: z.boolean(),
  /** Whom it is addressed to: the user, the user's unit, organization, or role in the user's region. */
  assignee: z.enum(['user', 'unit', 'org', 'role']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TTodo = z.infer<typeof ZTodo>;

export const ZTodoCounts = z.object({
  open: z.number().int(),
  overdue: z.number().int(),
  byKind: z.record(z.string(), z.object({ open: z.number().int(), overdue: z.number().int() })),
});
export type TTodoCounts = z.infer<typeof ZTodoCounts>;
