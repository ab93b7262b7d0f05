// Helpers for tests of the record-editing domain (lib/directory writes, lib/taxonomy).
import { db } from "@/lib/db/client";

/** A complete, valid service form as a browser would submit it (strings everywhere). */
export function serviceForm(overrides: Record<string, unknown> = {}) {
  return {
    nameFr: "Comptoir alimentaire",
    nameEn: "",
    descriptionFr: "Dépannage alimentaire pour les familles.",
    descriptionEn: "",
    status: "active",
    isFree: "on",
    minimumAge: "",
    maximumAge: "",
    languages: ["fr"],
    taxonomyTermIds: [],
    locationIds: [],
    phones: [{ number: "(418) 555-0123 poste 12", type: "voice" }, { number: "" }],
    schedules: [
      {
        d1: [
          { opens: "09:00", closes: "12:00" },
          { opens: "", closes: "" },
        ],
      },
    ],
    ...overrides,
  };
}

export function organizationForm(overrides: Record<string, unknown> = {}) {
  return {
    nameFr: "Entraide du quartier",
    descriptionFr: "Organisme d'entraide.",
    website: "www.entraide.example.org",
    email: "Info@Entraide.example.org",
    phones: [{ number: "418.555.0199 x3" }],
    ...overrides,
  };
}

export const auditRows = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });

export const outboxRows = (entityId: string) => db.searchOutbox.findMany({ where: { entityId } });

/**
 * Makes the next search-outbox insert fail inside the database, i.e. after the record and
 * its audit row were written in the same transaction: everything must roll back.
 */
export async function breakOutbox() {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_outbox() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'outbox unavailable (test)'; END; $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_outbox BEFORE INSERT ON search_outbox
    FOR EACH ROW EXECUTE FUNCTION test_fail_outbox()`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER test_fail_outbox ON search_outbox`);
  };
}
