import type { Writable } from "node:stream";
import { once } from "node:events";

type Json = Record<string, unknown>;

/**
 * A JSON array of HSDS records, written one at a time: the taxonomy terms first (so that an
 * import knows every term and its parent), then the fully nested organizations.
 */
export async function writeHsdsJson(
  out: Writable,
  terms: AsyncIterable<Json>,
  records: AsyncIterable<Json>,
  onRecord: (record: Json) => void,
) {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write("[");
  let first = true;
  for await (const term of terms) {
    await write(`${first ? "\n" : ",\n"}${JSON.stringify(term)}`);
    first = false;
  }
  for await (const record of records) {
    await write(`${first ? "\n" : ",\n"}${JSON.stringify(record)}`);
    first = false;
    onRecord(record);
  }
  await write("\n]\n");
}
