// Header lines as real mail clients write them, read into who/when/threading.
import { describe, expect, it } from 'vitest';
import {
  decodeWords,
  parseAddresses,
  parseMailDate,
  parseMessageIds,
  splitHeaders,
  subjectKeyOf,
  toCapturedMail,
} from '../../src/integrations/capture/mail-headers';

describe('decodeWords', () => {
  it('decodes B and Q words in any case and charset', () => {
    expect(decodeWords('=?utf-8?q?Ren=C3=A9e_M=C3=BCller?=')).toBe('Renée Müller');
    expect(decodeWords('=?ISO-8859-1?Q?Andr=E9?= Dupont')).toBe('André Dupont');
    expect(decodeWords('=?UTF-8?B?w4lsb2RpZQ==?=')).toBe('Élodie');
    expect(decodeWords('=?windows-1252?Q?=93quoted=94?=')).toBe('\u201cquoted\u201d');
  });

  it('joins adjacent words, even when a character is split between them', () => {
    // "日本" in UTF-8 is e6 97 a5 e6 9c ac: split after the fourth byte.
    expect(decodeWords('=?UTF-8?B?5pel5g==?= =?UTF-8?B?nKw=?=')).toBe('日本');
    expect(decodeWords('=?UTF-8?Q?a?=  =?UTF-8?Q?b?= c =?UTF-8?Q?d?=')).toBe('ab c d');
  });

  it('leaves plain text and unknown charsets readable', () => {
    expect(decodeWords('Plain = text ?')).toBe('Plain = text ?');
    expect(decodeWords('=?x-unknown?Q?abc?=')).toBe('abc');
  });
});

describe('parseAddresses', () => {
  it('reads names, quoted names with commas, groups and empty groups', () => {
    expect(
      parseAddresses(
        '"Doe, Jane" <JANE@Example.org>, Team: bob@example.org, Carol <carol@example.org>;, undisclosed-recipients:;',
      ),
    ).toEqual([
      { email: 'jane@example.org', name: 'Doe, Jane' },
      { email: 'bob@example.org', name: null },
      { email: 'carol@example.org', name: 'Carol' },
    ]);
  });

  it('decodes encoded names and drops entries without an address', () => {
    expect(
      parseAddresses('=?UTF-8?Q?Zo=C3=AB?= <zoe@example.org>, nobody, <>, zoe@example.org'),
    ).toEqual([{ email: 'zoe@example.org', name: 'Zoë' }]);
    expect(parseAddresses(undefined)).toEqual([]);
    expect(parseAddresses('')).toEqual([]);
  });
});

describe('parseMessageIds', () => {
  it('reads bracketed ids in order, lower-cased, without comments', () => {
    expect(parseMessageIds('<A@x> <b@Y>\t<c@z> (comment)')).toEqual(['a@x', 'b@y', 'c@z']);
    expect(parseMessageIds("<p@x> (Alice's message of Monday)")).toEqual(['p@x']);
    expect(parseMessageIds('bare@x.example')).toEqual(['bare@x.example']);
    expect(parseMessageIds(undefined)).toEqual([]);
  });
});

describe('parseMailDate', () => {
  const received = new Date('2026-03-02T10:00:05Z');
  it('reads RFC 5322 dates, with zone comments and obsolete zone names', () => {
    expect(parseMailDate('Mon, 2 Mar 2026 11:00:00 +0100 (CET)', received)).toBe(
      '2026-03-02T10:00:00.000Z',
    );
    expect(parseMailDate('2 Mar 2026 05:00:00 EST', received)).toBe('2026-03-02T10:00:00.000Z');
  });

  it('falls back to the received date when the Date is missing, garbled or far ahead', () => {
    const fallback = received.toISOString();
    expect(parseMailDate(undefined, received)).toBe(fallback);
    expect(parseMailDate('yesterday-ish', received)).toBe(fallback);
    expect(parseMailDate('Thu, 1 Jan 1970 00:00:00 +0000', received)).toBe(fallback);
    expect(parseMailDate('Fri, 1 Jan 2038 00:00:00 +0000', received)).toBe(fallback);
  });
});

describe('toCapturedMail', () => {
  const raw = (headers: string) => ({
    folder: 'inbox' as const,
    uidValidity: '77',
    uid: 9,
    headers: Buffer.from(headers),
    internalDate: new Date('2026-03-02T10:00:05Z'),
  });

  it('reads folded headers, and hashes the subject without keeping it', () => {
    const mail = toCapturedMail(
      raw(
        'From: Alice <alice@example.org>\r\nTo: me@example.com,\r\n\tbob@example.org\r\n' +
          'Subject: Re: Budget\r\n  review\r\nReferences: <r1@x>\r\n <r2@x>\r\n' +
          'In-Reply-To: <r2@x>\r\nAuto-Submitted: auto-replied\r\n\r\n',
      ),
      false,
    );
    expect(mail).toMatchObject({
      externalId: 'inbox:77:9',
      messageId: null,
      to: [
        { email: 'me@example.com', name: null },
        { email: 'bob@example.org', name: null },
      ],
      references: ['r1@x', 'r2@x'],
      inReplyTo: 'r2@x',
      subject: null,
      subjectKey: subjectKeyOf('budget review'),
      autoSubmitted: 'auto-replied',
      date: '2026-03-02T10:00:05.000Z',
    });
  });

  it('reads raw UTF-8 headers and keeps the subject when asked', () => {
    const mail = toCapturedMail(raw('From: Jürgen <j@example.de>\r\nSubject: Grüße\r\n'), true);
    expect(mail.from).toEqual({ email: 'j@example.de', name: 'Jürgen' });
    expect(mail.subject).toBe('Grüße');
  });

  it('reads raw Latin-1 headers from old clients', () => {
    const latin1 = Buffer.concat([
      Buffer.from('From: Andr'),
      Buffer.from([0xe9]),
      Buffer.from(' <a@x.fr>\r\n'),
    ]);
    expect(toCapturedMail({ ...raw(''), headers: latin1 }, false).from).toEqual({
      email: 'a@x.fr',
      name: 'André',
    });
  });

  it('keeps the root and the nearest parents of a very long References list', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `<id${i}@x>`).join(' ');
    const mail = toCapturedMail(raw(`References: ${ids}\r\n`), false);
    expect(mail.references).toHaveLength(50);
    expect(mail.references[0]).toBe('id0@x');
    expect(mail.references.at(-1)).toBe('id79@x');
  });

  it('survives an empty header block', () => {
    const mail = toCapturedMail(raw(''), false);
    expect(mail).toMatchObject({ from: null, to: [], cc: [], messageId: null, subjectKey: null });
  });
});

describe('splitHeaders', () => {
  it('joins repeated To and Cc lines and keeps the first of others', () => {
    const headers = splitHeaders('To: a@x\r\nTo: b@x\r\nSubject: one\r\nSubject: two\r\n');
    expect(headers.get('to')).toBe('a@x, b@x');
    expect(headers.get('subject')).toBe('one');
  });
});
