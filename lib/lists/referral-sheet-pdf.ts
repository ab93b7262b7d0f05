import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { ReferralSheet } from "./referral-sheet";

// Noto Sans (SIL OFL, npm @fontsource/noto-sans), embedded and subset by pdfkit: every French
// accent renders, and the text stays selectable and searchable. Decision 018.
const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/noto-sans/files");
const REGULAR = path.join(FONT_DIR, "noto-sans-latin-400-normal.woff");
const BOLD = path.join(FONT_DIR, "noto-sans-latin-700-normal.woff");

/** The referral sheet as a PDF (US Letter, Québec's paper size); `large` for large print. */
export async function renderReferralSheetPdf(sheet: ReferralSheet, { large = false } = {}): Promise<Buffer> {
  const size = large ? 16 : 11;
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 54,
    font: REGULAR,
    lang: sheet.locale === "fr" ? "fr-CA" : "en-CA",
    info: { Title: sheet.title, Creator: "Répertoire 211" },
    displayTitle: true,
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const qr = await QRCode.toBuffer(sheet.liveListUrl, { margin: 1, width: 240 });
  const qrSize = large ? 110 : 90;
  const top = doc.y;
  doc.image(qr, doc.page.width - doc.page.margins.right - qrSize, top, { width: qrSize });
  const textWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right - qrSize - 12;
  doc
    .font("bold")
    .fontSize(size * 1.8)
    .text(sheet.title, { width: textWidth });
  doc.font("regular").fontSize(size).text(sheet.printedOn, { width: textWidth });
  doc.moveDown(0.3).font("bold").text(sheet.callBefore, { width: textWidth });
  doc
    .font("regular")
    .fontSize(size * 0.85)
    .text(`${sheet.liveListLabel} ${sheet.liveListUrl}`, { width: textWidth });
  doc.y = Math.max(doc.y, top + qrSize) + size;

  const field = (label: string, lines: string[]) => {
    if (!lines.length) return;
    doc.font("bold").fontSize(size).text(label);
    doc.font("regular").fontSize(size);
    for (const line of lines) doc.text(line, { indent: size });
  };
  sheet.entries.forEach((entry, index) => {
    // An entry starts on a new page rather than leaving its name alone at the bottom.
    if (doc.y > doc.page.height - doc.page.margins.bottom - size * 8) doc.addPage();
    doc
      .font("bold")
      .fontSize(size * 1.3)
      .text(`${index + 1}. ${entry.name}`);
    if (!entry.available) {
      doc.moveDown(0.8);
      return;
    }
    doc.font("regular").fontSize(size).text(entry.organization);
    doc.moveDown(0.3);
    field(sheet.labels.phones, entry.phones);
    field(sheet.labels.address, entry.addresses);
    field(sheet.labels.hours, entry.hours);
    field(sheet.labels.eligibility, entry.eligibility ? [entry.eligibility] : []);
    field(sheet.labels.fees, entry.fees ? [entry.fees] : []);
    field(sheet.labels.apply, entry.howToApply ? [entry.howToApply] : []);
    field(
      sheet.labels.documents,
      entry.documents.map((d) => `• ${d}`),
    );
    doc.moveDown(0.8);
  });
  doc.moveDown(0.5).font("bold").fontSize(size).text(sheet.helpline);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
