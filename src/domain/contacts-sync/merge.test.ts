import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CardValue, type ContactCard, emptyCard, valueKey } from './contact-card';
import { matchContact } from './match';
import { mergeContact } from './merge';

const card = (patch: Partial<ContactCard>): ContactCard => ({
  ...emptyCard('uid-1'),
  name: 'Ada Lovelace',
  ...patch,
});
const v = (value: string, label: string | null = null, preferred = false): CardValue => ({
  value,
  label,
  preferred,
});

describe('mergeContact', () => {
  const base = card({
    title: 'Engineer',
    emails: [v('ada@example.com', 'work', true)],
    phones: [v('+49 30 1', 'work')],
  });

  it('takes a change made on one side only, from either side', () => {
    const fromPhone = mergeContact(base, base, { ...base, title: 'CTO' });
    expect(fromPhone.merged.title).toBe('CTO');
    expect(fromPhone.localChanges).toEqual(['title']);
    expect(fromPhone.remoteChanges).toEqual([]);
    const fromRapport = mergeContact(base, { ...base, title: 'CTO' }, base);
    expect(fromRapport.merged.title).toBe('CTO');
    expect(fromRapport.remoteChanges).toEqual(['title']);
    expect(fromRapport.localChanges).toEqual([]);
    expect(fromRapport.conflicts).toEqual([]);
  });

  it('keeps both phones when both sides changed the number, and lists the conflict', () => {
    const result = mergeContact(
      base,
      { ...base, phones: [v('+49 30 2', 'work')] },
      { ...base, phones: [v('+49 30 3', 'mobile')] },
    );
    expect(result.merged.phones.map((p) => p.value)).toEqual(['+49 30 2', '+49 30 3']);
    expect(result.conflicts.map((c) => c.field)).toEqual(['phones']);
    expect(result.localChanges).toEqual(['phones']);
    expect(result.remoteChanges).toEqual(['phones']);
  });

  it("keeps Rapport's title and notes the address book's when both changed it", () => {
    const result = mergeContact(base, { ...base, title: 'CTO' }, { ...base, title: 'VP' });
    expect(result.merged.title).toBe('CTO');
    expect(result.noteLines).toEqual(['from the address book: job title: VP']);
    expect(result.conflicts).toEqual([{ field: 'title', local: 'CTO', remote: 'VP' }]);
  });

  it('drops a value removed on one side and kept on the other', () => {
    const two = { ...base, phones: [v('+49 30 1', 'work'), v('+49 170 9', 'mobile')] };
    const result = mergeContact(two, two, { ...two, phones: [v('+49 30 1', 'work')] });
    expect(result.merged.phones.map((p) => p.value)).toEqual(['+49 30 1']);
    expect(result.conflicts).toEqual([]);
  });

  it('on a first match (no base) loses nothing either side has', () => {
    const result = mergeContact(
      null,
      card({ emails: [v('a@x.com')], title: 'CTO' }),
      card({ emails: [v('b@x.com')], title: 'VP' }),
    );
    expect(result.merged.emails.map((e) => e.value)).toEqual(['a@x.com', 'b@x.com']);
    expect(result.noteLines).toEqual(['from the address book: job title: VP']);
  });
});

const values = (prefix: string) =>
  fc.uniqueArray(
    fc.record({
      value: fc.integer({ min: 0, max: 6 }).map((n) => `${prefix}${n}`),
      label: fc.constantFrom(null, 'work', 'home', 'mobile'),
      preferred: fc.boolean(),
    }),
    { selector: (x) => x.value, maxLength: 4 },
  );
const arbitraryCard = fc.record({
  name: fc.constantFrom('Ada', 'Grace Hopper', 'Alan'),
  title: fc.constantFrom(null, 'CTO', 'VP'),
  birthday: fc.constantFrom(null, '--03-15', '1980-01-02'),
  emails: values('e'),
  phones: values('+4930'),
});
const toCard = (patch: Partial<ContactCard>) => {
  const c = card(patch);
  let seen = false;
  for (const list of [c.emails, c.phones]) {
    seen = false;
    for (const x of list) {
      if (x.preferred && seen) x.preferred = false;
      seen ||= x.preferred;
    }
  }
  return c;
};
const keys = (list: CardValue[]) => list.map((x) => valueKey('phones', x.value)).sort();

describe('mergeContact properties', () => {
  it('changes nothing when neither side changed', () => {
    fc.assert(
      fc.property(arbitraryCard, (patch) => {
        const c = toCard(patch);
        const result = mergeContact(c, c, c);
        expect(result.localChanges).toEqual([]);
        expect(result.remoteChanges).toEqual([]);
        expect(result.conflicts).toEqual([]);
      }),
    );
  });

  it('takes one side whole when only that side changed', () => {
    fc.assert(
      fc.property(arbitraryCard, arbitraryCard, (b, l) => {
        const [base, local] = [toCard(b), toCard(l)];
        const result = mergeContact(base, local, base);
        expect(result.localChanges).toEqual([]);
        expect(result.conflicts).toEqual([]);
        const back = mergeContact(base, base, local);
        expect(back.remoteChanges).toEqual([]);
      }),
    );
  });

  it('keeps the same values whichever side is called local (symmetric for lists)', () => {
    fc.assert(
      fc.property(arbitraryCard, arbitraryCard, arbitraryCard, (b, l, r) => {
        const [base, local, remote] = [toCard(b), toCard(l), toCard(r)];
        const one = mergeContact(base, local, remote);
        const other = mergeContact(base, remote, local);
        expect(keys(one.merged.phones)).toEqual(keys(other.merged.phones));
        expect(keys(one.merged.emails)).toEqual(keys(other.merged.emails));
        expect(one.conflicts.map((c) => c.field)).toEqual(other.conflicts.map((c) => c.field));
        // A second sync of the agreed card changes nothing.
        const again = mergeContact(one.merged, one.merged, one.merged);
        expect(again.localChanges).toEqual([]);
        expect(again.remoteChanges).toEqual([]);
      }),
    );
  });
});

describe('matchContact', () => {
  const people = [
    { id: 'alice', name: 'Alice', uids: [], emails: [], phones: ['+49 30 1234567'] },
    { id: 'bob', name: 'Bob', uids: ['urn:uuid:b'], emails: ['bob@x.com'], phones: [] },
  ];
  const target = { uid: '', name: 'Carol', emails: [], phones: ['+49 30 1234567'] };

  it('never matches on a shared phone alone', () => {
    expect(matchContact(target, people)).toBeNull();
  });

  it('matches by UID, then e-mail (any case), then name with a shared phone', () => {
    expect(matchContact({ ...target, uid: 'urn:uuid:b' }, people)?.id).toBe('bob');
    expect(matchContact({ ...target, emails: ['BOB@x.com'] }, people)).toEqual({
      id: 'bob',
      by: 'email',
    });
    expect(matchContact({ ...target, name: 'alice', phones: ['+49301234567'] }, people)?.by).toBe(
      'name-and-phone',
    );
  });
});
