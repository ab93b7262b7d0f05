import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { db } from "@/lib/db/client";
import { deliverPendingEmails, MAX_EMAIL_ATTEMPTS } from "./deliver-pending-emails";
import { enqueueEmail } from "./enqueue-email";
import { startMailCatcher, type MailCatcher } from "./mail-catcher";
import { renderEmail } from "./render-email";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(() => catcher.stop());

const message = (to: string) => ({
  purpose: "test.greeting",
  to,
  ...renderEmail({ subject: "Bonjour Lévis", heading: "Élan", paragraphs: ["Ça marche <b>?</b>"] }),
  attachments: [{ filename: "fiche.txt", contentType: "text/plain", content: Buffer.from("été") }],
});

/** A loopback port that refuses connections (listened on, then closed). */
async function closedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("email outbox", () => {
  it("sends a queued message through SMTP, with its accents and attachment, then forgets the recipient", async () => {
    process.env.SMTP_URL = catcher.url;
    await db.$transaction((tx) => enqueueEmail(tx, message("marie@example.org")));
    expect(await deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });

    const email = await catcher.waitForEmail((e) => e.to.includes("marie@example.org"));
    expect(email.subject).toBe("Bonjour Lévis");
    expect(email.text).toContain("Ça marche <b>?</b>");
    expect(email.html).toContain("Ça marche &lt;b&gt;?&lt;/b&gt;");
    expect(Buffer.from(email.attachments[0].base64, "base64").toString()).toBe("été");
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("queues nothing when the transaction that caused the message rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, message("rollback@example.org"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("keeps a message whose server is down, retries it after its backoff, and delivers it once the server is back", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    await db.$transaction((tx) => enqueueEmail(tx, message("retry@example.org")));
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 1 });
    const waiting = await db.emailOutbox.findFirstOrThrow();
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.availableAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: a pass leaves it alone.
    process.env.SMTP_URL = catcher.url;
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });

    await db.emailOutbox.updateMany({ data: { availableAt: new Date() } });
    expect(await deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });
    await catcher.waitForEmail((e) => e.to.includes("retry@example.org"));
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("marks a message failed after the last attempt and never retries it", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    await db.$transaction((tx) => enqueueEmail(tx, message("gone@example.org")));
    await db.emailOutbox.updateMany({ data: { attempts: MAX_EMAIL_ATTEMPTS - 1 } });
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 1 });
    const failed = await db.emailOutbox.findFirstOrThrow();
    expect(failed.failedAt).not.toBeNull();
    await db.emailOutbox.updateMany({ data: { availableAt: new Date() } });
    process.env.SMTP_URL = catcher.url;
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
  });

  it("two relays at once send each message once", async () => {
    process.env.SMTP_URL = catcher.url;
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await enqueueEmail(tx, message(`many${i}@example.org`));
    });
    const results = await Promise.all([deliverPendingEmails(), deliverPendingEmails()]);
    expect(results[0].sent + results[1].sent).toBe(20);
    const received = catcher.messages().filter((e) => e.to[0]?.startsWith("many"));
    expect(new Set(received.map((e) => e.to[0])).size).toBe(20);
    expect(received).toHaveLength(20);
  });
});
