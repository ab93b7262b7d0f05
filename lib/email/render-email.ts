export type EmailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
  /** Language of the message (the html lang attribute). */
  locale?: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * Every message in two forms: plain text (read first by many clients and screen readers) and
 * a simple HTML page with the same words. Text is escaped; nothing from the caller is markup.
 */
export function renderEmail(content: EmailContent): { subject: string; text: string; html: string } {
  const { subject, heading, paragraphs, action, footer, locale = "fr" } = content;
  const text = [
    heading,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    ...(footer ? ["--", footer] : []),
  ]
    .join("\n")
    .trimEnd();
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:1rem">
<h1 style="font-size:1.25rem">${escapeHtml(heading)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${action ? `<p><a href="${escapeHtml(action.url)}" style="color:#0b5394">${escapeHtml(action.label)}</a></p>` : ""}
${footer ? `<hr><p style="font-size:0.875rem;color:#555">${escapeHtml(footer)}</p>` : ""}
</body></html>`;
  return { subject, text, html };
}
