import { describe, expect, it } from 'vitest';
import { waitSentence } from '../../../db/api/contract';
import { waitWords, withoutWait } from './lock-words';

describe('the lock screen words', () => {
  it('takes the API wait sentence off a refusal, whatever the number, and keeps the rest', () => {
    expect(withoutWait(`That passphrase is not right. ${waitSentence(8)}`)).toBe('That passphrase is not right.');
    expect(withoutWait(`Too many wrong passphrases. ${waitSentence(1)}`)).toBe('Too many wrong passphrases.');
    expect(withoutWait(`Too many wrong passphrases. ${waitSentence(60)}`)).toBe('Too many wrong passphrases.');
    expect(withoutWait('That passphrase is not right.')).toBe('That passphrase is not right.');
  });

  it('says the wait in seconds, and nothing when there is none', () => {
    expect(waitWords(8)).toBe('Wait 8 seconds before trying again.');
    expect(waitWords(1)).toBe('Wait 1 second before trying again.');
    expect(waitWords(0)).toBe('');
  });
});
