/** One input of a job's run-now form, read from the JSON Schema the API publishes for its payload. */
export interface PayloadField {
  name: string;
  kind: 'integer' | 'number' | 'string' | 'boolean' | 'enum';
  label: string;
  required: boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  options?: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields of a payload schema (`z.toJSONSchema` of the job's zod payload), or an empty list when the
 * job takes no payload or one the form cannot show (nested objects are left to their defaults).
 */
export function payloadFields(schema: unknown): PayloadField[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const out: PayloadField[] = [];
  for (const [name, prop] of Object.entries(schema.properties)) {
    if (!isRecord(prop)) continue;
    const label = typeof prop.description === 'string' && prop.description ? prop.description : name;
    const base = {
      name,
      label,
      // A property with a default may be left out even where the schema lists it as required.
      required: required.has(name) && prop.default === undefined,
      default: prop.default,
    };
    const num = (k: 'minimum' | 'maximum') => (typeof prop[k] === 'number' ? (prop[k] as number) : undefined);
    if (Array.isArray(prop.enum)) out.push({ ...base, kind: 'enum', options: prop.enum.map(String) });
    else if (prop.type === 'integer' || prop.type === 'number') {
      out.push({ ...base, kind: prop.type, minimum: num('minimum'), maximum: num('maximum') });
    } else if (prop.type === 'string' || prop.type === 'boolean') out.push({ ...base, kind: prop.type });
  }
  return out;
}

/** The values to send: empty inputs are left out so that the job's defaults apply. */
export function payloadOf(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
