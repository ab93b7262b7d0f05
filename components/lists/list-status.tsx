import { getTranslations } from "next-intl/server";

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const KNOWN_OK = new Set(["created", "saved", "deleted", "emailed", "added", "linkSent"]);
const KNOWN_ERRORS = new Set([
  "nameRequired",
  "nameTooLong",
  "noteTooLong",
  "emailInvalid",
  "invalid",
  "rateLimited",
  "notFound",
  "linkExpired",
]);

/** What the last form did, read from the redirect's query (so it works without JavaScript). */
export async function ListStatus({ query }: { query: Query }) {
  const t = await getTranslations("Lists");
  const ok = one(query.ok);
  const error = one(query.error);
  if (error && KNOWN_ERRORS.has(error))
    return (
      <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
        {t(`validation.${error}` as "validation.invalid")}
      </p>
    );
  if (ok && KNOWN_OK.has(ok))
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
        {ok === "linkSent"
          ? t("linkSent")
          : t(`status.${ok}` as "status.saved", { count: Number(one(query.count) ?? 0) || 0 })}
      </p>
    );
  return null;
}
