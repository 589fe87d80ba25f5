/**
 * The data dictionary published as `dictionary.json` with the bulk download. The API declares no schema
 * for the file's content (it is a download), so it is read defensively: anything malformed is dropped
 * rather than trusted, and a file that is not a dictionary at all gives null.
 */
export interface DictionaryCode {
  code: string;
  label: string;
}

export interface DictionaryField {
  name: string;
  label: string;
  type: string;
  description?: string;
  codes: DictionaryCode[];
}

export interface DictionaryDataset {
  name: string;
  title: string;
  files: string;
  fields: DictionaryField[];
}

export interface Dictionary {
  title: string;
  formats: { name: string; text: string }[];
  notes: string[];
  datasets: DictionaryDataset[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v : []);

function fieldOf(v: unknown): DictionaryField | null {
  if (!isRecord(v) || typeof v.name !== 'string') return null;
  const codes = list(v.codes)
    .filter(isRecord)
    .map((c) => ({ code: str(c.code), label: str(c.label) }))
    .filter((c) => c.code !== '');
  return {
    name: v.name,
    label: str(v.label),
    type: str(v.type),
    description: typeof v.description === 'string' ? v.description : undefined,
    codes,
  };
}

export function parseDictionary(raw: unknown): Dictionary | null {
  if (!isRecord(raw) || !Array.isArray(raw.datasets)) return null;
  const datasets = raw.datasets.filter(isRecord).map((d) => ({
    name: str(d.name),
    title: str(d.title),
    files: str(d.files),
    fields: list(d.fields)
      .map(fieldOf)
      .filter((f): f is DictionaryField => f !== null),
  }));
  return {
    title: str(raw.title),
    formats: isRecord(raw.formats)
      ? Object.entries(raw.formats)
          .filter((e): e is [string, string] => typeof e[1] === 'string')
          .map(([name, text]) => ({ name, text }))
      : [],
    notes: list(raw.notes).filter((n): n is string => typeof n === 'string'),
    datasets,
  };
}
