// IMAP failures in words a user can act on, for the source's "last error". Never includes the
// password or the login exchange; only the host, the port and what the server said.
import type { ImapFlowError } from 'imapflow';
import { OutboundError } from '../net/outbound';

/** A failure already phrased for the user (a missing folder, a refused host). */
export class MailSourceError extends Error {}

export interface Where {
  host: string;
  port: number;
  tls: boolean;
}

const CONNECT_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the name could not be looked up',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'no answer',
  CONNECT_TIMEOUT: 'no answer',
};

export function describeImapError(error: unknown, where: Where, timeouts: Timeouts): Error {
  if (error instanceof MailSourceError || error instanceof OutboundError) return error;
  const e = (error ?? {}) as ImapFlowError;
  const address = `${where.host}:${where.port}`;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    return new MailSourceError('IMAP said: authentication failed');
  }
  const code = e.code ?? '';
  if (CONNECT_CODES[code]) {
    return new MailSourceError(`Could not connect to ${address} (${CONNECT_CODES[code]})`);
  }
  if (code === 'GREETING_TIMEOUT') {
    return new MailSourceError(
      `Could not connect to ${address}: the server did not answer within ` +
        `${seconds(timeouts.greetingTimeoutMs)} s (is it an IMAP server, and is TLS ${where.tls ? 'on' : 'off'} there too?)`,
    );
  }
  if (code === 'ETIMEOUT') {
    return new MailSourceError(
      `${address} stopped answering (nothing for ${seconds(timeouts.socketTimeoutMs)} s)`,
    );
  }
  if (e.tlsFailed || /SSL|TLS|CERT|certificate|EPROTO/i.test(`${code} ${e.message ?? ''}`)) {
    return new MailSourceError(`Could not connect to ${address}: ${tlsReason(e)}`);
  }
  if (code === 'NoConnection' || code === 'EConnectionClosed' || code.startsWith('Closed')) {
    return new MailSourceError(`Could not connect to ${address}: the server closed the connection`);
  }
  if (e.responseText || e.responseStatus) {
    return new MailSourceError(`IMAP said: ${firstLine(e.responseText) || e.responseStatus}`);
  }
  return new MailSourceError(
    `The mailbox at ${address} could not be read: ${firstLine(e.message) || 'unknown error'}`,
  );
}

export interface Timeouts {
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

// OpenSSL's own messages ("0A00010B:SSL routines:ssl3_get_record:wrong version number") mean
// nothing to most people; the usual causes are said instead.
function tlsReason(e: ImapFlowError): string {
  const text = `${e.code ?? ''} ${e.message ?? ''}`;
  if (/wrong version number|unknown protocol|packet length too long|http request/i.test(text)) {
    return 'the server does not speak TLS on this port (turn TLS off, or use port 993)';
  }
  if (/CERT|certificate|self.signed|altname/i.test(text)) {
    return `the server's certificate is not trusted (${e.code ?? 'certificate error'})`;
  }
  return 'the secure (TLS) connection could not be set up';
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]!.trim().slice(0, 200);
}
