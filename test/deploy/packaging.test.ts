// The Dockerfile, compose file and systemd unit cannot be built or run on this machine, so this
// test checks what can silently rot: every variable they set is one Rapport reads, and the values
// they give are ones Rapport accepts at start.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readConfig } from '../../src/config';

const configVariables = new Set(
  [...readFileSync('src/config.ts', 'utf8').matchAll(/env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!),
);

/** `ENV A=1 \ B=2` instructions of a Dockerfile (line continuations joined). */
function dockerfileEnv(text: string): Record<string, string> {
  const joined = text.replace(/\\\n/g, ' ');
  const env: Record<string, string> = {};
  for (const line of joined.split('\n')) {
    const match = /^ENV\s+(.*)$/.exec(line.trim());
    if (!match) continue;
    for (const [, name, value] of match[1]!.matchAll(/([A-Z][A-Z0-9_]*)=("[^"]*"|\S+)/g)) {
      env[name!] = value!.replace(/^"|"$/g, '');
    }
  }
  return env;
}

/** The keys of compose's shared Rapport environment block, with `${X:-default}` resolved. */
function composeEnv(text: string): Record<string, string> {
  const block = /^x-rapport-environment: &rapport-environment\n((?: {2}.*\n)+)/m.exec(text);
  if (!block) throw new Error('compose.yaml has no x-rapport-environment block');
  const env: Record<string, string> = {};
  for (const line of block[1]!.split('\n').filter(Boolean)) {
    const [, key, raw = ''] = /^ {2}([A-Z0-9_]+): (.*)$/.exec(line) ?? [];
    if (!key) throw new Error(`unexpected line in the environment block: ${line}`);
    env[key] = raw
      .replace(/^"|"$/g, '')
      .replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')
      .replace(/\$\{RAPPORT_SECRET:\?[^}]*\}/, 'x'.repeat(44));
  }
  return env;
}

/** `Environment=A=1` lines of a unit, and `A=1` / `# A=1` lines of an env file. */
function assignments(text: string, prefix: RegExp): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = new RegExp(`${prefix.source}([A-Z][A-Z0-9_]*)=(.*)$`).exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

const files = {
  Dockerfile: dockerfileEnv(readFileSync('Dockerfile', 'utf8')),
  'compose.yaml': composeEnv(readFileSync('compose.yaml', 'utf8')),
  'deploy/rapport.service': assignments(
    readFileSync('deploy/rapport.service', 'utf8'),
    /^Environment=/,
  ),
  'deploy/rapport.env.example': assignments(
    readFileSync('deploy/rapport.env.example', 'utf8'),
    /^(?:#\s*)?/,
  ),
};

describe('deployment files', () => {
  for (const [file, env] of Object.entries(files)) {
    test(`${file} sets only variables Rapport reads, with values it accepts`, () => {
      expect(Object.keys(env).length).toBeGreaterThan(0);
      const unknown = Object.keys(env).filter((name) => !configVariables.has(name));
      expect(unknown, `${file} sets variables src/config.ts never reads`).toEqual([]);
      const withSecret = env.DATABASE_URL ? { RAPPORT_SECRET: 'x'.repeat(44), ...env } : env;
      expect(() => readConfig(withSecret)).not.toThrow();
    });
  }

  test('the container runs as its own user with the data folder as a volume and a health check', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^USER rapport$/m);
    expect(dockerfile).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(dockerfile).toContain('/api/health');
    expect(files.Dockerfile.RAPPORT_DATA).toBe('/data');
  });

  test('the systemd unit is hardened and runs as a dedicated user', () => {
    const unit = readFileSync('deploy/rapport.service', 'utf8');
    for (const option of [
      'User=rapport',
      'NoNewPrivileges=yes',
      'ProtectSystem=strict',
      'PrivateTmp=yes',
      'ReadWritePaths=/var/lib/rapport',
    ]) {
      expect(unit).toContain(option);
    }
  });

  test('compose runs two instances of one fleet on PostgreSQL', () => {
    const compose = readFileSync('compose.yaml', 'utf8');
    expect(compose.match(/environment: \*rapport-environment/g)).toHaveLength(2);
    expect(files['compose.yaml'].DATABASE_URL).toMatch(/^postgres:\/\//);
  });
});
