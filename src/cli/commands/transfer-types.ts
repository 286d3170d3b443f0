// The shapes the transfer verbs read from the API (import plans and results, restore and merge
// results), mirroring the contract rather than importing the server's types.
import type { Person } from '../api-types';

/** 'phone' means the same full name and a shared phone number. */
type MatchBy = 'uid' | 'email' | 'phone' | 'name';

export interface ImportEntry {
  line: number;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'duplicate';
  match?: { personId: string; name: string; by: MatchBy };
  duplicateOf?: { line: number; by: MatchBy };
  changes?: string[];
  lastTalkedEstimate?: string;
  warnings?: string[];
}

export interface ImportReport {
  format: 'vcard' | 'csv';
  source: string;
  mapping?: Record<string, string>;
  kind: string;
  tag: string | null;
  familiarity?: string;
  applied: boolean;
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  errors: { line: number; reason: string }[];
  people: ImportEntry[];
}

export interface RestoreResult {
  restored: Record<string, number>;
  remapped: boolean;
}

export interface MergeResult {
  person: Person;
  moved: Record<string, number>;
}
