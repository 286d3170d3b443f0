// Sending e-mail, as the use-cases see it. The SMTP adapter lives in integrations/email and is
// plugged in by the runtime; without RAPPORT_SMTP_URL the unconfigured mailer explains itself.

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /**
   * Set when the mail is sent on a person's behalf (a status update to their manager): it shows
   * as "Ana Silva via Rapport" from the configured sender address, with replyTo the person's.
   */
  onBehalfOf?: string;
  /**
   * A stable Message-ID ("<id@domain>") for mail that may be sent again after an unknown outcome
   * (the outbox), so the receiving side can recognise the retry; otherwise the adapter makes one.
   */
  messageId?: string;
  /**
   * Mail Rapport sends by itself (digests, drafts, team mail): marked `Auto-Submitted:
   * auto-generated` so auto-responders stay quiet, with a one-click "turn off this mail" address
   * (List-Unsubscribe, RFC 8058) when the server has a public URL.
   */
  automatic?: { unsubscribeUrl: string | null };
}

export interface Mailer {
  readonly configured: boolean;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** Connects and logs in to the mail server without sending; throws MailDeliveryError. */
  verify?(): Promise<void>;
}

/** The mail could not be handed to the SMTP server; the message says why, for the user. */
export class MailDeliveryError extends Error {}

export const unconfiguredMailer: Mailer = {
  configured: false,
  async send() {
    throw new MailDeliveryError('E-mail is not set up: set RAPPORT_SMTP_URL and RAPPORT_MAIL_FROM');
  },
  async verify() {
    throw new MailDeliveryError('E-mail is not set up: set RAPPORT_SMTP_URL and RAPPORT_MAIL_FROM');
  },
};
