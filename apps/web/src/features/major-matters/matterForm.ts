import type { MajorMatterKind, TMajorMatterFacts, TMajorMatterInput } from '@shezu/contracts';
import type { UploadedFile } from '../../components/FileUpload';

/** What the form holds: the common fields and every kind's own ones (only the chosen kind's are sent). */
export interface MatterValues {
  kind: MajorMatterKind;
  title: string;
  happensOn: string;
  detail: string;
  files: UploadedFile[];
  session?: number;
  termYears?: number;
  amountYuan?: number;
  donor?: string;
  country?: string;
  purpose?: string;
  partner?: string;
  place?: string;
  participants?: number;
  leaders?: { name: string; post: string }[];
}

/** Which extra fields each kind shows. */
export const KIND_FIELDS: Record<MajorMatterKind, readonly (keyof MatterValues)[]> = {
  council_renewal: ['session', 'termYears', 'leaders'],
  large_donation: ['amountYuan', 'donor', 'purpose'],
  foreign_donation: ['amountYuan', 'donor', 'country', 'purpose'],
  foreign_cooperation: ['partner', 'country'],
  forum_award: ['place', 'participants'],
  leader_change: ['leaders'],
  other: [],
};

const s = (v: string | undefined) => (v ?? '').trim();
const fen = (yuan: number | undefined) => Math.round((yuan ?? 0) * 100);
const people = (l: MatterValues['leaders']) =>
  (l ?? []).filter((p) => s(p?.name) || s(p?.post)).map((p) => ({ name: s(p.name), post: s(p.post) }));

function factsOf(v: MatterValues): TMajorMatterFacts {
  switch (v.kind) {
    case 'council_renewal':
      return { kind: v.kind, session: v.session ?? 0, termYears: v.termYears ?? 0, candidates: people(v.leaders) };
    case 'large_donation':
      return { kind: v.kind, amountFen: fen(v.amountYuan), donor: s(v.donor), purpose: s(v.purpose) };
    case 'foreign_donation':
      return {
        kind: v.kind,
        amountFen: fen(v.amountYuan),
        donor: s(v.donor),
        country: s(v.country),
        purpose: s(v.purpose),
      };
    case 'foreign_cooperation':
      return { kind: v.kind, partner: s(v.partner), country: s(v.country) };
    case 'forum_award':
      return { kind: v.kind, place: s(v.place), participants: v.participants ?? 0 };
    case 'leader_change':
      return { kind: v.kind, leaders: people(v.leaders) };
    case 'other':
      return { kind: v.kind };
  }
}

/** The request body: money in fen, only the chosen kind's facts. */
export function toInput(v: MatterValues): TMajorMatterInput {
  return {
    kind: v.kind,
    title: s(v.title),
    happensOn: v.happensOn,
    detail: s(v.detail),
    facts: factsOf(v),
    fileIds: (v.files ?? []).map((f) => f.id),
  };
}

export const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
