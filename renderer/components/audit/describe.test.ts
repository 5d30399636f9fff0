import { describe, expect, it } from 'vitest';
import { describeAction, describeFields } from './describe';

describe('audit entries in plain words', () => {
  it('names the record and what was done to it', () => {
    expect(describeAction({ action: 'sign', entity: 'session' })).toBe('Session signed');
    expect(describeAction({ action: 'create', entity: 'mark' })).toBe('Chart point added');
    expect(describeAction({ action: 'update', entity: 'reassessment' })).toBe('Point from the last visit changed');
    expect(describeAction({ action: 'amend', entity: 'amendment' })).toBe('Amendment added');
  });

  it('lists changed fields by their labels, nested ones with their group', () => {
    expect(describeFields(['subjective', 'rom.flexion', 'painAfter'])).toBe(
      'Subjective, Range of motion: Flexion, Pain after treatment',
    );
    expect(describeFields(['status', 'signedBy', 'signedAt'])).toBe('Status, Signed by, Signed at');
  });
});
