"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { getPath } from "@/lib/directory/form-data";
import { useFormContext } from "./form-context";
import { TextField } from "./fields";

/** Required documents: one row each plus an empty one; more rows with JavaScript. */
export function DocumentsEditor({ documents }: { documents: { documentFr: string; documentEn: string | null }[] }) {
  const t = useTranslations("Records");
  const { submitted, readOnly } = useFormContext();
  const submittedRows = submitted
    ? ((getPath(submitted, "requiredDocuments") as unknown[] | undefined)?.length ?? 0)
    : 0;
  const [count, setCount] = useState(() => Math.max(documents.length + (readOnly ? 0 : 1), submittedRows));
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{t("fields.requiredDocuments")}</legend>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="grid gap-3 md:grid-cols-2">
          <TextField
            name={`requiredDocuments.${i}.documentFr`}
            label={`${t("form.document", { n: i + 1 })} — ${t("form.french")}`}
            value={documents[i]?.documentFr}
            lang="fr"
          />
          <TextField
            name={`requiredDocuments.${i}.documentEn`}
            label={`${t("form.document", { n: i + 1 })} — ${t("form.english")}`}
            value={documents[i]?.documentEn}
            lang="en"
          />
        </div>
      ))}
      {!readOnly && (
        <button
          type="button"
          onClick={() => setCount(count + 1)}
          className="rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
        >
          {t("form.addDocument")}
        </button>
      )}
    </fieldset>
  );
}
