// The contact files under test/fixtures/contacts, decoded the way the CLI decodes a file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeContactBytes } from '../../src/domain/contacts/contact-file';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'contacts');

export function fixture(name: string): string {
  return decodeContactBytes(readFileSync(join(FIXTURES, name)));
}

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}
