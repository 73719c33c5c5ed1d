import { z } from 'zod';

// Only presence is checked here: the password policy applies when a password is set, never at
// login (an answer must not say which rule a guess broke).
export const loginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const codeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/),
});
