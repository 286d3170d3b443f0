// Real git repositories for tests, made with the `git` binary in a temp folder: commits by the
// user and by others, on chosen author dates, with merges, as a real project history looks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRepo {
  path: string;
  /** Commits one file change as `email` on `date` (ISO), returns the sha. */
  commit(email: string, date: string, message: string): string;
  git(...args: string[]): string;
  dispose(): void;
}

/** A fresh repository in a folder named `name` (the name suggestions show). */
export function makeRepo(name: string, { bare = false } = {}): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'rapport-git-'));
  const path = join(root, name);
  mkdirSync(path);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', path, ...args], {
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    }).trim();
  git('init', '-q', '-b', 'main', ...(bare ? ['--bare'] : []));
  let n = 0;
  return {
    path,
    git,
    commit(email, date, message) {
      n += 1;
      writeFileSync(join(path, `file${n}.txt`), `${n}\n`);
      git('add', '-A');
      execFileSync(
        'git',
        [
          '-C',
          path,
          '-c',
          `user.email=${email}`,
          '-c',
          'user.name=Someone',
          'commit',
          '-q',
          '-m',
          message,
        ],
        {
          env: {
            ...process.env,
            GIT_CONFIG_GLOBAL: '/dev/null',
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_AUTHOR_DATE: date,
            GIT_COMMITTER_DATE: date,
          },
        },
      );
      return git('rev-parse', 'HEAD');
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
