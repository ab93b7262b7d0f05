// Field validators shared by every record form. Messages are translation keys
// (namespace "Records.validation"), so the same schema feeds the domain and the form.
import { z } from "zod";
import { normalizePhone } from "@/lib/format/phone";
import { normalizePostalCode } from "@/lib/format/postal-code";

const blankToNull = (value: unknown) => {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  return value;
};

export const requiredText = (max = 500) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : (value ?? "")),
    z.string({ error: "required" }).min(1, "required").max(max, "tooLong"),
  );

export const optionalText = (max = 5000) =>
  z.preprocess(blankToNull, z.string({ error: "invalid" }).max(max, "tooLong").nullable());

export const optionalEmail = z.preprocess(
  blankToNull,
  z
    .string()
    .max(254, "tooLong")
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "emailInvalid")
    .transform((email) => email.toLowerCase())
    .nullable(),
);

/** http(s) only; "www.example.org" is accepted and stored as "https://www.example.org". */
export const optionalUrl = z.preprocess(
  (value) => {
    const text = blankToNull(value);
    return typeof text === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(text) ? `https://${text}` : text;
  },
  z
    .string()
    .max(2000, "tooLong")
    .refine((text) => {
      try {
        const url = new URL(text);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
      } catch {
        return false;
      }
    }, "urlInvalid")
    .nullable(),
);

export const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => {
      const text = blankToNull(value);
      return typeof text === "string" ? (/^-?\d+$/.test(text) ? Number(text) : NaN) : text;
    },
    z.number({ error: message }).int(message).min(min, message).max(max, message).nullable(),
  );

export const optionalNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => {
      const text = blankToNull(value);
      return typeof text === "string" ? Number(text.replace(",", ".")) : text;
    },
    z.number({ error: message }).min(min, message).max(max, message).nullable(),
  );

/** A checkbox: present ("on") means true. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A tri-state select ("", "yes", "no") for facts that may be unknown. */
export const yesNoUnknown = z.preprocess(
  (value) => (value === "yes" || value === true ? true : value === "no" || value === false ? false : null),
  z.boolean().nullable(),
);

export const version = z.preprocess(
  (value) => (typeof value === "string" ? Number(value) : value),
  z.number({ error: "invalid" }).int("invalid").min(1, "invalid"),
);

export const recordStatus = z.enum(["active", "temporarily_closed", "inactive", "defunct"], { error: "invalid" });

export const uuid = z.string().uuid("invalid");

/** A list of ids from checkboxes or a multi-select: one value or many. */
export const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().uuid("invalid")),
);

export const optionalDate = z.preprocess(
  blankToNull,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), "dateInvalid")
    .nullable(),
);

export const postalCode = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z
    .string()
    .min(1, "required")
    .transform((text, ctx) => {
      const normalized = normalizePostalCode(text);
      if (!normalized) ctx.addIssue({ code: "custom", message: "postalCodeInvalid" });
      return normalized ?? text;
    }),
);

export const phoneTypes = ["voice", "toll_free", "fax", "text", "tty"] as const;

/**
 * One phone row of a form. A row left entirely blank is dropped (the form always offers
 * an empty row), so indices, and the errors attached to them, stay those of the form.
 */
export const phoneRow = z
  .object({
    number: optionalText(60),
    extension: optionalText(20),
    type: z.preprocess((v) => v || "voice", z.enum(phoneTypes, { error: "invalid" })),
    descriptionFr: optionalText(200),
    descriptionEn: optionalText(200),
  })
  .transform((row, ctx) => {
    if (row.extension && !/^\d{1,6}$/.test(row.extension)) {
      ctx.addIssue({ code: "custom", message: "extensionInvalid", path: ["extension"] });
      return null;
    }
    if (!row.number) {
      if (row.extension || row.descriptionFr || row.descriptionEn) {
        ctx.addIssue({ code: "custom", message: "required", path: ["number"] });
      }
      return null;
    }
    const phone = normalizePhone(row.number);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "phoneInvalid", path: ["number"] });
      return null;
    }
    // An extension typed with the number ("… poste 7") is the latest intent: it wins over the field.
    return { ...row, number: phone.number, extension: phone.extension ?? row.extension ?? null };
  });

export const phoneList = z.preprocess(
  (value) => (Array.isArray(value) ? value.map((row) => row ?? {}) : []),
  z.array(phoneRow).transform((rows) => rows.filter((row) => row !== null)),
);

export type PhoneInput = NonNullable<z.output<typeof phoneRow>>;
