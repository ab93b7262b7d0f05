// HSDS 3.0 answers checked against the official schemas (vendored: the per-table ones and the
// OpenAPI document in lib/open-data/hsds-schema, the compiled ones gzipped in
// tests/open-data/hsds-3.0, with the official examples) with a real JSON Schema validator. The schemas carry Frictionless Data keywords ("constraints",
// "core", "datapackage_metadata"…) that are annotations here, hence strict: false.
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/** The official examples and compiled schemas (tests/open-data/hsds-3.0/README.md). */
export const HSDS_DIR = path.resolve(import.meta.dirname, "hsds-3.0");
const TABLES_DIR = path.resolve(import.meta.dirname, "../../lib/open-data/hsds-schema");

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);

const cache = new Map<string, ValidateFunction>();
const read = (file: string) =>
  JSON.parse(
    file.startsWith("compiled/")
      ? gunzipSync(readFileSync(path.join(HSDS_DIR, "schema", `${file}.gz`))).toString("utf8")
      : readFileSync(path.join(TABLES_DIR, file), "utf8"),
  );

// The per-table schemas refer to each other by file name ("metadata.json"): each is registered
// under an id in one folder, so that those references resolve. Compiled schemas are self-contained.
const BASE = "https://hsds.invalid/schema/";
for (const file of readdirSync(TABLES_DIR).filter((f) => f.endsWith(".json") && f !== "openapi.json"))
  ajv.addSchema({ ...read(file), $id: BASE + file });

function itemSchema(file: string) {
  if (!file.startsWith("compiled/")) return { $ref: BASE + file };
  const schema = read(file);
  delete schema.$id;
  return schema;
}

/** A validator for one schema file: "compiled/service.json", "taxonomy.json"… */
export function hsdsValidator(file: string): ValidateFunction {
  let validate = cache.get(file);
  if (!validate) {
    validate = ajv.compile(itemSchema(file));
    cache.set(file, validate);
  }
  return validate;
}

/** The paginated envelope of openapi.json (components.schemas.Page) around items of one schema. */
export function hsdsPageValidator(itemFile: string): ValidateFunction {
  const key = `page:${itemFile}`;
  let validate = cache.get(key);
  if (!validate) {
    const page = read("openapi.json").components.schemas.Page;
    const item = itemSchema(itemFile);
    validate = ajv.compile({
      ...page,
      required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
      properties: { ...page.properties, contents: { type: "array", items: item } },
    });
    cache.set(key, validate);
  }
  return validate;
}

/** Fails with ajv's messages, so that a failing test says which field of which record is wrong. */
export function expectValid(validate: ValidateFunction, value: unknown, label = "") {
  if (!validate(value)) {
    const errors = (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`HSDS schema violation ${label}:\n${errors.join("\n")}`);
  }
}
