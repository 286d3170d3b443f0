// What an app context without capture clients (a script, a test that does not capture) holds:
// every call says capture is not configured, in words a user can read.
import type { CaptureClients } from '../ports/capture';

const refuse = async (): Promise<never> => {
  throw new Error('Capture is not configured on this server');
};

export const unconfiguredCaptureClients: CaptureClients = {
  ics: { test: refuse, sync: refuse },
  caldav: { test: refuse, sync: refuse },
  imap: { test: refuse, sync: refuse },
  git: { commits: refuse },
};
