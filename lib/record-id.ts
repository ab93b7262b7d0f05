import { NotFound } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Record ids arrive from forms and URLs, so anyone can send any text. A text that is not a
 * UUID names no record: it is refused as NotFound here, before the database would reject
 * it with an error that reads like a crash (a 500).
 */
export function assertRecordId(id: unknown, entity: string): asserts id is string {
  if (typeof id !== "string" || !UUID.test(id)) throw new NotFound(entity);
}
