import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_LENGTH = 16;

// Random bytes are drawn 4 KB at a time: an import makes tens of thousands of ids, and one
// randomBytes call (a system call) per id was ~2 % of a 10,000-card import's CPU profile.
let pool = Buffer.alloc(0);
let offset = 0;

/** A 16-character random id (80 bits), short enough to type from the CLI. */
export function newId(): string {
  if (offset + ID_LENGTH > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  let id = '';
  for (let i = offset; i < offset + ID_LENGTH; i++) id += ALPHABET[pool[i]! & 31];
  offset += ID_LENGTH;
  return id;
}
