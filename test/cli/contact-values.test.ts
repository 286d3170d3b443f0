// Several e-mails and phones from the command line: `--email` and `--phone` repeat, take
// `label:value`, the first is preferred, and `person show --json` carries `emails`/`phones`
// next to `email`/`phone` for scripts that know one address. Runs the built binary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import { dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('rapport person with several e-mails and phones on %s', (dialect) => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({ dialect }));
  });
  afterAll(() => db?.dispose());

  it('adds repeated --email and --phone with labels, and shows them as JSON and text', async () => {
    ok(
      await cli(
        'person',
        'add',
        'Greta',
        'Gruber',
        '--email',
        'greta@work.example',
        '--email',
        'home:greta@home.example',
        '--phone',
        'work:+49 30 1234567',
        '--phone',
        '+49 170 7654321',
      ),
    );
    const greta = JSON.parse(ok(await cli('person', 'show', 'Greta', '--json')));
    expect(greta).toMatchObject({
      email: 'greta@work.example',
      phone: '+49 30 1234567',
      emails: [
        { value: 'greta@work.example', label: null, preferred: true },
        { value: 'greta@home.example', label: 'home', preferred: false },
      ],
      phones: [
        { value: '+49 30 1234567', label: 'work', preferred: true },
        { value: '+49 170 7654321', label: null, preferred: false },
      ],
    });
    const text = ok(await cli('person', 'show', 'Greta'));
    expect(text).toContain('greta@work.example (preferred)');
    expect(text).toContain('greta@home.example (home)');
    expect(text).toContain('+49 30 1234567 (work, preferred)');
  });

  it('replaces the e-mails on edit, and refuses a bad one without changing anything', async () => {
    ok(await cli('person', 'edit', 'Greta', '--email', 'mobile:greta@new.example'));
    const greta = JSON.parse(ok(await cli('person', 'show', 'Greta', '--json')));
    expect(greta.emails).toEqual([
      { value: 'greta@new.example', label: 'mobile', preferred: true },
    ]);
    expect(greta.phones).toHaveLength(2);
    const bad = await cli('person', 'edit', 'Greta', '--email', 'work:not-an-address');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/e-mail/i);
    const after = JSON.parse(ok(await cli('person', 'show', 'Greta', '--json')));
    expect(after.email).toBe('greta@new.example');
  });
});
