// What the service worker shows for a push and where a click on it may lead
// (web/src/service-worker/push.ts): the push stream's JSON, and whatever else may arrive.
import { describe, expect, it } from 'vitest';
import { notificationTarget, parsePush } from '../../web/src/service-worker/push';

const ORIGIN = 'https://rapport.example.com';

describe('a push message', () => {
  it('shows the payload the server sends', () => {
    const payload = {
      title: 'Ana is at work for 40 more minutes',
      body: 'A good time to say hi',
      url: '/?focus=person:abc',
      tag: 'reach-out:abc',
    };
    expect(parsePush(JSON.stringify(payload))).toEqual(payload);
  });

  it('still shows something for an empty, non-JSON or odd payload', () => {
    expect(parsePush(null)).toEqual({ title: 'Rapport', body: '', url: '/', tag: undefined });
    expect(parsePush('Plain words')).toMatchObject({ title: 'Rapport', body: 'Plain words' });
    expect(parsePush('{"title": 42, "body": ["x"]}')).toMatchObject({ title: 'Rapport', body: '' });
  });
});

describe('where a notification click leads', () => {
  it('opens a path inside Rapport', () => {
    expect(notificationTarget('/people/abc?x=1#notes', ORIGIN)).toBe('/people/abc?x=1#notes');
  });

  it('never leaves Rapport', () => {
    for (const url of [
      'https://evil.example.com/',
      '//evil.example.com/path',
      'javascript:alert(1)',
      `${ORIGIN}/people`,
      42,
      undefined,
    ]) {
      expect(notificationTarget(url, ORIGIN)).toBe('/');
    }
  });
});
