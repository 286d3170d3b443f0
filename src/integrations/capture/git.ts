// Commits from local repositories (git sources): `git log` run directly (execFile, no shell), so a
// path or an e-mail can never become a command. Only the user's own commits are read, merges left
// out, and both time and output are bounded so a huge or hung repository cannot stall a sync.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { GitClient } from '../../app/ports/capture';
import { childEnvironment } from '../../config';
import type { CapturedCommit } from '../../domain/capture/capture-types';

/** At most this many commits per repository and sync: a few years of one person's work. */
export const MAX_COMMITS = 5000;
const TIME_OUT_MS = 20_000;
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
const TITLE_MAX = 200;
const FIELD = '\x1f';
const SLACK_MS = 7 * 24 * 3600 * 1000;

/** Runs git with its own config kept out of the way (no pager, prompts, colours or signatures). */
function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      'git',
      ['-C', cwd, '-c', 'log.showSignature=false', '-c', 'color.ui=false', ...args],
      {
        timeout: TIME_OUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: 'utf8',
        env: childEnvironment({ GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }),
      },
      (error, stdout, stderr) => {
        if (!error) return done(stdout);
        const failure = error as NodeJS.ErrnoException & { killed?: boolean };
        if (failure.code === 'ENOENT')
          return fail(new Error('git is not installed on this machine'));
        if (failure.killed)
          return fail(new Error(`git took longer than ${TIME_OUT_MS / 1000} s in ${cwd}`));
        if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return fail(new Error(`git printed too much in ${cwd}`));
        const said = String(stderr)
          .trim()
          .split('\n')[0]
          ?.replace(/^fatal: /, '');
        fail(new Error(`git said about ${cwd}: ${said || failure.message}`));
      },
    );
  });
}

/** The repository at `path` and the name it is shown under (its folder, without ".git"). */
async function openRepository(path: string): Promise<{ dir: string; name: string }> {
  const dir = resolve(path);
  const found = await stat(dir).catch(() => null);
  if (!found?.isDirectory()) throw new Error(`No folder at ${dir}`);
  let bare: string;
  try {
    bare = (await git(dir, ['rev-parse', '--is-bare-repository'])).trim();
  } catch (error) {
    const message = (error as Error).message;
    if (/not a git repository/i.test(message)) throw new Error(`${dir} is not a git repository`);
    throw error;
  }
  if (bare === 'true') {
    const gitDir = (await git(dir, ['rev-parse', '--absolute-git-dir'])).trim();
    return { dir, name: basename(gitDir).replace(/\.git$/, '') || basename(dirname(gitDir)) };
  }
  const top = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  return { dir, name: basename(top) };
}

export const gitClient: GitClient = {
  async commits(path, emails, since) {
    const wanted = new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean));
    if (wanted.size === 0) return [];
    const sinceMs = Date.parse(since);
    if (Number.isNaN(sinceMs)) throw new Error(`Not an instant: ${since}`);
    const repository = await openRepository(path);
    // Fixed-string, case-insensitive author filters (ORed) keep the output to the user's commits;
    // the exact comparison below then drops "me@x.org" matching inside "not-me@x.org".
    const authors = [...wanted].map((email) => `--author=<${email}>`);
    const output = await git(repository.dir, [
      'log',
      '--branches',
      '--remotes',
      '--no-merges',
      '--fixed-strings',
      '--regexp-ignore-case',
      ...authors,
      // git cuts by committer date and stops walking at older commits: a week's slack keeps
      // commits whose dates are slightly out of order; the author date is checked below.
      `--since=${new Date(sinceMs - SLACK_MS).toISOString()}`,
      `--max-count=${MAX_COMMITS}`,
      '-z',
      `--format=%H${FIELD}%aI${FIELD}%ae${FIELD}%B`,
    ]);
    const commits: CapturedCommit[] = [];
    for (const record of output.split('\0')) {
      const [sha, authored, email, message] = record.split(FIELD);
      if (!sha || !authored || email === undefined || message === undefined) continue;
      const at = new Date(authored);
      if (Number.isNaN(at.getTime()) || at.getTime() < sinceMs) continue;
      if (!wanted.has(email.toLowerCase())) continue;
      const title = message.trim().split('\n')[0]!.trim().slice(0, TITLE_MAX);
      commits.push({
        repository: repository.name,
        sha: sha.trim(),
        at: at.toISOString(),
        authorEmail: email.toLowerCase(),
        title: title || '(no message)',
      });
    }
    return commits;
  },
};
