import { PENALTY_EVIDENCE_PURPOSE } from '@shezu/contracts';
import { FilesField } from '../../components/FilesField';

/** Case files (evidence, receipts, records) of a penalty. */
export function EvidenceField(props: Omit<Parameters<typeof FilesField>[0], 'purpose' | 'accept'>) {
  return <FilesField {...props} purpose={PENALTY_EVIDENCE_PURPOSE} accept=".pdf,.jpg,.jpeg,.png,.docx" />;
}
