import pino from "pino";

/**
 * One JSON line per event on stdout (docs/deployment.md, "Logs"). Never log personal data:
 * no IP addresses, no emails, no query strings, no form values. Lines written while serving
 * a request carry its `requestId` (lib/observability/server-hooks.ts sets it).
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "repertoire-211" },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Belt and braces: these keys are never logged even if an error object carries them.
  redact: {
    paths: ["email", "password", "*.email", "*.password", "headers.cookie", "headers.authorization"],
    remove: true,
  },
});

/** The logger of the current request, when there is one (route handlers, pages, actions). */
export async function requestLogger() {
  try {
    const { headers } = await import("next/headers");
    const requestId = (await headers()).get("x-request-id");
    return requestId ? logger.child({ requestId }) : logger;
  } catch {
    return logger; // outside a request (scripts, background jobs)
  }
}

/** An error as loggable data: its name, message and code, not its stack's file paths by default. */
export function errorFields(error: unknown) {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    err: { type: error.name, message: error.message, ...(code ? { code: String(code) } : {}), stack: error.stack },
  };
}
