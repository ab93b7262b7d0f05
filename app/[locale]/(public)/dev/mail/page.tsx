import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { readCaughtEmails } from "@/lib/email/caught-emails";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

/**
 * The mail `npm run dev` sent, caught on loopback instead of leaving the machine. Exists only
 * where MAIL_CATCHER_DIR is set (dev and tests); a deployment never sets it, so it is a 404 there.
 */
export default async function DevMailPage({ params }: Props) {
  const dir = process.env.MAIL_CATCHER_DIR;
  if (!dir) notFound();
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("DevMail");
  const format = await getFormatter();
  const emails = await readCaughtEmails(dir);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {emails.length === 0 ? <p>{t("empty")}</p> : null}
      {emails.map((email) => (
        <article key={email.id} className="space-y-2 rounded border border-slate-300 p-4">
          <h2 className="text-lg font-semibold">{email.subject}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
            <dt className="font-medium">{t("to")}</dt>
            <dd>{email.to.join(", ")}</dd>
            <dt className="font-medium">{t("received")}</dt>
            <dd>{format.dateTime(new Date(email.receivedAt), { dateStyle: "medium", timeStyle: "medium" })}</dd>
            {email.attachments.length > 0 ? (
              <>
                <dt className="font-medium">{t("attachments")}</dt>
                <dd>
                  {email.attachments
                    .map((a) => `${a.filename} (${t("size", { size: format.number(a.size) })})`)
                    .join(", ")}
                </dd>
              </>
            ) : null}
          </dl>
          <pre className="whitespace-pre-wrap bg-slate-50 p-3 text-sm [overflow-wrap:anywhere]">{email.text}</pre>
        </article>
      ))}
    </div>
  );
}
