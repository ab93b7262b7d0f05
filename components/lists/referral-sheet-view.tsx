import QRCode from "qrcode";
import type { ReferralSheet } from "@/lib/lists/referral-sheet";

/** The printable referral sheet, in the sheet's own language (its `lang`), large print or not. */
export async function ReferralSheetView({
  sheet,
  large,
  qrLabel,
}: {
  sheet: ReferralSheet;
  large: boolean;
  qrLabel: string;
}) {
  // SVG made here from our own URL: no script, no external request.
  const qr = await QRCode.toString(sheet.liveListUrl, { type: "svg", margin: 1 });
  const field = (label: string, lines: string[]) =>
    lines.length > 0 && (
      <div>
        <dt className="font-bold">{label}</dt>
        {lines.map((line) => (
          <dd key={line} className="pl-4 whitespace-pre-line">
            {line}
          </dd>
        ))}
      </div>
    );
  return (
    <article lang={sheet.locale} className={`space-y-6 ${large ? "text-2xl leading-relaxed" : "text-base"}`}>
      <header className="flex items-start justify-between gap-6">
        <div className="space-y-1">
          <h1 className={`${large ? "text-4xl" : "text-3xl"} font-bold`}>{sheet.title}</h1>
          <p>{sheet.printedOn}</p>
          <p className="font-bold">{sheet.callBefore}</p>
          <p className="break-all text-sm">
            {sheet.liveListLabel} {sheet.liveListUrl}
          </p>
        </div>
        <div role="img" aria-label={qrLabel} className="w-28 shrink-0" dangerouslySetInnerHTML={{ __html: qr }} />
      </header>
      <ol className="space-y-6">
        {sheet.entries.map((entry, index) => (
          <li key={`${index}-${entry.name}`} className="break-inside-avoid space-y-1 border-t border-slate-300 pt-3">
            <h2 className={`${large ? "text-3xl" : "text-xl"} font-bold`}>
              {index + 1}. {entry.name}
            </h2>
            {entry.available && (
              <>
                <p>{entry.organization}</p>
                <dl className="space-y-1">
                  {field(sheet.labels.phones, entry.phones)}
                  {field(sheet.labels.address, entry.addresses)}
                  {field(sheet.labels.hours, entry.hours)}
                  {field(sheet.labels.eligibility, entry.eligibility ? [entry.eligibility] : [])}
                  {field(sheet.labels.fees, entry.fees ? [entry.fees] : [])}
                  {field(sheet.labels.apply, entry.howToApply ? [entry.howToApply] : [])}
                  {field(sheet.labels.documents, entry.documents)}
                </dl>
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="border-t border-slate-300 pt-3 font-bold">{sheet.helpline}</p>
    </article>
  );
}
