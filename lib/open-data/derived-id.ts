import { createHash } from "node:crypto";

// Rows without a uuid of their own (a service's language, a taxonomy link, the taxonomy itself)
// still need a stable HSDS `id`: a name-based uuid (RFC 9562 version 5 layout) of their parts,
// so that the same row has the same id in every answer and every export.
const NAMESPACE = "repertoire-211:hsds:";

export function derivedId(...parts: string[]): string {
  const hash = createHash("sha1")
    .update(NAMESPACE + parts.join("\u001f"))
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const taxonomyId = (name: string) => derivedId("taxonomy", name);
