import { describe, expect, it } from 'vitest';
import { epochDayFromYmd } from '../time/epoch-day.js';
import { isFactCurrent, isFactExpired, parseFact } from './facts.js';

describe('parseFact', () => {
  it.each([
    ['Training for a half-marathon until 2027-04-20', 'Training for a half-marathon', '2027-04-20'],
    [
      'Training for a half-marathon (until April 2027)',
      'Training for a half-marathon',
      '2027-04-30',
    ],
    ['Learning Portuguese until 20 April 2027', 'Learning Portuguese', '2027-04-20'],
    ['Learning Portuguese until April 20th, 2027.', 'Learning Portuguese', '2027-04-20'],
    ['On parental leave through Feb 2028', 'On parental leave', '2028-02-29'],
    ['In Lisbon, until 2027-1-5', 'In Lisbon', '2027-01-05'],
  ])('reads the end of %j', (raw, topic, until) => {
    expect(parseFact(raw)).toMatchObject({ topic, until, askMeAbout: false });
  });

  it.each([
    'Runs half-marathons',
    'Waiting until the baby arrives',
    'Until 2027-02-30 (no such day) is kept as text',
    'Training (until April 2027',
  ])('leaves %j without an end', (raw) => {
    expect(parseFact(raw).until).toBeNull();
  });

  it.each([
    ['ask me about: sourdough', 'sourdough'],
    ['Ask me about - Rust macros', 'Rust macros'],
    ['ASK ME ABOUT kayaking until 2027-09-30', 'kayaking'],
    ['Ask about: her band', 'her band'],
  ])('takes "ask me about" off %j', (raw, topic) => {
    expect(parseFact(raw)).toMatchObject({ topic, askMeAbout: true });
  });

  it('holds through its last day, not after', () => {
    const fact = parseFact('Training for a half-marathon until 2027-04-20');
    expect(isFactCurrent(fact, epochDayFromYmd(2027, 4, 20))).toBe(true);
    expect(isFactCurrent(fact, epochDayFromYmd(2027, 4, 21))).toBe(false);
    expect(isFactExpired('Plays padel', '2099-01-01')).toBe(false);
    expect(isFactExpired('Training until 2027-04-20', '2027-04-20')).toBe(false);
    expect(isFactExpired('Training until 2027-04-20', '2027-04-21')).toBe(true);
  });
});
