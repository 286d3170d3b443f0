// Refuses passwords that are easy to guess, with zxcvbn's dictionaries of common passwords,
// names and words. Server-side only (the dictionaries are megabytes), loaded on first use so
// start-up and commands that never set a password do not pay for them.
import { invalidInput } from '../errors';

/** zxcvbn scores 0–4; 3 means "safely unguessable" against an online attack with limits. */
export const MIN_PASSWORD_SCORE = 3;

interface Checker {
  check(password: string, userInputs?: string[]): StrengthResult;
}
interface StrengthResult {
  score: number;
  feedback: { warning: string | null; suggestions: string[] };
}

let checker: Promise<Checker> | undefined;

function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    // CommonJS packages: Node gives their exports as `default`, bundlers sometimes as named.
    const [core, common, en] = (
      await Promise.all([
        import('@zxcvbn-ts/core'),
        import('@zxcvbn-ts/language-common'),
        import('@zxcvbn-ts/language-en'),
      ])
    ).map((module) => ('default' in module && module.default ? module.default : module)) as [
      typeof import('@zxcvbn-ts/core'),
      typeof import('@zxcvbn-ts/language-common'),
      typeof import('@zxcvbn-ts/language-en'),
    ];
    return new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    }) as Checker;
  })();
  return checker;
}

/**
 * Throws a 400 naming `field` when the password is too easy to guess. `related` are words the
 * account itself gives away (e-mail, name), which an attacker would try first.
 */
export async function requireStrongPassword(
  password: string,
  related: string[] = [],
  field = 'password',
): Promise<void> {
  const lowered = related.map((value) => value.toLowerCase());
  const words = lowered.flatMap((value) => [
    value,
    value.replace(/[^\p{L}\p{N}]+/gu, ''),
    ...value.split(/[^\p{L}\p{N}]+/u),
  ]);
  const inputs = [...new Set(words.filter((word) => word.length > 2))];
  const result = (await loadChecker()).check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  const message = `${field}: This password is too easy to guess.${hint ? ` ${hint}` : ''} A few unrelated words make a strong one.`;
  throw invalidInput(message, [{ path: field, message }]);
}
