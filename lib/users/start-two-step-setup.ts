import "server-only";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/actor";
import { newTotpSecret, totpUri } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";

/**
 * Starts two-step verification for the signed-in staff member: a new secret, kept sealed and
 * inactive until a first code confirms it. Returns what the authenticator app needs: a QR
 * code (SVG, drawn here: nothing leaves the server) and the key to type by hand.
 */
export async function startTwoStepSetup(actor: Actor | null) {
  if (!actor || actor.kind !== "user") throw new Unauthenticated();
  const { base32, sealed } = newTotpSecret();
  await db.user.update({ where: { id: actor.id }, data: { totpSecret: sealed, totpEnabledAt: null } });
  const uri = totpUri(base32, actor.email);
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { key: base32.match(/.{1,4}/g)!.join(" "), svg };
}
