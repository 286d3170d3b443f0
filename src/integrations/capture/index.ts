// The capture clients Rapport runs with; tests pass the same real clients (or, for the sync
// orchestration's unit tests only, an in-memory fake that says so).
import type { CaptureClients } from '../../app/ports/capture';
import { caldavCalendarClient } from './caldav';
import { gitClient } from './git';
import { icsCalendarClient } from './ics';
import { imapMailClient } from './imap';

export const captureClients: CaptureClients = {
  ics: icsCalendarClient,
  caldav: caldavCalendarClient,
  imap: imapMailClient,
  git: gitClient,
};
