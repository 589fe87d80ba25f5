import { describe, expect, it } from 'vitest';
import { APPLICATION_DATA, APPLICATION_KINDS } from '@shezu/contracts';
import { isMessageKey } from '../../lib/i18n';
import { fieldLabelKey, fieldsOf, visibleFields } from './dataFields';

describe('the fields of each kind', () => {
  it('has a label for every field of every kind’s contract', () => {
    for (const kind of APPLICATION_KINDS) {
      for (const field of Object.keys(APPLICATION_DATA[kind].shape)) {
        expect(isMessageKey(fieldLabelKey(kind, field)), `${kind}.${field}`).toBe(true);
      }
    }
    expect(fieldLabelKey('deregistration', 'reason')).toBe('applicationField.deregistration.reason');
    expect(fieldLabelKey('establishment', 'registeredFundsFen', 'foundation')).toBe('orgFunds.foundation');
  });

  it('shows members only for social groups and public fundraising only for foundations', () => {
    const institution = visibleFields('establishment', { type: 'service_institution' });
    expect(institution).not.toContain('memberCount');
    expect(institution).not.toContain('publicFundraising');
    expect(institution).not.toContain('preparationId');
    const group = visibleFields('establishment', { type: 'social_group', preparationId: 5 });
    expect(group).toEqual(expect.arrayContaining(['memberCount', 'unitMemberCount', 'preparationId']));
    expect(group).not.toContain('publicFundraising');
    expect(visibleFields('preparation', {})).toEqual(fieldsOf('preparation'));
  });
});
