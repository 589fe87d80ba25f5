import type { SupervisionDeps } from '../../supervision-deps';
import type { CaseOpener } from '../case-intake';
import { ComplaintFilingService } from './complaint-filing.service';
import { registerComplaintPurposes } from './complaint-purposes';
import { ComplaintsService } from './complaints.service';

/** Complaints (投诉举报): the public's filing and lookup, the staff's triage; merged into `services.supervision`. */
export function createComplaints(deps: SupervisionDeps, parts: { cases: CaseOpener }) {
  registerComplaintPurposes(deps.files.purposes, deps.db);
  return {
    complaints: new ComplaintsService(deps, parts.cases),
    complaintFiling: new ComplaintFilingService(deps, parts.cases),
  };
}
