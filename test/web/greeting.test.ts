// Today greets the user by the first word of their name, so the greeting stays one line on a
// phone at any hour ("Good afternoon, Kai Lehmann" took two).
import { describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';

describe('the name Today greets', () => {
  it('is the first word of the name, whatever the spaces around it', () => {
    expect(firstName('Kai Lehmann')).toBe('Kai');
    expect(firstName('  Asha   Rao ')).toBe('Asha');
    expect(firstName('Björk')).toBe('Björk');
  });
});
