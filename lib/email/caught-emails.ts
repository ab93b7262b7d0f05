// Messages caught by the local mail catcher (dev and tests), one JSON file each. No
// "server-only": the Playwright specs read them too.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type CaughtEmail = {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; size: number; base64: string }[];
};

export async function saveCaughtEmail(dir: string, email: CaughtEmail) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${email.id}.json`), JSON.stringify(email));
}

/** Newest first. */
export async function readCaughtEmails(dir: string): Promise<CaughtEmail[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const emails = await Promise.all(
    names
      .filter((name) => name.endsWith(".json"))
      .map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as CaughtEmail),
  );
  return emails.sort((a, b) => b.id.localeCompare(a.id));
}
