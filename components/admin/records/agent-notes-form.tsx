"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/calls/action-result";

type Labels = { title: string; help: string; save: string; saved: string };

/**
 * Notes for agents on a service or an organization: internal, read only in the agent
 * console. A form of its own (not a field of the record form): it has no effect on the
 * public record, its version or its search document.
 */
export function AgentNotesForm({
  action,
  entity,
  id,
  notes,
  readOnly,
  labels,
}: {
  action: (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown> | null>;
  entity: "service" | "organization";
  id: string;
  notes: string | null;
  readOnly: boolean;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldId = `agent-notes-${id}`;
  const errors = state && !state.ok ? state.fieldErrors.agentNotes : undefined;
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-brand-700 bg-brand-50 p-4">
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <label htmlFor={fieldId} className="block text-lg font-bold">
        {labels.title}
      </label>
      <p id={`${fieldId}-help`} className="text-sm text-slate-800">
        {labels.help}
      </p>
      <textarea
        id={fieldId}
        name="agentNotes"
        rows={3}
        maxLength={2000}
        defaultValue={notes ?? ""}
        readOnly={readOnly}
        aria-describedby={`${fieldId}-help${errors ? ` ${fieldId}-error` : ""}`}
        aria-invalid={errors ? true : undefined}
        className="block w-full rounded-md border border-slate-500 bg-white px-2 py-1.5"
      />
      {errors && (
        <p id={`${fieldId}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      )}
      {!readOnly && (
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800"
          >
            {labels.save}
          </button>
          <p role="status" className="text-sm">
            {state?.ok ? labels.saved : state && !state.ok ? state.message : ""}
          </p>
        </div>
      )}
    </form>
  );
}
