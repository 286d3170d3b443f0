// PLACEHOLDER (being built on branch cap-mail): the IMAP client (imapflow), headers only.
import type { MailClient } from '../../app/ports/capture';

export const imapMailClient: MailClient = {
  test: async () => {
    throw new Error('IMAP is not available yet');
  },
  sync: async () => {
    throw new Error('IMAP is not available yet');
  },
};
