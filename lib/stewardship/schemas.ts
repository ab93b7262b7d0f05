import { z } from "zod";
import { plainText } from "./plain-text";

export const CORRECTION_KINDS = ["phone", "hours", "address", "closed", "eligibility", "other"] as const;
export const MODERATION_STATUSES = ["new", "in_progress", "applied", "dismissed"] as const;
export const VERIFICATION_METHODS = ["phone", "email", "web", "visit", "organization_update"] as const;
export const CORRECTION_MESSAGE_MAX = 1000;

const uuid = z.uuid({ message: "invalid" });
/** "" and missing both mean "not given" (forms send empty strings). */
export const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalUuid = z.preprocess(blank, uuid.optional());

export const optionalEmail = z.preprocess(
  (value) => blank(typeof value === "string" ? value.trim().toLowerCase() : value),
  z.email({ message: "emailInvalid" }).max(254, { message: "tooLong" }).optional(),
);

/** Free text from the public or a form: plain text, bounded. */
export const plainMessage = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? plainText(value) : value),
    z
      .string({ message: "required" })
      .max(max, { message: "tooLong" })
      .superRefine((text, ctx) => {
        if (text.length === 0) ctx.addIssue({ code: "custom", message: "required" });
        else if (text.length < min) ctx.addIssue({ code: "custom", message: "tooShort" });
      }),
  );

export const correctionInput = z
  .object({
    serviceId: optionalUuid,
    organizationId: optionalUuid,
    kind: z.enum(CORRECTION_KINDS, { message: "unknownOption" }),
    message: plainMessage(5, CORRECTION_MESSAGE_MAX),
    email: optionalEmail,
    locale: z.preprocess(blank, z.enum(["fr", "en"], { message: "unknownOption" }).default("fr")),
  })
  .refine((c) => !!c.serviceId !== !!c.organizationId, {
    message: "recordRequired",
    path: ["record"],
    // Reported with the other fields' errors, not only once they are valid.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

export const moderationStatusInput = z.object({
  source: z.enum(["correction", "flag", "change_request"], { message: "unknownOption" }),
  id: uuid,
  status: z.enum(MODERATION_STATUSES, { message: "unknownOption" }),
});

export const verifyRecordInput = z.object({
  entity: z.enum(["organization", "service"], { message: "unknownOption" }),
  id: uuid,
  version: z.coerce.number({ message: "invalid" }).int().min(1),
  method: z.enum(VERIFICATION_METHODS, { message: "unknownOption" }),
  note: z.preprocess(
    (value) => blank(typeof value === "string" ? plainText(value) : value),
    z.string().max(1000, { message: "tooLong" }).optional(),
  ),
  /** Months until the next review; also saved as the record's interval. */
  intervalMonths: z.preprocess(blank, z.coerce.number({ message: "invalid" }).int().min(1).max(36).optional()),
});

export const reviewPlanInput = z.object({
  entity: z.enum(["organization", "service"], { message: "unknownOption" }),
  id: uuid,
  assigneeId: optionalUuid,
  intervalMonths: z.preprocess(blank, z.coerce.number({ message: "invalid" }).int().min(1).max(36).optional()),
});

export const createUpdateLinkInput = z.object({
  organizationId: uuid,
  /** Saved as the organization's update contact when given. */
  email: optionalEmail,
  locale: z.preprocess(blank, z.enum(["fr", "en"], { message: "unknownOption" }).optional()),
  /** Email the link to the update contact (otherwise the editor copies it). */
  send: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export const updateLinkIdInput = z.object({ linkId: uuid });

/** Checkboxes and hidden inputs of one name: none, one or many values. */
const stringList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string().max(200)).max(500),
);

export const applyChangeRequestInput = z.object({
  id: uuid,
  /** The field keys of the diff the editor accepts; every other changed field is rejected. */
  accept: stringList,
  /** The record versions the editor's screen showed ("service:<id>:3"): see applyChangeRequest. */
  seen: stringList,
});
