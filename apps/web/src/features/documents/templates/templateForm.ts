import type { TTemplateInput } from '@shezu/contracts';
import type { Template } from '../api';

type Layout = Template['layout'];

/** The editor's values: the template input, with the nullable parts as plain inputs and a seal switch. */
export interface TemplateFormValues {
  name: string;
  fields: Template['fields'];
  layout: Omit<Layout, 'addressee' | 'footer' | 'seal'> & {
    addressee: string;
    footer: string;
    seal: { text: string };
  };
  sealed: boolean;
}

export function toFormValues(t: Pick<Template, 'name' | 'fields' | 'layout'>): TemplateFormValues {
  const { addressee, footer, seal, ...layout } = t.layout;
  return {
    name: t.name,
    fields: t.fields.map((f) => ({ ...f, default: f.default ?? null, sample: f.sample ?? null })),
    layout: { ...layout, addressee: addressee ?? '', footer: footer ?? '', seal: { text: seal?.text ?? '' } },
    sealed: seal !== null,
  };
}

const orNull = (s: string | null | undefined) => (s && s.trim() ? s : null);

export function toTemplateInput(v: TemplateFormValues): TTemplateInput {
  const { addressee, footer, seal, ...layout } = v.layout;
  return {
    name: v.name.trim(),
    fields: (v.fields ?? []).map((f) => ({
      name: f.name.trim(),
      label: f.label.trim(),
      type: f.type,
      required: !!f.required,
      default: orNull(f.default),
      sample: orNull(f.sample),
    })),
    layout: {
      ...layout,
      body: layout.body ?? [],
      rows: layout.rows ?? [],
      addressee: orNull(addressee),
      footer: orNull(footer),
      seal: v.sealed ? { text: seal.text } : null,
    },
  };
}

const FIELD_KEYS = new Set(['name', 'label', 'type', 'required', 'default', 'sample']);
const LINES = new Set(['issuer', 'numberPrefix', 'title', 'addressee', 'footer', 'style']);

/**
 * The editor input for an API error path (`layout.body.2`, `fields.1.name`, `layout.seal.text`), or null
 * when the path names a whole list (`layout.rows`) or anything else the editor has no input for.
 */
export function templateFormPath(path: string): (string | number)[] | null {
  const parts = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [a, b, c, d] = parts;
  if (parts.length === 1 && a === 'name') return parts;
  if (a === 'fields' && typeof b === 'number' && typeof c === 'string' && FIELD_KEYS.has(c) && d === undefined)
    return parts;
  if (a !== 'layout') return null;
  if (parts.length === 2 && typeof b === 'string' && LINES.has(b)) return parts;
  if (b === 'body' && typeof c === 'number' && parts.length === 3) return parts;
  if (b === 'rows' && typeof c === 'number' && (d === 'label' || d === 'value')) return parts;
  if (b === 'signature' && (c === 'issuer' || c === 'date') && parts.length === 3) return parts;
  if (b === 'seal' && c === 'text' && parts.length === 3) return parts;
  return null;
}
