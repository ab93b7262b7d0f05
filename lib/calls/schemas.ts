import { z } from "zod";
import { findPii, PII_MESSAGE } from "./pii";

export const AGE_GROUPS = ["age_0_17", "age_18_29", "age_30_49", "age_50_64", "age_65_plus", "unknown"] as const;
export const HOW_HEARD = [
  "previous_call",
  "family_friends",
  "community_organization",
  "health_network",
  "government",
  "internet",
  "media",
  "other",
] as const;
export const UNMET_REASONS = ["no_resource", "not_eligible", "waiting_list", "closed", "too_far", "other"] as const;
export const FLAG_REASONS = ["number_not_working", "wrong_information", "closed_or_moved", "other"] as const;
export const FLAG_STATUSES = ["new", "in_progress", "resolved", "dismissed"] as const;
export const CALL_LANGUAGES = ["fr", "en", "es", "ar", "other"] as const;
export const NOTE_MAX = 200;

const uuid = z.uuid({ message: "invalid" });
/** "" and missing both mean "not given" (forms send empty strings). */
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blank, z.enum(values, { message: "unknownOption" }).optional());

/** Short free text that must not carry personal information. */
export const safeText = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z
    .string({ message: "invalid" })
    .max(NOTE_MAX, { message: "tooLong" })
    .superRefine((text, ctx) => {
      const kind = findPii(text);
      if (kind) ctx.addIssue({ code: "custom", message: PII_MESSAGE[kind] });
    }),
);

export const callContextInput = z.object({
  /** A municipality slug, a postal code (only its first three characters are used) or empty. */
  place: z.preprocess(blank, z.string().trim().max(100, { message: "tooLong" }).optional()),
  language: z.preprocess(blank, z.enum(CALL_LANGUAGES, { message: "unknownOption" }).default("fr")),
  ageGroup: optionalEnum(AGE_GROUPS),
});

export const callIdInput = z.object({ callId: uuid });

export const referralInput = z.object({ callId: uuid, serviceId: uuid });

export const unmetNeedInput = z.object({
  callId: uuid,
  termCode: z.string({ message: "required" }).trim().min(1, { message: "required" }).max(100),
  reason: z.enum(UNMET_REASONS, { message: "unknownOption" }),
});

export const emptySearchInput = z.object({
  callId: uuid,
  query: z.string().trim().max(200).default(""),
});

export const endCallInput = z.object({
  callId: uuid,
  needs: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  howHeard: optionalEnum(HOW_HEARD),
  note: z.preprocess(blank, safeText.optional()),
});

export const flagRecordInput = z
  .object({
    serviceId: z.preprocess(blank, uuid.optional()),
    organizationId: z.preprocess(blank, uuid.optional()),
    reason: z.enum(FLAG_REASONS, { message: "unknownOption" }),
    comment: z.preprocess(blank, safeText.optional()),
  })
  .refine((flag) => !!flag.serviceId !== !!flag.organizationId, { message: "required", path: ["serviceId"] });

export const flagStatusInput = z.object({
  flagId: uuid,
  status: z.enum(FLAG_STATUSES, { message: "unknownOption" }),
});

export const agentNotesInput = z.object({
  entity: z.enum(["service", "organization"], { message: "unknownOption" }),
  id: uuid,
  agentNotes: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string().max(2000, { message: "tooLong" }).default(""),
  ),
});
