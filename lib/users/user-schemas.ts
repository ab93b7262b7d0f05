import { z } from "zod";
import { Role } from "@/lib/db/generated/enums";
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";

// Messages are translation keys under "Users.errors" (the form shows them next to each field).
export const roleSchema = z.enum(Object.values(Role) as [Role, ...Role[]], { error: "roleInvalid" });

export const emailSchema = z
  .string({ error: "emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email({ error: "emailInvalid" }));

const userId = z.uuid({ error: "userInvalid" });

/** Optional: blank means "generate a strong password and show it once". */
const newPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH + 1)
  .optional()
  .transform((value) => (value ? value : undefined));

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(120, "nameTooLong"),
    role: roleSchema,
    password: newPassword,
  })
  .superRefine((value, context) => {
    if (!value.password) return;
    for (const problem of checkPasswordPolicy(value.password, value.email)) {
      context.addIssue({ code: "custom", path: ["password"], message: `password.${problem}` });
    }
  });

export const changeUserRoleSchema = z.object({ userId, role: roleSchema, version: z.coerce.number().int().optional() });

export const setUserDisabledSchema = z.object({ userId, disabled: z.boolean() });

export const resetUserPasswordSchema = z.object({ userId, password: newPassword });

export type CreateUserInput = z.input<typeof createUserSchema>;
