/** CALL_LOG_RETENTION_MONTHS (default 36): how long a call is kept before it is deleted. */
export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CALL_LOG_RETENTION_MONTHS;
  if (raw === undefined || raw.trim() === "") return 36;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new Error(`CALL_LOG_RETENTION_MONTHS must be a whole number of months from 1 to 120, not "${raw}".`);
  }
  return months;
}

/** The first instant that is still kept: calls started before it are deleted. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
