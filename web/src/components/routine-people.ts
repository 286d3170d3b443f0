import type { Person } from '../api/people-types';

/** "Ana Lopez and Ben", from ids, skipping people who were deleted. */
export function peopleNames(ids: string[], people: Person[] | undefined): string {
  const byId = new Map((people ?? []).map((person) => [person.id, person.name]));
  const names = ids.map((id) => byId.get(id)).filter((name): name is string => Boolean(name));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A 400 about the rule ("rule: I can't read …") as the field's own message. */
export function ruleError(error: unknown): string | undefined {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string' || !message.startsWith('rule: ')) return undefined;
  const text = message.slice('rule: '.length);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
