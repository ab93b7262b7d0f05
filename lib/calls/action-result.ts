// What the call log's server actions return to the console: already translated.
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string[]> };
