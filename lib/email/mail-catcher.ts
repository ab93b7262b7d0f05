// A real SMTP server on loopback that keeps what it receives: the mail of `npm run dev`
// (viewable at /fr/dev/courriels) and of the tests. Never used in production.
import { SMTPServer } from "smtp-server";
import { simpleParser, type AddressObject } from "mailparser";
import type { AddressInfo } from "node:net";
import { saveCaughtEmail, type CaughtEmail } from "./caught-emails";

export type MailCatcher = {
  /** SMTP_URL for the app. */
  url: string;
  messages(): CaughtEmail[];
  waitForEmail(predicate: (email: CaughtEmail) => boolean, timeoutMs?: number): Promise<CaughtEmail>;
  stop(): Promise<void>;
};

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

let sequence = 0;

export async function startMailCatcher({ port = 0, dir }: { port?: number; dir?: string } = {}): Promise<MailCatcher> {
  const caught: CaughtEmail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 20 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const email: CaughtEmail = {
            id: `${Date.now().toString().padStart(15, "0")}-${String(++sequence).padStart(6, "0")}`,
            receivedAt: new Date().toISOString(),
            from: addresses(parsed.from).join(", "),
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? "",
              contentType: a.contentType,
              size: a.size,
              base64: a.content.toString("base64"),
            })),
          };
          caught.push(email);
          if (dir) await saveCaughtEmail(dir, email);
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    messages: () => [...caught],
    waitForEmail(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = caught.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching email within ${timeoutMs} ms (${caught.length} caught)`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
