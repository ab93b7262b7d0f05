import type { Writable } from "node:stream";
import { once } from "node:events";

type Json = Record<string, unknown>;

/** A JSON array of fully nested HSDS organizations, written one record at a time. */
export async function writeHsdsJson(out: Writable, records: AsyncIterable<Json>, onRecord: (record: Json) => void) {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write("[");
  let first = true;
  for await (const record of records) {
    await write(`${first ? "\n" : ",\n"}${JSON.stringify(record)}`);
    first = false;
    onRecord(record);
  }
  await write("\n]\n");
}
