// Request bodies of the admin's account routes; the routes and the web app use these types.
import { z } from 'zod';

export const accountChangeInput = z
  .object({
    disabled: z.boolean().optional(),
    role: z.enum(['admin', 'member']).optional(),
  })
  .strict()
  .refine((input) => input.disabled !== undefined || input.role !== undefined, {
    message: 'Send disabled or role',
  });

/** Removing an account is confirmed by typing its e-mail address. */
export const accountRemovalInput = z
  .object({ confirmEmail: z.string().trim().min(1, 'Type the e-mail address to confirm').max(254) })
  .strict();

export type AccountChange = z.output<typeof accountChangeInput>;
export type AccountRemoval = z.output<typeof accountRemovalInput>;
