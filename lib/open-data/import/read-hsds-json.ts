import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
// CommonJS packages: default imports work under both tsx and Next's bundler.
import StreamJson from "stream-json";
import StreamArray from "stream-json/streamers/StreamArray.js";

export type Json = Record<string, unknown>;

async function firstBytes(file: string) {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
  } finally {
    await handle.close();
  }
}

/**
 * The HSDS records of a JSON file, one at a time: a JSON array (streamed, whatever its size),
 * NDJSON (one record per line, as /api/hsds/…?format=ndjson writes), a paginated HSDS answer
 * (`contents`), or one record (the official examples).
 */
export async function* readHsdsJson(file: string, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<Json> {
  const head = (await firstBytes(file)).trimStart();
  if (head.startsWith("[")) {
    const input = createReadStream(file);
    const stream = input.pipe(StreamJson.parser()).pipe(StreamArray.streamArray());
    for await (const item of stream as AsyncIterable<{ value: Json }>) {
      onBytes(input.bytesRead);
      yield item.value;
    }
    return;
  }
  const firstLine = head.split("\n", 1)[0];
  let isNdjson = false;
  try {
    JSON.parse(firstLine);
    isNdjson = true;
  } catch {
    isNdjson = false;
  }
  if (isNdjson) {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim()) yield JSON.parse(line.replace(/^\uFEFF/, "")) as Json;
    return;
  }
  const whole = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, "")) as Json;
  if (Array.isArray(whole.contents)) yield* whole.contents as Json[];
  else yield whole;
}
