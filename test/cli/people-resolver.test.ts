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
      '"an" matches 4 people: Ann (p5), Ann Lee (p1), Anna Bell (p2), Dan Anders (p3). Type more of the name, or use an id.',
    );
  });

  it('says when nobody matches, ignoring candidates a server returned that do not match', () => {
    expect(() => pickPerson('zed', people)).toThrow(/^No one called "zed"/);
    expect(() => pickPerson('', people)).toThrow('The name is empty.');
  });
});

describe('pickPerson with two people of one name', () => {
  const twins = [
    { id: '3f9kq2m7c8x1v0ab', name: 'Alex Kim' },
    { id: '3f9kq7zz00000000', name: 'Alex Kim' },
    { id: 'hh77aa00bb11cc22', name: 'Bo Chen' },
  ];

  it('lists both with the shortest id start that tells them apart', () => {
    expect(() => pickPerson('alex kim', twins)).toThrow(
      '"alex kim" matches 2 people: Alex Kim (3f9kq2), Alex Kim (3f9kq7). Use the id (or its start) instead of the name.',
    );
  });

  it('takes a full id or a unique start of one', () => {
    expect(pickPerson('3f9kq7zz00000000', twins).id).toBe('3f9kq7zz00000000');
    expect(pickPerson('3f9kq2', twins).id).toBe('3f9kq2m7c8x1v0ab');
    expect(pickPerson('HH77', twins).id).toBe('hh77aa00bb11cc22');
  });

  it('says when an id start is shared, and prefers names over id starts', () => {
    expect(() => pickPerson('3f9k', twins)).toThrow(/matches 2 people.*Type more of the id/);
    expect(pickPerson('bo', [...twins, { id: 'bo12bo12bo12bo12', name: 'Zed' }]).name).toBe(
      'Bo Chen',
    );
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
