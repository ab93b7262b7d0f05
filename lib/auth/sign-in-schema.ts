import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-policy";

/** What the sign-in form sends. Error messages are keys under "Auth.errors". */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "emailRequired").max(254, "emailInvalid").email("emailInvalid"),
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX_LENGTH, "invalidCredentials"),
  /** The authenticator app's code, or a recovery code, for accounts with two-step verification. */
  code: z.string().trim().max(32, "codeInvalid").optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
