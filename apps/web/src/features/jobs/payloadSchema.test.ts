import { describe, expect, it } from 'vitest';
import { payloadFields, payloadOf } from './payloadSchema';

// What the API publishes for platform.selftest (z.toJSONSchema of its zod payload).
const selftest = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    steps: { default: 20, description: '步数', type: 'integer', minimum: 1, maximum: 10000 },
    failAt: { description: '在第几步故意失败（检验失败记录）', type: 'integer', minimum: 1 },
    mode: { type: 'string', enum: ['fast', 'slow'] },
    nested: { type: 'object', properties: {} },
  },
  required: ['steps', 'mode'],
};

describe('run-now payload form', () => {
  it('reads the inputs it can show from the JSON Schema, labelled by their descriptions', () => {
    expect(payloadFields(selftest)).toEqual([
      { name: 'steps', label: '步数', kind: 'integer', required: false, default: 20, minimum: 1, maximum: 10000 },
      {
        name: 'failAt',
        label: '在第几步故意失败（检验失败记录）',
        kind: 'integer',
        required: false,
        default: undefined,
        minimum: 1,
        maximum: undefined,
      },
      { name: 'mode', label: 'mode', kind: 'enum', required: true, default: undefined, options: ['fast', 'slow'] },
    ]);
  });

  it('has no form for a job without a payload', () => {
    expect(payloadFields(null)).toEqual([]);
    expect(payloadFields({ type: 'object', properties: {} })).toEqual([]);
  });

  it('leaves empty inputs out so the job’s defaults apply', () => {
    expect(payloadOf({ steps: 5, failAt: null, mode: '', stepMs: undefined })).toEqual({ steps: 5 });
  });
});
