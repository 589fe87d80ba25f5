import { Badge, Grid, Steps } from 'antd';
import type { AnnualSection } from '@shezu/contracts';
import { useT } from '../../../lib/i18n';
import type { SectionCount } from './model';

export const SUBMIT_STEP = 'submit';
export type StepKey = AnnualSection | typeof SUBMIT_STEP;

/**
 * The sections as steps, each with the number of problems the checks found in it: across the page on a
 * desktop, a vertical list on a phone (eleven steps do not fit across 375 px).
 */
export function SectionSteps({
  steps,
  current,
  onChange,
  counts,
}: {
  steps: StepKey[];
  current: StepKey;
  onChange: (step: StepKey) => void;
  counts: Map<AnnualSection, SectionCount>;
}) {
  const t = useT();
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Steps
      size="small"
      orientation={phone ? 'vertical' : 'horizontal'}
      titlePlacement={phone ? 'horizontal' : 'vertical'}
      current={steps.indexOf(current)}
      onChange={(i) => onChange(steps[i]!)}
      data-testid="report-steps"
      items={steps.map((s) => {
        const c = s === SUBMIT_STEP ? undefined : counts.get(s);
        const n = c ? c.errors + c.warnings + c.missing : 0;
        const blocking = c ? c.errors + c.missing > 0 : false;
        return {
          title: (
            <span data-testid={`step-${s}`}>
              {t(`annualReports.section.${s}`)}
              {n > 0 && (
                <Badge
                  count={n}
                  size="small"
                  color={blocking ? 'red' : 'orange'}
                  style={{ marginInlineStart: 4 }}
                  data-testid={`step-badge-${s}`}
                />
              )}
            </span>
          ),
          status: s !== current && c && c.errors > 0 ? ('error' as const) : undefined,
        };
      })}
    />
  );
}
