import official from "./hsds-schema/openapi.json";

/**
 * The HSDS 3.0 OpenAPI document as this directory serves it: the official one, with its
 * placeholders filled in and our additions — the language of the texts (`lang`,
 * Accept-Language), `format=ndjson`, the error answers, and the schema of
 * /service_at_locations/{id} (the official document points it at the service schema).
 */
const lang = {
  name: "lang",
  in: "query",
  required: false,
  description:
    "Language of every text field: `fr` (default) or `en`. Without it, the Accept-Language header decides. HSDS has one text per field: a text missing in English is served in French. To get both languages, ask twice (lang=fr and lang=en) and match records by `id`, which is the same in both.",
  schema: { type: "string", enum: ["fr", "en"] },
};

const error = {
  description: "Invalid parameters (400), unknown or non-public record (404), too many requests (429).",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message", "fields"],
            properties: {
              code: { type: "string", enum: ["invalid_parameters", "not_found", "rate_limited", "unavailable"] },
              message: { type: "string" },
              fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
            },
          },
        },
      },
    },
  },
};

type Operation = { parameters?: unknown[]; responses: Record<string, unknown> };

export function openApiDocument(baseUrl: string) {
  const document = structuredClone(official) as unknown as {
    info: Record<string, unknown>;
    paths: Record<string, Record<string, Operation | unknown>>;
    servers?: unknown[];
  };
  document.info = {
    title: "Répertoire 211 — HSDS 3.0 API",
    version: "1.0.0",
    summary: "The public directory of community and public services of Capitale-Nationale and Chaudière-Appalaches.",
    description:
      "Open Referral HSDS 3.0, read-only and public: only active and temporarily closed records. Texts in French by default, English with lang=en (see the `lang` parameter). Answers carry ETag (send If-None-Match for a 304), Cache-Control and Access-Control-Allow-Origin: *. Collections accept format=ndjson to stream every matching record, one per line, without pagination.",
    license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  };
  document.servers = [{ url: `${baseUrl}/api/hsds` }];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === "parameters") continue;
      const op = operation as Operation;
      op.parameters = [...(op.parameters ?? []), lang];
      op.responses = { ...op.responses, default: error };
    }
    if (path === "/service_at_locations/{id}") {
      const get = item.get as Operation;
      get.responses["200"] = {
        description: "A fully nested service_at_location, with its location and its service.",
        content: {
          "application/json": {
            schema: {
              $ref: "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/service_at_location.json",
            },
          },
        },
      };
    }
  }
  return document;
}
