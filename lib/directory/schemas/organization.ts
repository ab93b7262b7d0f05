import { z } from "zod";
import {
  optionalEmail,
  optionalInt,
  optionalText,
  optionalUrl,
  phoneList,
  recordStatus,
  requiredText,
  version,
} from "./fields";

/** The organization's own fields, as in the "Organization" section of the edit screen. */
export const organizationFields = z.object({
  nameFr: requiredText(200),
  nameEn: optionalText(200),
  alternateName: optionalText(200),
  descriptionFr: requiredText(5000),
  descriptionEn: optionalText(5000),
  email: optionalEmail,
  website: optionalUrl,
  legalStatus: optionalText(200),
  yearIncorporated: optionalInt(1800, 2100, "yearRange"),
  status: z.preprocess((v) => v || "active", recordStatus),
  phones: phoneList,
});

export const createOrganizationInput = organizationFields;
export const updateOrganizationInput = organizationFields.extend({ version });

export type OrganizationValues = z.output<typeof organizationFields>;
