// The checks on account fields, shared by setup, sign-up and profile edits.
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time/time-zone';
import { singleLineText } from '../text-fields';

export const emailField = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }));

export const nameField = singleLineText(100).min(1, 'A name is required');

export const passwordField = z
  .string()
  .min(8, 'A password needs at least 8 characters')
  .max(200, 'A password can have at most 200 characters');

export const timeZoneField = z.string().trim().refine(isValidTimeZone, {
  message: 'Unknown time zone; use an IANA name such as Europe/Berlin',
});
