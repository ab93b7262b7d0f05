import "server-only";
import { findDuplicateCandidatesOfMany } from "../duplicates/find-duplicates";
import { isRemarkable, KEPT_UNREMARKABLE, type ImportContext } from "./import-context";

/**
 * The new organizations queued since the last flush, compared with the directory in one query
 * (decision 014), before they are inserted: they would otherwise find themselves, and they see
 * what a probe per record saw then — the directory and the chunks committed before.
 */
export async function checkDuplicates(ctx: ImportContext) {
  const checks = ctx.pending.duplicateChecks;
  if (checks.length === 0) return;
  const found = await findDuplicateCandidatesOfMany(
    checks.map((check) => check.probe),
    ctx.tx,
  );
  for (const [index, check] of checks.entries()) check.result.duplicates = found[index];
  ctx.pending.duplicateChecks = [];
  // Entries kept only until this check, beyond the first ones, leave the report as record() would.
  if (ctx.results.length <= KEPT_UNREMARKABLE || checks.every((check) => isRemarkable(check.result))) return;
  const kept = ctx.results.filter((result, index) => index < KEPT_UNREMARKABLE || isRemarkable(result));
  ctx.results.length = 0;
  for (const result of kept) ctx.results.push(result);
}
