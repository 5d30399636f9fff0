import { describe, it, expect } from 'vitest';
import { CONTENT_SECURITY_POLICY, START_URL, isAppUrl, isTrustedSender } from './security';

describe('isAppUrl', () => {
  it('accepts our pages', () => {
    expect(isAppUrl(START_URL)).toBe(true);
    expect(isAppUrl('app://knotbook/')).toBe(true);
    expect(isAppUrl('app://knotbook/clients/42?tab=notes#chart')).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'app://evil/index.html',
      'app://knotbook.evil.com/',
      'app://user:pw@knotbook/',
      'https://knotbook/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  const top = { url: START_URL, parent: null };
  it('trusts the top frame of our page only', () => {
    expect(isTrustedSender(top)).toBe(true);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: START_URL, parent: top as never })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the same policy as the page meta tag', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
