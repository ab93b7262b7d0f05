import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { DomainError } from "@/lib/errors";
import { getDashboardSummary } from "@/lib/dashboard/get-dashboard-summary";
import { archiveLocation } from "@/lib/directory/archive-location";
import { archiveOrganization } from "@/lib/directory/archive-organization";
import { archiveService } from "@/lib/directory/archive-service";
import { createLocation } from "@/lib/directory/create-location";
import { createOrganization } from "@/lib/directory/create-organization";
import { createService } from "@/lib/directory/create-service";
import { getOrganizationForEdit } from "@/lib/directory/get-organization-for-edit";
import { listOrganizationsForStaff } from "@/lib/directory/list-organizations-for-staff";
import { listServicesForStaff } from "@/lib/directory/list-services-for-staff";
import { restoreOrganization } from "@/lib/directory/restore-organization";
import { restoreService } from "@/lib/directory/restore-service";
import { updateLocation } from "@/lib/directory/update-location";
import { updateOrganization } from "@/lib/directory/update-organization";
import { updateService } from "@/lib/directory/update-service";
import { verifyOrganization } from "@/lib/directory/verify-organization";
import { readFilters } from "@/lib/directory/staff-list-filters";
import { addTerm } from "@/lib/taxonomy/add-term";
import { listTermsForStaff } from "@/lib/taxonomy/list-terms-for-staff";
import { mergeTerms } from "@/lib/taxonomy/merge-terms";
import { moveTerm } from "@/lib/taxonomy/move-term";
import { exportDirectory } from "@/lib/open-data/export/export-directory";
import { importDirectory } from "@/lib/open-data/import/import-directory";
import { renameTerm } from "@/lib/taxonomy/rename-term";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createActor, createUser as createUserRow } from "@/tests/factories/staff";
import { outcome } from "@/tests/factories/role-matrix";

/**
 * The role × action matrix of issue #4, written out independently of permissions.ts and
 * walked through the real domain functions — what every server action and route handler
 * calls, so a crafted request that skips the UI meets the same checks.
 */
const EXPECTED: Record<Permission, Role[]> = {
  "staff:read": ["admin", "editor", "agent", "viewer"],
  "audit:read": ["admin", "editor", "agent", "viewer"],
  "records:write": ["admin", "editor"],
  "taxonomy:write": ["admin", "editor"],
  "users:manage": ["admin"],
  "search:reindex": ["admin"],
  "lists:own": ["admin", "editor", "agent", "viewer", "worker"],
  "data:import": ["admin"],
  "data:export": ["admin"],
};

const EMPTY_HSDS_FILE = path.join(tmpdir(), `empty-hsds-${process.pid}.json`);
writeFileSync(EMPTY_HSDS_FILE, "[]");

// Community workers are signed-in users too: every staff function must refuse them.
const ROLES: Role[] = ["admin", "editor", "agent", "viewer", "worker"];
// Ids that exist nowhere: an allowed actor gets past the role check and then a NotFound or
// Invalid; a refused one never reaches the lookup.
const MISSING = "00000000-0000-4000-8000-000000000000";

type Action = {
  name: string;
  permission: Permission;
  /** `id` and `input` default to a missing record and an empty form; the abuse test crafts them. */
  run: (actor: Actor | null, id?: string, input?: Record<string, unknown>) => Promise<unknown>;
};

const ACTIONS: Action[] = [
  // Users (this area)
  { name: "listUsers", permission: "users:manage", run: (actor) => listUsers(actor) },
  {
    name: "createUser",
    permission: "users:manage",
    run: (actor) => createUser(actor, { email: `m-${Math.random()}@example.org`, name: "M", role: "viewer" }),
  },
  {
    name: "changeUserRole",
    permission: "users:manage",
    run: (actor, id = MISSING) => changeUserRole(actor, { userId: id, role: "viewer" }),
  },
  {
    name: "setUserDisabled",
    permission: "users:manage",
    run: (actor, id = MISSING) => setUserDisabled(actor, { userId: id, disabled: true }),
  },
  {
    name: "resetUserPassword",
    permission: "users:manage",
    run: (actor, id = MISSING) => resetUserPassword(actor, { userId: id }),
  },
  {
    name: "getDashboardSummary",
    permission: "staff:read",
    run: (actor) => getDashboardSummary(actor),
  },
  // Directory records
  {
    name: "listOrganizationsForStaff",
    permission: "staff:read",
    run: (actor) => listOrganizationsForStaff(actor, readFilters({})),
  },
  {
    name: "listServicesForStaff",
    permission: "staff:read",
    run: (actor) => listServicesForStaff(actor, readFilters({})),
  },
  {
    name: "getOrganizationForEdit",
    permission: "staff:read",
    run: (actor, id = MISSING) => getOrganizationForEdit(actor, id),
  },
  {
    name: "createOrganization",
    permission: "records:write",
    run: (actor, _id, input = {}) => createOrganization(actor, input),
  },
  {
    name: "updateOrganization",
    permission: "records:write",
    run: (actor, id = MISSING, input = {}) => updateOrganization(actor, id, input),
  },
  {
    name: "archiveOrganization",
    permission: "records:write",
    run: (actor, id = MISSING) => archiveOrganization(actor, id, 1),
  },
  {
    name: "restoreOrganization",
    permission: "records:write",
    run: (actor, id = MISSING) => restoreOrganization(actor, id, 1),
  },
  {
    name: "verifyOrganization",
    permission: "records:write",
    run: (actor, id = MISSING) => verifyOrganization(actor, id, 1),
  },
  {
    name: "createService",
    permission: "records:write",
    run: (actor, id = MISSING, input = {}) => createService(actor, id, input),
  },
  {
    name: "updateService",
    permission: "records:write",
    run: (actor, id = MISSING, input = {}) => updateService(actor, id, input),
  },
  {
    name: "archiveService",
    permission: "records:write",
    run: (actor, id = MISSING) => archiveService(actor, id, 1),
  },
  {
    name: "restoreService",
    permission: "records:write",
    run: (actor, id = MISSING) => restoreService(actor, id, 1),
  },
  {
    name: "createLocation",
    permission: "records:write",
    run: (actor, id = MISSING, input = {}) => createLocation(actor, id, input),
  },
  {
    name: "updateLocation",
    permission: "records:write",
    run: (actor, id = MISSING, input = {}) => updateLocation(actor, id, input),
  },
  {
    name: "archiveLocation",
    permission: "records:write",
    run: (actor, id = MISSING) => archiveLocation(actor, id, 1),
  },
  // Taxonomy
  {
    name: "listTermsForStaff",
    permission: "staff:read",
    run: (actor) => listTermsForStaff(actor),
  },
  { name: "addTerm", permission: "taxonomy:write", run: (actor, _id, input = {}) => addTerm(actor, input) },
  {
    name: "renameTerm",
    permission: "taxonomy:write",
    run: (actor, id = MISSING, input = {}) => renameTerm(actor, id, input),
  },
  {
    name: "moveTerm",
    permission: "taxonomy:write",
    run: (actor, id = MISSING, input = {}) => moveTerm(actor, id, input),
  },
  {
    name: "mergeTerms",
    permission: "taxonomy:write",
    run: (actor, _id, input = {}) => mergeTerms(actor, input),
  },
  // Open data (issue #13)
  {
    name: "exportDirectory",
    permission: "data:export",
    run: (actor) => exportDirectory(actor, { format: "csv", out: new PassThrough().resume() }),
  },
  {
    name: "importDirectory",
    permission: "data:import",
    run: (actor) => importDirectory(actor, EMPTY_HSDS_FILE, { format: "hsds-json", dryRun: true }),
  },
];

describe("role × action matrix", () => {
  it("permissions.ts grants exactly the issue's roles", () => {
    expect(PERMISSIONS).toEqual(EXPECTED);
  });

  it.each(ACTIONS.map((action) => [action.name, action] as const))("%s", async (_name, action) => {
    const actors = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await createActor(role)])));
    const results: Record<string, string> = { "signed-out": await outcome(action, null) };
    for (const role of ROLES) results[role] = await outcome(action, actors[role]);
    expect(results).toEqual({
      "signed-out": "unauthenticated",
      ...Object.fromEntries(
        ROLES.map((role) => [role, EXPECTED[action.permission].includes(role) ? "allowed" : "forbidden"]),
      ),
    });
  });

  it("an admin's real user writes succeed end to end", async () => {
    const admin = await createActor("admin");
    const target = await createUserRow({ role: "viewer" });
    await expect(changeUserRole(admin, { userId: target.id, role: "agent" })).resolves.toMatchObject({ role: "agent" });
    await expect(setUserDisabled(admin, { userId: target.id, disabled: true })).resolves.toMatchObject({
      disabledAt: expect.any(Date),
    });
    await expect(resetUserPassword(admin, { userId: target.id })).resolves.toMatchObject({
      generatedPassword: expect.any(String),
    });
  });

  // Crafted posts skip the UI: ids that are not UUIDs and forms whose keys reach for a
  // prototype must be refused as data (NotFound, Invalid), never crash into a 500.
  const CRAFTED_IDS = ["not-a-uuid", "__proto__", "' OR 1=1 --", "0".repeat(5000)];
  const craftedInput = () =>
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "version": "1"}');

  it.each(ACTIONS.map((action) => [action.name, action] as const))(
    "%s refuses crafted ids and prototype keys as data",
    async (_name, action) => {
      const admin = await createActor("admin");
      for (const id of CRAFTED_IDS) {
        const error = await action.run(admin, id, craftedInput()).then(
          () => null,
          (thrown: unknown) => thrown,
        );
        if (error !== null) expect(error).toBeInstanceOf(DomainError);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
