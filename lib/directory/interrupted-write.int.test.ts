import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import * as factories from "@/tests/factories/directory";
import { auditRows, outboxRows, serviceForm } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/staff";
import { createService } from "./create-service";
import { updateService } from "./update-service";

// A write whose database connection dies in the middle of its transaction (a crash, a
// failover, an operator's pg_terminate_backend) must leave nothing half-done: not the new
// fields without their audit row, not an outbox row without the change it announces.
describe("a write interrupted mid-transaction", () => {
  it("leaves the record, its audit trail and the outbox exactly as before", async () => {
    const editor = await createActor("editor");
    const org = await factories.createOrganization();
    const created = await createService(editor, org.id, serviceForm({ nameFr: "Avant" }));
    const auditBefore = (await auditRows(created.id)).length;
    const outboxBefore = (await outboxRows(created.id)).length;

    // The audit insert stalls, so the backend can be killed after the service row changed.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_stall_audit() RETURNS trigger AS $$
      BEGIN PERFORM pg_sleep(30); RETURN NEW; END; $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_stall_audit BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION test_stall_audit()`);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const write = updateService(editor, created.id, serviceForm({ version: created.version, nameFr: "Après" }));
      const outcome = write.then(
        () => "saved",
        () => "failed",
      );
      // Wait until the write sits in the stalled trigger, then kill its connection.
      let killed = 0;
      for (let i = 0; i < 100 && killed === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { rows } = await admin.query(
          `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()`,
        );
        killed = rows.length;
      }
      expect(killed).toBe(1);
      expect(await outcome).toBe("failed");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_stall_audit ON audit_event`);
      await admin.end();
    }

    const service = await db.service.findUniqueOrThrow({ where: { id: created.id } });
    expect(service.nameFr).toBe("Avant");
    expect(service.version).toBe(created.version);
    expect(await auditRows(created.id)).toHaveLength(auditBefore);
    expect(await outboxRows(created.id)).toHaveLength(outboxBefore);
    // The pool recovers from the killed connection: the same write now succeeds.
    await updateService(editor, created.id, serviceForm({ version: created.version, nameFr: "Après" }));
    expect((await db.service.findUniqueOrThrow({ where: { id: created.id } })).nameFr).toBe("Après");
  }, 60_000);
});
