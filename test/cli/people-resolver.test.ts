import { describe, expect, it } from 'vitest';
import { longestRun, nameMatches, pickPerson } from '../../src/cli/people-resolver';

const people = [
  { id: 'p1', name: 'Ann Lee' },
  { id: 'p2', name: 'Anna Bell' },
  { id: 'p3', name: 'Dan Anders' },
  { id: 'p4', name: 'Bo Chen' },
  { id: 'p5', name: 'Ann' },
  { id: 'p6', name: 'Mary-Jane Watson' },
];

describe('nameMatches', () => {
  it('matches the start of the name or of any word, case-insensitively', () => {
    expect(nameMatches('Ann Lee', 'ann')).toBe(true);
    expect(nameMatches('Ann Lee', 'LEE')).toBe(true);
    expect(nameMatches('Ann Lee', 'ann  l')).toBe(true);
    expect(nameMatches('Ann Lee', 'nn')).toBe(false);
    expect(nameMatches('Ann Lee', 'ee')).toBe(false);
    expect(nameMatches('Mary-Jane Watson', 'jane')).toBe(true);
    expect(nameMatches('Mary-Jane Watson', 'jane wat')).toBe(true);
    expect(nameMatches('Ann Lee', '  ')).toBe(false);
  });
});

describe('pickPerson', () => {
  it('picks the only match', () => {
    expect(pickPerson('bo', people).id).toBe('p4');
    expect(pickPerson('chen', people).id).toBe('p4');
    expect(pickPerson('WATSON', people).id).toBe('p6');
  });

  it('prefers an exact full name over prefixes', () => {
    expect(pickPerson('ann', people).id).toBe('p5');
    expect(pickPerson('ann lee', people).id).toBe('p1');
  });

  it('accepts an id', () => {
    expect(pickPerson('p3', people).id).toBe('p3');
  });

  it('lists the candidates of an ambiguous name', () => {
    expect(() => pickPerson('an', people)).toThrow(
      '"an" matches 4 people: Ann, Ann Lee, Anna Bell, Dan Anders. Type more of the name.',
    );
  });

  it('says when nobody matches, ignoring candidates a server returned that do not match', () => {
    expect(() => pickPerson('zed', people)).toThrow(/^No one called "zed"/);
    expect(() => pickPerson('', people)).toThrow('The name is empty.');
  });
});

describe('longestRun', () => {
  const words = (text: string) => text.split(' ');
  it('joins words into the longest name that matches exactly one person', () => {
    expect(longestRun(words('Ann Lee Bo'), 0, people)).toMatchObject({
      person: { id: 'p1' },
      end: 2,
    });
    expect(longestRun(words('Ann Lee Bo'), 2, people)).toMatchObject({
      person: { id: 'p4' },
      end: 3,
    });
    expect(longestRun(words('ann bo'), 0, people)).toMatchObject({ person: { id: 'p5' }, end: 1 });
    expect(longestRun(words('an bo'), 0, people)).toBeNull();
  });
});
