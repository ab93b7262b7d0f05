import { z } from "zod";

/** Message keys of "Lists.validation". */
export const LIST_MESSAGES = new Set(["nameRequired", "nameTooLong", "noteTooLong", "emailInvalid", "invalid"]);

export const listNameSchema = z
  .string()
  .trim()
  .min(1, "nameRequired")
  .max(80, "nameTooLong")
  .transform((name) => name.replace(/\s+/g, " "));

export const listNoteSchema = z
  .string()
  .trim()
  .max(500, "noteTooLong")
  .transform((note) => note || null);
