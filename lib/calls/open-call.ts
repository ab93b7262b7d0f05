import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";

/**
 * The actor's own call, still open, locked for this transaction. An agent never writes into
 * another agent's call or into a saved one: anything else is "not found".
 */
export async function lockOpenCall(tx: Tx, actor: Actor, callId: string) {
  const agentFilter =
    actor.kind === "user"
      ? tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM call WHERE id = ${callId}::uuid AND ended_at IS NULL AND agent_id = ${actor.id}::uuid FOR UPDATE`
      : tx.$queryRaw<{ id: string }[]>`SELECT id FROM call WHERE id = ${callId}::uuid AND ended_at IS NULL FOR UPDATE`;
  const rows = await agentFilter;
  if (rows.length === 0) throw new NotFound("call");
}
