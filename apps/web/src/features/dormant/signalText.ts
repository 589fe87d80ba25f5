import type { TDormantSignal } from '@shezu/contracts';
import type { TFunction } from '../../lib/i18n';

/** The facts behind one signal in words: years, dates, months — what made the organization a candidate. */
export function signalFacts(s: TDormantSignal, t: TFunction, date: (d: string) => string): string {
  switch (s.code) {
    case 'annual_missed':
      return t('dormant.fact.annual_missed', { years: s.years.join('、') });
    case 'unreachable':
      return s.listedOn
        ? t('dormant.fact.unreachable.listed', { date: date(s.listedOn) })
        : t('dormant.fact.unreachable.letters', { dates: s.unsignedLetters.map(date).join('、') });
    case 'no_activity':
      return s.lastActivityOn
        ? t('dormant.fact.no_activity.last', { date: date(s.lastActivityOn), months: s.months })
        : t('dormant.fact.no_activity.none', { date: date(s.since), months: s.months });
    case 'council_overdue':
      return s.lastRenewedOn
        ? t('dormant.fact.council_overdue.renewed', {
            date: date(s.lastRenewedOn),
            years: s.termYears,
            due: date(s.dueOn),
          })
        : t('dormant.fact.council_overdue.founded', {
            date: date(s.foundedOn),
            years: s.termYears,
            due: date(s.dueOn),
          });
  }
}
