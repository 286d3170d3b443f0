// Three-way merge of one contact: what it was at the last sync (base), what Rapport has now
// (local) and what the address book has now (remote). A field changed on one side only takes
// that side's value; a field changed on both sides keeps both, so nothing typed anywhere is lost:
// e-mails, phones and addresses keep the union of what each side added (and lose only what one
// side removed while the other left alone), a single value keeps Rapport's and the address
// book's goes into a note line. Every field changed on both sides is listed as a conflict.
import {
  type CardValue,
  type ContactCard,
  changedFields,
  emptyCard,
  FIELD_LABELS,
  MULTI_FIELDS,
  type MultiField,
  SINGLE_FIELDS,
  type SingleField,
  type SyncField,
  sameValues,
  singleKey,
  valueKey,
} from './contact-card';

export interface FieldConflict {
  field: SyncField;
  local: string;
  remote: string;
}

export interface MergeResult {
  /** The card both sides should hold after the sync. */
  merged: ContactCard;
  /** Fields Rapport must take from `merged`. */
  localChanges: SyncField[];
  /** Fields the address book must take from `merged` (empty: nothing to write). */
  remoteChanges: SyncField[];
  conflicts: FieldConflict[];
  /** Lines for the person's private notes: the address book's side of a single-value conflict. */
  noteLines: string[];
}

/** Merges one contact; `base` null means the two have never been synced (first match). */
export function mergeContact(
  base: ContactCard | null,
  local: ContactCard,
  remote: ContactCard,
): MergeResult {
  const before = base ?? emptyCard(remote.uid);
  const merged: ContactCard = {
    ...remote,
    raw: { ...remote.raw },
    unknown: [...remote.unknown],
  };
  const conflicts: FieldConflict[] = [];
  const noteLines: string[] = [];

  for (const field of SINGLE_FIELDS) {
    const result = mergeSingle(field, before[field], local[field], remote[field]);
    (merged as unknown as Record<SingleField, string | null>)[field] = result.value;
    if (result.conflict) {
      conflicts.push({ field, local: local[field] ?? '', remote: remote[field] ?? '' });
      if (result.noteLine) noteLines.push(result.noteLine);
    }
  }
  for (const field of MULTI_FIELDS) {
    merged[field] = mergeValues(field, before[field], local[field], remote[field]);
    const localChanged = !sameValues(field, before[field], local[field]);
    const remoteChanged = !sameValues(field, before[field], remote[field]);
    // Labels and the preferred flag settle without asking; differing values are a conflict.
    if (localChanged && remoteChanged && !sameKeys(field, local[field], remote[field])) {
      conflicts.push({ field, local: listText(local[field]), remote: listText(remote[field]) });
    }
  }
  return {
    merged,
    localChanges: changedFields(local, merged),
    remoteChanges: changedFields(remote, merged),
    conflicts,
    noteLines,
  };
}

function mergeSingle(
  field: SingleField,
  base: string | null,
  local: string | null,
  remote: string | null,
): { value: string | null; conflict: boolean; noteLine?: string } {
  const [b, l, r] = [singleKey(base), singleKey(local), singleKey(remote)];
  if (l === r) return { value: remote, conflict: false };
  if (l === b) return { value: remote, conflict: false };
  if (r === b) return { value: local, conflict: false };
  // Changed on both sides. An emptied side does not erase the other's new value; Rapport cannot
  // edit photos, so the address book's photo wins.
  if (l === '' || field === 'photo') return { value: remote, conflict: true };
  if (r === '') return { value: local, conflict: true };
  return {
    value: local,
    conflict: true,
    noteLine: `from the address book: ${FIELD_LABELS[field]}: ${remote}`,
  };
}

/**
 * Values are matched by key. One present on both sides keeps the attributes (label, preferred)
 * of the side that changed them, Rapport's when both did; one only on one side stays if that
 * side added it and goes if the other side removed it.
 */
function mergeValues(
  field: MultiField,
  base: CardValue[],
  local: CardValue[],
  remote: CardValue[],
): CardValue[] {
  const key = (v: CardValue) => valueKey(field, v.value);
  const baseByKey = new Map(base.map((v) => [key(v), v]));
  const remoteByKey = new Map(remote.map((v) => [key(v), v]));
  const localKeys = new Set(local.map(key));
  const out: CardValue[] = [];
  for (const l of local) {
    const k = key(l);
    const b = baseByKey.get(k);
    const r = remoteByKey.get(k);
    // Without a base (a first match) the address book's labels win: Rapport's are thinner.
    if (r) {
      out.push(!b || sameAttributes(l, b) ? r : { ...l, raw: sameAttributes(l, r) ? r.raw : null });
    } else if (!b) out.push(l);
  }
  for (const r of remote) {
    const k = key(r);
    if (!localKeys.has(k) && !baseByKey.has(k)) out.push(r);
  }
  // One preferred value at most: the first one in the merged order.
  let seenPreferred = false;
  return out.map((v) => {
    if (!v.preferred) return v;
    if (seenPreferred) return { ...v, preferred: false, raw: null };
    seenPreferred = true;
    return v;
  });
}

function sameKeys(field: MultiField, a: CardValue[], b: CardValue[]): boolean {
  const keys = (list: CardValue[]) =>
    [...new Set(list.map((v) => valueKey(field, v.value)))].sort().join('\u0000');
  return keys(a) === keys(b);
}

function sameAttributes(a: CardValue, b: CardValue): boolean {
  return (
    (a.label ?? '').toLowerCase() === (b.label ?? '').toLowerCase() && a.preferred === b.preferred
  );
}

function listText(values: CardValue[]): string {
  return values.map((v) => (v.label ? `${v.label}: ${v.value}` : v.value)).join(', ');
}
