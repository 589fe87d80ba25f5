import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPES_FILE, generateApiTypes } from '../../../scripts/gen-api-types';

describe('OpenAPI', () => {
  it("the web app's API types are generated from the API as it is now (run `npm run api:types`)", async () => {
    const { document, types } = await generateApiTypes();
    expect((document as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/users/{id}');
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(types);
  }, 30_000);
});
