// Importing people from a vCard or CSV file: the same request previews (apply: false) and
// applies (apply: true), so what the user confirmed is what happens.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshLoop } from './daily-loop-queries';
import type { PersonKind } from './people-types';

export const FAMILIARITIES = ['regularly', 'now-and-then', 'rarely', 'never-met'] as const;
export type Familiarity = (typeof FAMILIARITIES)[number];
export const FAMILIARITY_LABELS: Record<Familiarity, string> = {
  regularly: 'We talk regularly',
  'now-and-then': 'Now and then',
  rarely: 'Rarely',
  'never-met': 'Never met',
};

export interface ImportRequest {
  filename: string;
  content: string;
  kind?: PersonKind;
  tag?: string;
  familiarity: Familiarity;
  apply: boolean;
}

export interface ImportEntry {
  line: number;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'duplicate';
  match?: { personId: string; name: string; by: 'uid' | 'email' | 'phone' | 'name' };
  duplicateOf?: { line: number; by: 'uid' | 'email' | 'phone' | 'name' };
  changes?: string[];
  warnings?: string[];
  lastTalkedEstimate?: string;
}

export interface ImportReport {
  format: 'vcard' | 'csv';
  source: string;
  kind: string;
  tag: string | null;
  familiarity: Familiarity;
  applied: boolean;
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  errors: { line: number; reason: string }[];
  people: ImportEntry[];
}

export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => api.post<ImportReport>('/api/import', request),
    onSuccess: (report) => {
      if (report.applied) return refreshLoop(queryClient);
    },
  });
}
