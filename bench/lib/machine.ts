// Step 1: what the figures were measured on.
import os from "node:os";
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { Machine } from "./types";

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export async function describeMachine(databaseUrl: string, chromiumPath: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let postgres: string;
  try {
    postgres = (await client.query("SELECT version() AS v")).rows[0].v;
  } finally {
    await client.end();
  }
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    postgres,
    chromium: quiet(chromiumPath, ["--version"]) || "not found",
    commit: quiet("git", ["rev-parse", "--short", "HEAD"]) || "unknown",
    // Uncommitted changes make the commit an approximate label for what was measured.
    // The previous run's results are not a change to what is measured.
    dirty: quiet("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results"]) !== "",
    date: new Date().toISOString(),
  };
}
