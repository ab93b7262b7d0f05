import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { Invalid } from "@/lib/errors";
import { afterCommit } from "@/lib/directory/after-commit";
import { validate } from "@/lib/directory/validate";
import { addTermInput } from "./schemas";
import { termSnapshot } from "./subtree";

export async function addTerm(actor: Actor | null, input: unknown) {
  assertCan(actor, "taxonomy:write");
  const values = validate(addTermInput, input);
  const term = await db.$transaction(async (tx) => {
    const slug = values.code.toLowerCase().replaceAll(".", "-");
    const taken = await tx.taxonomyTerm.findFirst({ where: { OR: [{ code: values.code }, { slug }] } });
    if (taken) throw new Invalid({ code: ["codeTaken"] });
    if (values.parentId && !(await tx.taxonomyTerm.findUnique({ where: { id: values.parentId } }))) {
      throw new Invalid({ parentId: ["unknownOption"] });
    }
    const position = await tx.taxonomyTerm.count({ where: { parentId: values.parentId } });
    const created = await tx.taxonomyTerm.create({ data: { ...values, slug, position } });
    await recordAuditEvent(tx, actor, {
      action: "taxonomy.add",
      entityType: "taxonomy_term",
      entityId: created.id,
      after: termSnapshot(created),
    });
    // A new term has no services: nothing to enqueue.
    return created;
  });
  await afterCommit();
  return { id: term.id, version: term.version };
}
