// Field checks shared by every input schema that takes people's names and links, so the rule is
// written once. Names are read by other people (colleagues in a workspace, the CLI on someone
// else's terminal): a control character in one can drive a terminal, hide text or break a line
// layout, and no real name needs one. Links are opened by a click: only web and mail addresses.
import { z } from 'zod';

/** C0 and C1 control characters and DEL; tab and line breaks included (names are one line). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTER.test(value);

export const NO_CONTROL_MESSAGE = 'Use plain text: no control characters';

/** A one-line name or label of at most `max` characters, trimmed. */
export const singleLineText = (max: number) =>
  z.string().trim().max(max).refine(hasNoControlCharacters, NO_CONTROL_MESSAGE);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** A link someone may click: http, https or mailto only (never javascript:, data:, file:). */
export const linkField = z
  .url({ message: 'Links must be full URLs' })
  .max(500)
  .refine((value) => {
    try {
      return LINK_PROTOCOLS.has(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'Links must start with http://, https:// or mailto:');
