import { RISK_RULE_DEFAULTS, type RiskRuleParams } from '@shezu/contracts';
import type { SupervisionDeps } from '../supervision-deps';
import type { CaseOpener } from '../cases/case-intake';
import { IllegalOrgsService } from './illegal/illegal-orgs.service';
import { PublicIllegalOrgsService } from './illegal/public-warnings.service';
import { WarningRaiser } from './warnings/warning-raiser';
import { warningsConsumer } from './warnings/warnings.consumer';
import { WarningsService } from './warnings/warnings.service';

/** Risk warnings (from events or by hand) and illegal organizations with their public warning list. */
export function createWarnings(
  deps: SupervisionDeps,
  parts: { cases: CaseOpener },
  params: RiskRuleParams = RISK_RULE_DEFAULTS,
) {
  const { db, clock, audit } = deps;
  const raiser = new WarningRaiser(clock, audit, deps.todos);
  deps.events.subscribe(warningsConsumer({ clock, raiser, params }));
  return {
    riskWarnings: new WarningsService(db, clock, audit, deps.files, deps.orgsQuery, raiser, parts.cases),
    illegalOrgs: new IllegalOrgsService(db, clock, audit, deps.files, deps.documents),
    publicIllegalOrgs: new PublicIllegalOrgsService(db, deps.regions),
  };
}
