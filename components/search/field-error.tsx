import { getTranslations } from "next-intl/server";

/** Translated field messages (keys of "SearchApi"), linked to their field by id. */
export async function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  const t = await getTranslations("SearchApi");
  return (
    <p id={id} className="w-full text-sm font-medium text-accent-600">
      {messages.map((key) => (t.has(key) ? t(key) : t("fields.invalid"))).join(" ")}
    </p>
  );
}
