import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { stewardshipKey } from "./keys";

/** 32 random bytes: the secret part of an update link, shown once and never stored. */
export const newUpdateToken = () => randomBytes(32).toString("base64url");

/**
 * What the database keeps: an HMAC of the token under a key derived from AUTH_SECRET. A copy
 * of the database alone neither contains a link nor lets anyone make one.
 */
export const hashUpdateToken = (token: string) =>
  createHmac("sha256", stewardshipKey("update-link")).update(token).digest("hex");

export const UPDATE_LINK_DAYS = 30;

/** The public address of the update form, in the organization's language. */
export function updateLinkUrl(token: string, locale: string) {
  const base = (process.env.PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}/${locale === "en" ? "en/update" : "fr/mise-a-jour"}/${token}`;
}
