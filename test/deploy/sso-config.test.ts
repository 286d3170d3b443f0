// The OpenID settings are read strictly: all of issuer, client id and secret or none, a clear
// error for half a configuration, and RAPPORT_PUBLIC_URL whenever links leave this machine.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config';

const SSO = {
  RAPPORT_OIDC_ISSUER: 'https://id.example.com/realms/staff/',
  RAPPORT_OIDC_CLIENT_ID: 'rapport',
  RAPPORT_OIDC_CLIENT_SECRET: 's3cret',
  RAPPORT_PUBLIC_URL: 'https://rapport.example.com',
};

const fails = (env: Record<string, string>) => {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('OpenID configuration', () => {
  it('is off without any RAPPORT_OIDC_ variable, and complete with the three', () => {
    expect(readConfig({}).oidc).toBeNull();
    expect(
      readConfig({
        ...SSO,
        RAPPORT_OIDC_ALLOWED_DOMAINS: ' Example.com, @example.org ,',
        RAPPORT_OIDC_ONLY: '1',
        RAPPORT_OIDC_NAME: 'Okta',
      }).oidc,
    ).toEqual({
      issuer: 'https://id.example.com/realms/staff',
      clientId: 'rapport',
      clientSecret: 's3cret',
      allowedDomains: ['example.com', 'example.org'],
      only: true,
      name: 'Okta',
    });
    expect(readConfig(SSO).oidc).toMatchObject({ allowedDomains: [], only: false, name: 'SSO' });
  });

  it('names what is missing from half a configuration', () => {
    expect(fails({ ...SSO, RAPPORT_OIDC_CLIENT_SECRET: '' })).toBe(
      'Sign-in with an OpenID provider needs RAPPORT_OIDC_ISSUER, RAPPORT_OIDC_CLIENT_ID, RAPPORT_OIDC_CLIENT_SECRET; missing RAPPORT_OIDC_CLIENT_SECRET',
    );
    expect(fails({ RAPPORT_OIDC_ONLY: '1' })).toMatch(
      /^RAPPORT_OIDC_ONLY needs RAPPORT_OIDC_ISSUER/,
    );
    expect(fails({ ...SSO, RAPPORT_OIDC_ONLY: 'yes' })).toMatch(/RAPPORT_OIDC_ONLY must be 1, 0/);
    expect(fails({ ...SSO, RAPPORT_OIDC_ALLOWED_DOMAINS: 'example.com, not a domain' })).toMatch(
      /"not a domain"/,
    );
  });

  it('wants https for the provider, allowing http only on loopback', () => {
    expect(fails({ ...SSO, RAPPORT_OIDC_ISSUER: 'http://id.example.com' })).toMatch(
      /must be an https:\/\/ address/,
    );
    expect(fails({ ...SSO, RAPPORT_OIDC_ISSUER: 'id.example.com' })).toMatch(/https:\/\//);
    expect(readConfig({ ...SSO, RAPPORT_OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
  });

  it('requires RAPPORT_PUBLIC_URL with SSO, and with mail unless the server only listens on loopback', () => {
    expect(fails({ ...SSO, RAPPORT_PUBLIC_URL: '' })).toBe(
      'RAPPORT_PUBLIC_URL is required with RAPPORT_OIDC_ISSUER: the provider sends people back to RAPPORT_PUBLIC_URL/auth/oidc/callback, e.g. https://rapport.example.com',
    );
    const smtp = { RAPPORT_SMTP_URL: 'smtp://mail.example.com:587' };
    expect(fails({ ...smtp, HOST: '0.0.0.0' })).toMatch(
      /^RAPPORT_PUBLIC_URL is required with RAPPORT_SMTP_URL when HOST is 0\.0\.0\.0/,
    );
    expect(
      readConfig({ ...smtp, HOST: '0.0.0.0', RAPPORT_PUBLIC_URL: 'https://r.example.com' }).smtp,
    ).not.toBeNull();
    // On loopback the address it listens on is one a session on this machine reaches.
    expect(readConfig(smtp).publicUrl).toBeNull();
  });
});
