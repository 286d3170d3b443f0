// Structured values are stored as JSON text on both databases.

export const toJson = (value: unknown) => JSON.stringify(value ?? []);

export function fromJsonArray(text: string | null): string[] {
  if (!text) return [];
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
