import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { withClient } from "@/bench/lib/cluster";
import { urlFor } from "@/lib/db/embedded-postgres";
import { deliverPendingOutbox } from "@/lib/search/relay";
import * as factories from "@/tests/factories/directory";
import { createActor } from "@/tests/factories/staff";
import { serviceForm } from "@/tests/factories/records";
import { createService } from "@/lib/directory/create-service";

// The restore drill, as an operator would run it: `npm run db:backup`, then `npm run
// db:restore` into an empty database; same rows everywhere, and search rebuilt.

const adminUrl = inject("adminUrl");
const target = `restore_drill_${Date.now().toString(36)}`;
const targetUrl = urlFor(Number(new URL(adminUrl).port), target);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "r211-backup-")), "drill.r211.gz");

const script = (name: string, url: string, ...args: string[]) =>
  spawnSync("npx", ["tsx", "--conditions=react-server", `scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: url, SEARCH_ENGINE: "postgres" },
    encoding: "utf8",
    timeout: 180_000,
  });

const TABLES = [
  "organization",
  "service",
  "location",
  "phone",
  "taxonomy_term",
  "app_user",
  "audit_event",
  "municipality",
];
const snapshot = (url: string) =>
  withClient(url, async (client) => {
    const result: Record<string, unknown> = {};
    for (const table of TABLES) result[table] = (await client.query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
    return result;
  });

afterAll(async () => {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`));
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe("backup and restore drill", () => {
  it("restores every row into an empty database and rebuilds search", async () => {
    const editor = await createActor("editor");
    const food = await factories.createTaxonomyTerm({ code: "DRILL", nameFr: "Dépannage", nameEn: "Emergency help" });
    for (const name of ["Cuisine collective de Limoilou", "Frigo partagé de Saint-Sauveur"]) {
      const org = await factories.createOrganization();
      await createService(editor, org.id, serviceForm({ nameFr: name, taxonomyTermIds: [food.id] }));
    }
    await deliverPendingOutbox({ limit: 100 });

    const backup = script("db-backup", process.env.DATABASE_URL!, file);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Done: [\d,]+ rows/);

    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${target}"`));
    const restore = script("db-restore", targetUrl, file);
    expect(restore.status, restore.stderr + restore.stdout).toBe(0);

    expect(await snapshot(targetUrl)).toEqual(await snapshot(process.env.DATABASE_URL!));
    await withClient(targetUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM search_document d JOIN service s ON s.id = d.service_id
          WHERE s.name_fr IN ('Cuisine collective de Limoilou', 'Frigo partagé de Saint-Sauveur')`,
      );
      expect(rows[0].n).toBe(2);
      // Ids keep counting after the restored rows.
      const before = (await client.query("SELECT max(id)::int AS id FROM audit_event")).rows[0].id;
      const inserted = await client.query(
        `INSERT INTO sign_in_attempt (key, succeeded) VALUES ('drill', false) RETURNING id`,
      );
      expect(Number(inserted.rows[0].id)).toBeGreaterThan(0);
      expect(before).toBeGreaterThan(0);
    });

    // A second restore into the same database is refused unless the operator says so.
    const again = script("db-restore", targetUrl, file);
    expect(again.status, again.stdout + again.stderr).toBe(1);
    expect(again.stderr).toMatch(/--replace/);
  }, 240_000);
});
