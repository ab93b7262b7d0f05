"use client";

import { useTranslations } from "next-intl";
import type { TermNode } from "@/lib/taxonomy/list-terms-for-staff";
import { BilingualField, SelectField, TextField } from "./fields";
import { RecordForm, type RecordAction } from "./record-form";

type Actions = { add: RecordAction; rename: RecordAction; move: RecordAction; merge: RecordAction };

const termLabel = (term: TermNode) => `${"\u00a0\u00a0".repeat(term.depth)}${term.nameFr} (${term.code})`;

export function AddTermForm({
  action,
  terms,
  readOnly,
  reloadHref,
}: {
  action: RecordAction;
  terms: TermNode[];
  readOnly: boolean;
  reloadHref: string;
}) {
  const t = useTranslations();
  return (
    <RecordForm
      action={action}
      idPrefix="add"
      readOnly={readOnly}
      reloadHref={reloadHref}
      hidden={{}}
      submitLabel={t("Taxonomy.add")}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="code" label={t("Records.fields.code")} required />
        <SelectField
          name="parentId"
          label={t("Records.fields.parentId")}
          options={[
            { value: "", label: t("Taxonomy.topLevel") },
            ...terms.map((term) => ({ value: term.id, label: termLabel(term) })),
          ]}
        />
      </div>
      <BilingualField name="name" labelFr={t("Records.fields.nameFr")} labelEn={t("Records.fields.nameEn")} required />
    </RecordForm>
  );
}

/** Rename, move and merge for the selected term. */
export function TermForms({
  term,
  terms,
  actions,
  readOnly,
  reloadHref,
}: {
  term: TermNode;
  terms: TermNode[];
  actions: Actions;
  readOnly: boolean;
  reloadHref: string;
}) {
  const t = useTranslations();
  // Not under itself or its own subtree (the server refuses it too).
  const subtree = new Set<string>([term.id]);
  for (const candidate of terms) if (candidate.parentId && subtree.has(candidate.parentId)) subtree.add(candidate.id);
  const others = terms.filter((candidate) => candidate.id !== term.id);
  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h3 className="text-lg font-bold">{t("Taxonomy.rename")}</h3>
        <RecordForm
          action={actions.rename}
          idPrefix="rename"
          readOnly={readOnly}
          reloadHref={reloadHref}
          hidden={{ id: term.id, version: term.version }}
        >
          <BilingualField
            name="name"
            labelFr={t("Records.fields.nameFr")}
            labelEn={t("Records.fields.nameEn")}
            fr={term.nameFr}
            en={term.nameEn}
            required
          />
          <BilingualField
            name="description"
            labelFr={t("Records.fields.descriptionFr")}
            labelEn={t("Records.fields.descriptionEn")}
            fr={term.descriptionFr}
            en={term.descriptionEn}
            multiline
            rows={2}
          />
        </RecordForm>
      </section>
      <section className="space-y-2">
        <h3 className="text-lg font-bold">{t("Taxonomy.move")}</h3>
        <RecordForm
          action={actions.move}
          idPrefix="move"
          readOnly={readOnly}
          reloadHref={reloadHref}
          hidden={{ id: term.id, version: term.version }}
        >
          <SelectField
            name="parentId"
            label={t("Records.fields.parentId")}
            value={term.parentId ?? ""}
            options={[
              { value: "", label: t("Taxonomy.topLevel") },
              ...terms
                .filter((candidate) => !subtree.has(candidate.id))
                .map((candidate) => ({ value: candidate.id, label: termLabel(candidate) })),
            ]}
          />
        </RecordForm>
      </section>
      <section className="space-y-2">
        <h3 className="text-lg font-bold">{t("Taxonomy.merge")}</h3>
        <p className="text-sm text-slate-700">{t("Taxonomy.mergeHelp")}</p>
        <RecordForm
          action={actions.merge}
          idPrefix="merge"
          readOnly={readOnly}
          reloadHref={reloadHref}
          hidden={{ sourceId: term.id }}
          submitLabel={t("Taxonomy.merge")}
        >
          <SelectField
            name="targetId"
            label={t("Records.fields.targetId")}
            options={[
              { value: "", label: t("Taxonomy.choose") },
              ...others.map((candidate) => ({ value: candidate.id, label: termLabel(candidate) })),
            ]}
          />
        </RecordForm>
      </section>
    </div>
  );
}
