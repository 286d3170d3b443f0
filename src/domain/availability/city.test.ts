import { describe, expect, it } from 'vitest';
import { normalizeCity, sameCity } from './city.js';

describe('normalizeCity', () => {
  it.each([
    ['  new york city ', 'new york'],
    ['NYC', 'new york'],
    ['New York, NY', 'new york'],
    ['St. Louis, MO', 'saint louis'],
    ['Saint-Étienne', 'saint etienne'],
    ['Köln', 'cologne'],
    ['München (Bavaria)', 'munich'],
    ['Frankfurt am Main', 'frankfurt'],
    ['São Paulo', 'sao paulo'],
    ['Washington D.C.', 'washington'],
    ['', ''],
  ])('%j → %j', (name, key) => {
    expect(normalizeCity(name)).toBe(key);
  });
});

describe('sameCity', () => {
  it('matches spellings of one city and nothing else', () => {
    expect(sameCity('New York City', 'nyc')).toBe(true);
    expect(sameCity('Zürich', 'zurich, Switzerland')).toBe(true);
    expect(sameCity('Bombay', 'Mumbai')).toBe(true);
    expect(sameCity('York', 'New York')).toBe(false);
    expect(sameCity('', '')).toBe(false);
  });
});
