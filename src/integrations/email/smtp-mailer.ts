// E-mail over SMTP with nodemailer: multipart text + HTML, with Date and Message-ID headers.
import nodemailer from 'nodemailer';
import { MailDeliveryError, type Mailer, type OutgoingMail } from '../../app/ports/mailer';

export interface SmtpSettings {
  /** smtp://user:pass@host:port, or smtps:// for TLS from the first byte. */
  url: string;
  from: string;
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  const url = new URL(settings.url);
  const secure = url.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A stuck server must not hold a request or a job for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    configured: true,
    async verify() {
      try {
        await transport.verify();
      } catch (error) {
        throw new MailDeliveryError(describeFailure(error, settings.url));
      }
    },
    async send(mail: OutgoingMail) {
      try {
        const info = await transport.sendMail({
          from: senderOf(settings.from, mail.onBehalfOf),
          to: mail.to,
          replyTo: mail.replyTo,
          subject: mail.subject,
          text: mail.text,
          html: htmlDocument(mail.html),
          date: new Date(),
          ...(mail.messageId ? { messageId: mail.messageId } : {}),
          ...(mail.automatic ? { headers: automaticHeaders(mail.automatic.unsubscribeUrl) } : {}),
        });
        return { messageId: info.messageId };
      } catch (error) {
        throw new MailDeliveryError(describeFailure(error, settings.url));
      }
    },
  };
}

// The address stays the configured one (the mail server may send only as that address, and
// SPF/DKIM hold); only the display name says on whose behalf.
/** `from` as is, or "Ana Silva via Rapport <rapport@example.com>" on someone's behalf. */
export function senderOf(from: string, onBehalfOf: string | undefined) {
  const name = onBehalfOf
    ?.replace(/[\r\n"<>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name) return from;
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  return { name: `${name} via Rapport`, address };
}

/** A whole HTML document around the mail's body: mail clients read `lang` for screen readers
 * and hyphenation, and some render a bare fragment in quirks mode. */
export function htmlDocument(body: string): string {
  if (/^\s*(<!doctype|<html)/i.test(body)) return body;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head><body>${body}</body></html>`;
}

/**
 * Automatic mail says so (RFC 3834) and can be turned off in one click (RFC 8058). No mailto:
 * unsubscribe is offered: Rapport receives no mail, so such a request would go nowhere.
 */
export function automaticHeaders(unsubscribeUrl: string | null): Record<string, string> {
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
  if (unsubscribeUrl?.startsWith('https://') || unsubscribeUrl?.startsWith('http://')) {
    headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return headers;
}

function describeFailure(error: unknown, url: string): string {
  const { code, responseCode, message } = error as {
    code?: string;
    responseCode?: number;
    message?: string;
  };
  const host = safeHost(url);
  return responseCode
    ? `The mail server at ${host} refused the message (${responseCode}): ${message}`
    : `Cannot reach the mail server at ${host} (${code ?? message ?? 'error'})`;
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)}`;
  } catch {
    return 'RAPPORT_SMTP_URL';
  }
}
