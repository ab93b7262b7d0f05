import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { stewardshipKey } from "./keys";

/** People take more than this to read a form and type a sentence; scripts don't. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer than a day is stale (the page is simply reloaded). */
const MAX_AGE_MS = 86_400_000;

const sign = (issuedAt: string) =>
  createHmac("sha256", stewardshipKey("form-time")).update(issuedAt).digest("base64url");

/** A signed "the form was shown at" stamp, put in a hidden field. */
export function issueFormTime(now = Date.now()): string {
  const issuedAt = String(now);
  return `${issuedAt}.${sign(issuedAt)}`;
}

/** "ok", or why the submission looks automated: no valid stamp, or sent too fast. */
export function checkFormTime(token: unknown, now = Date.now()): "ok" | "missing" | "too_fast" | "stale" {
  if (typeof token !== "string") return "missing";
  const [issuedAt, signature] = token.split(".");
  if (!issuedAt || !signature || !/^\d{1,15}$/.test(issuedAt)) return "missing";
  const expected = Buffer.from(sign(issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "missing";
  const elapsed = now - Number(issuedAt);
  if (elapsed < MIN_FILL_MS) return "too_fast";
  if (elapsed > MAX_AGE_MS) return "stale";
  return "ok";
}
