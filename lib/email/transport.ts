import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/** Whether mail can leave: SMTP_URL is set (a deployment's server, the dev catcher, a test server). */
export function emailConfigured(): boolean {
  return !!process.env.SMTP_URL;
}

export function emailSender(): string {
  return process.env.EMAIL_FROM ?? "Répertoire 211 <no-reply@localhost>";
}

// One pooled transport per URL: tests point SMTP_URL at a new catcher per file.
const globalForMail = globalThis as unknown as { mailTransports?: Map<string, Transporter> };
const transports = (globalForMail.mailTransports ??= new Map());

/** The SMTP transport for SMTP_URL (smtp://user:pass@host:port, smtps://… for implicit TLS). */
export function emailTransport(): Transporter {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  let transport = transports.get(url);
  if (!transport) {
    // Pooled: a burst of messages (reminders) reuses a few connections instead of one each.
    transport = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(url, transport);
  }
  return transport;
}
