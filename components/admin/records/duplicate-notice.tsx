"use client";

// Texts come translated in the form state: the staff area sends no OpenData messages to the client.
import type { RecordFormState } from "@/lib/directory/record-form-state";

/** The records a new one may duplicate, with why, and the choice to create it anyway. */
export function DuplicateNotice({
  duplicates,
  idPrefix,
}: {
  duplicates: RecordFormState["duplicates"];
  idPrefix: string;
}) {
  if (!duplicates?.records.length) return null;
  return (
    <section
      aria-labelledby={`${idPrefix}-duplicates`}
      className="space-y-3 rounded-md border-2 border-amber-600 bg-amber-50 p-4"
    >
      <h2 id={`${idPrefix}-duplicates`} className="font-bold">
        {duplicates.heading}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {duplicates.records.map((duplicate) => (
          <li key={duplicate.id}>
            <a href={duplicate.href} className="font-semibold underline" target="_blank" rel="noreferrer">
              {duplicate.name}
            </a>{" "}
            — {duplicate.score} ({duplicate.reasons.join(", ")})
          </li>
        ))}
      </ul>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirmDuplicates" className="h-5 w-5" />
        {duplicates.confirm}
      </label>
    </section>
  );
}
