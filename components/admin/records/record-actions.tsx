"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/directory/record-form-state";
import type { RecordAction } from "./record-form";
import { SubmitButton } from "./submit-button";

/**
 * Archive / restore / verify: one small form each, carrying the version the page loaded,
 * so they too are refused if the record changed meanwhile.
 */
export function RecordActionButton({
  action,
  id,
  version,
  label,
  reloadHref,
  help,
}: {
  action: RecordAction;
  id: string;
  version: number;
  label: string;
  reloadHref: string;
  help?: string;
}) {
  const t = useTranslations("Records.errors");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton label={label} variant="secondary" />
      {help && <p className="text-sm text-slate-700">{help}</p>}
      {state.status !== "idle" && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={state.status === "error" ? "text-sm font-medium text-red-800" : "text-sm text-green-900"}
        >
          {state.message ??
            Object.values(state.fieldErrors ?? {})
              .flat()
              .join(" ")}
          {state.conflict && (
            <>
              {" "}
              <a href={reloadHref} className="underline">
                {t("reload")}
              </a>
            </>
          )}
        </p>
      )}
    </form>
  );
}
