import { describe, expect, it } from 'vitest';
import { pickId } from '../../src/cli/id-prefix';

const trips = [
  { id: '3f2a9c', city: 'Lisbon' },
  { id: '3f77b0', city: 'Porto' },
  { id: 'a01d44', city: 'Berlin' },
];
const city = (t: (typeof trips)[number]) => t.city;

describe('naming a record by the start of its id', () => {
  it('finds the one record an id or a unique start names', () => {
    expect(pickId('a01d44', trips, city)).toBe('a01d44');
    expect(pickId(' A01 ', trips, city)).toBe('a01d44');
    expect(pickId('3f2', trips, city)).toBe('3f2a9c');
  });

  it('asks for more when a start fits several, and leaves an unknown id to the API', () => {
    expect(() => pickId('3f', trips, city)).toThrow(
      '"3f" is the start of 2 ids: 3f2a9c (Lisbon); 3f77b0 (Porto). Type more of it.',
    );
    expect(pickId('ffff', trips, city)).toBe('ffff');
  });

  it('refuses an empty id rather than matching every record', () => {
    expect(() => pickId('  ', trips, city)).toThrow('The id is empty.');
  });
});
