import type { ZodType } from 'zod';

/**
 * An antd form rule that checks a value against a schema from @shezu/contracts, so the browser applies
 * exactly the rules the API applies. Empty values are left to `required`.
 */
export function zodRule(schema: ZodType) {
  return {
    validator: async (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}
