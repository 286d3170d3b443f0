// The first account of a fresh running server, made through the API (POST /api/setup) rather
// than by clicking through first-run: for tests and benchmarks that are not about first-run.
import { STRONG_PASSWORD } from './passwords';

export interface OwnerDetails {
  name: string;
  email: string;
  password: string;
  timeZone: string;
}

export const DEFAULT_OWNER: OwnerDetails = {
  name: 'Mara Okafor',
  email: 'mara@example.com',
  password: STRONG_PASSWORD,
  timeZone: 'Europe/Berlin',
};

/** The owner's session: the rapport_session cookie's value and its CSRF token. */
export interface OwnerSession {
  cookie: string;
  csrfToken: string;
}

export async function setUpOwnerOverApi(
  serverUrl: string,
  owner: OwnerDetails = DEFAULT_OWNER,
): Promise<OwnerSession> {
  const response = await fetch(new URL('/api/setup', serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(owner),
  });
  if (response.status !== 201) throw new Error(`setup failed: ${await response.text()}`);
  const cookie = /rapport_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('setup set no session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

const ALL_DAY = [{ start: '00:00', end: '24:00' }];
/**
 * A PUT /api/schedule body: at work all day, every day, so Today (which holds work nudges out of
 * working hours) shows the same whatever day and hour a test runs.
 */
export const AT_WORK_ALWAYS = {
  workingHours: {
    mon: ALL_DAY,
    tue: ALL_DAY,
    wed: ALL_DAY,
    thu: ALL_DAY,
    fri: ALL_DAY,
    sat: ALL_DAY,
    sun: ALL_DAY,
  },
};
