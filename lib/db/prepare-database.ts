// The one place that decides which PostgreSQL the app uses: DATABASE_URL when set,
// otherwise the embedded cluster in .data/postgres. Used by every script that starts
// the app or touches the database; the app itself only ever reads DATABASE_URL.
import { startEmbeddedPostgres, DEFAULT_EMBEDDED_DIR } from "./embedded-postgres";
import { migrate } from "./migrate";

export type PreparedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

export async function prepareDatabase(options: { migrate?: boolean; log?: (line: string) => void } = {}) {
  const log = options.log ?? ((line: string) => console.log(line));
  let prepared: PreparedDatabase;
  if (process.env.DATABASE_URL) {
    const shown = new URL(process.env.DATABASE_URL);
    log(`Database: ${shown.host}${shown.pathname} (from DATABASE_URL).`);
    prepared = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    const started = Date.now();
    const db = await startEmbeddedPostgres({ log });
    log(
      `Database: embedded PostgreSQL in ${DEFAULT_EMBEDDED_DIR} (${db.started ? `started in ${Date.now() - started} ms` : "already running"}).\n` +
        `          To use another PostgreSQL ≥ 15, set DATABASE_URL=postgresql://user:password@host:5432/dbname`,
    );
    prepared = { url: db.url, embedded: true, stop: db.stop };
  }
  if (options.migrate !== false) await migrate(prepared.url, log);
  return prepared;
}
