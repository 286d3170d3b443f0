// The shapes the transfer verbs read from the API (import plans and results, restore and merge
// results), mirroring the contract rather than importing the server's types.
import type { Person } from '../api-types';

export interface ImportEntry {
  line: number;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'duplicate';
  match?: { personId: string; name: string; by: 'email' | 'phone' | 'name' };
  duplicateOf?: { line: number; by: 'email' | 'phone' | 'name' };
  changes?: string[];
  warnings?: string[];
}

export interface ImportReport {
  format: 'vcard' | 'csv';
  source: string;
  mapping?: Record<string, string>;
  kind: string;
  tag: string | null;
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
