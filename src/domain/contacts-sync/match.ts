// Which Rapport person an address-book contact is. The UID is the one sure sign; then any
// shared e-mail address; then the same full name together with a shared phone. A phone number
// alone never matches: an office switchboard is shared by many colleagues.
import { valueKey } from './contact-card';

export interface MatchCandidate {
  id: string;
  name: string;
  /** UIDs this person is known by (a synced card's UID, Rapport's own urn:rapport:person:ID). */
  uids: string[];
  emails: string[];
  phones: string[];
}

export interface MatchTarget {
  uid: string;
  name: string;
  emails: string[];
  phones: string[];
}

/** The matching person's id and why, or null. Each rule is tried over everyone before the next. */
export function matchContact(
  target: MatchTarget,
  candidates: readonly MatchCandidate[],
): { id: string; by: 'uid' | 'email' | 'name-and-phone' } | null {
  const uid = target.uid.trim();
  if (uid) {
    const byUid = candidates.find((c) => c.uids.includes(uid));
    if (byUid) return { id: byUid.id, by: 'uid' };
  }
  const emails = new Set(target.emails.map((e) => valueKey('emails', e)).filter(Boolean));
  if (emails.size > 0) {
    const byEmail = candidates.find((c) => c.emails.some((e) => emails.has(valueKey('emails', e))));
    if (byEmail) return { id: byEmail.id, by: 'email' };
  }
  const name = nameKey(target.name);
  const phones = new Set(target.phones.map((p) => valueKey('phones', p)).filter(Boolean));
  if (name && phones.size > 0) {
    const byNameAndPhone = candidates.find(
      (c) => nameKey(c.name) === name && c.phones.some((p) => phones.has(valueKey('phones', p))),
    );
    if (byNameAndPhone) return { id: byNameAndPhone.id, by: 'name-and-phone' };
  }
  return null;
}

/** Names compared without case, accents' composition or extra spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
