"use client";

import { useActionState } from "react";
import { IDLE, type RecordFormState } from "@/lib/directory/record-form-state";

export type VerifyLabels = {
  title: string;
  method: string;
  methods: Record<string, string>;
  note: string;
  interval: string;
  intervalHint: string;
  submit: string;
  reload: string;
};

/**
 * "Verified" for an organization or a service: how it was verified, an optional note, and the
 * months until the next review (the record's interval). Carries the version the page loaded.
 */
export function VerifyForm({
  action,
  entity,
  id,
  version,
  intervalMonths,
  labels,
  reloadHref,
}: {
  action: (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;
  entity: "organization" | "service";
  id: string;
  version: number;
  intervalMonths: number;
  labels: VerifyLabels;
  reloadHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const prefix = `verify-${entity}-${id}`;
  const errors = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-md border border-slate-300 p-4"
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`} className="font-semibold">
        {labels.title}
      </h3>
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor={`${prefix}-method`} className="block font-medium">
            {labels.method}
          </label>
          <select id={`${prefix}-method`} name="method" className="mt-1 rounded-md border border-slate-500 px-2 py-2">
            {Object.entries(labels.methods).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}-interval`} className="block font-medium">
            {labels.interval}
          </label>
          <input
            id={`${prefix}-interval`}
            name="intervalMonths"
            type="number"
            min={1}
            max={36}
            defaultValue={intervalMonths}
            aria-describedby={`${prefix}-interval-hint`}
            aria-invalid={errors.intervalMonths ? true : undefined}
            className="mt-1 w-24 rounded-md border border-slate-500 px-2 py-2"
          />
          <p id={`${prefix}-interval-hint`} className="text-sm text-slate-700">
            {labels.intervalHint}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor={`${prefix}-note`} className="block font-medium">
          {labels.note}
        </label>
        <textarea
          id={`${prefix}-note`}
          name="note"
          rows={2}
          maxLength={1000}
          className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
      >
        {labels.submit}
      </button>
      {state.status !== "idle" && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={state.status === "error" ? "text-sm font-medium text-red-800" : "text-sm text-green-900"}
        >
          {state.message ?? Object.values(errors).flat().join(" ")}
          {state.conflict && (
            <>
              {" "}
              <a href={reloadHref} className="underline">
                {labels.reload}
              </a>
            </>
          )}
        </p>
      )}
    </form>
  );
}
