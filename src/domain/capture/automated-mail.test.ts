import { describe, expect, it } from 'vitest';
import { isNoReplyAddress } from './automated-mail.js';
import { normalizeSubject } from './mail-subject.js';

describe('isNoReplyAddress', () => {
  it('knows the usual no-reply and system senders', () => {
    for (const email of [
      'noreply@x.example',
      'no-reply@x.example',
      'no_reply@x.example',
      'donotreply@x.example',
      'do-not-reply@x.example',
      'notifications-noreply@x.example',
      'mailer-daemon@x.example',
      'postmaster@x.example',
    ]) {
      expect(isNoReplyAddress(email), email).toBe(true);
    }
  });

  it('leaves people alone, even with "reply" in their name', () => {
    for (const email of ['noreen@x.example', 'replyguy@x.example', 'nora.eply@x.example']) {
      expect(isNoReplyAddress(email), email).toBe(false);
    }
  });
});

describe('normalizeSubject', () => {
  it('drops reply and forward prefixes, tags, case and extra spaces', () => {
    for (const subject of [
      'Lunch  on Friday',
      'Re: lunch on friday',
      'RE: Fwd: Lunch on Friday ',
      'AW: WG: Lunch on Friday',
      'Re[2]: Lunch on Friday',
      '[EXTERNAL] Re: Lunch on Friday',
    ]) {
      expect(normalizeSubject(subject), subject).toBe('lunch on friday');
    }
  });

  it('is null for an empty or prefix-only subject', () => {
    expect(normalizeSubject('')).toBeNull();
    expect(normalizeSubject('Re: ')).toBeNull();
    expect(normalizeSubject(null)).toBeNull();
  });

  it('keeps words that merely start like a prefix', () => {
    expect(normalizeSubject('Review: the plan')).toBe('review: the plan');
  });
});
