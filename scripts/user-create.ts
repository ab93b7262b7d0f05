// `npm run user:create -- --email a@b.c --role admin [--name "Marie Tremblay"]`
// Creates a staff account — the way to make the first admin of a real deployment. On a
// terminal it asks for the password (hidden, twice; empty = generate one); otherwise it
// generates a strong password and prints it once. Uses DATABASE_URL, or the embedded
// database when DATABASE_URL is not set.
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { Invalid } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";

function option(name: string) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          return resolve(value);
        }
        if (char === "\u0003") process.exit(130);
        if (char === "\u007f") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function promptPassword(email: string): Promise<string | undefined> {
  for (;;) {
    const first = await askHidden("Password (at least 12 characters; empty = generate one): ");
    if (!first) return undefined;
    const problems = checkPasswordPolicy(first, email);
    if (problems.length) {
      console.error(`Refused (${problems.join(", ")}): try a longer, less common passphrase.`);
      continue;
    }
    if ((await askHidden("Same password again: ")) === first) return first;
    console.error("The two entries differ; try again.");
  }
}

const email = option("email");
const role = option("role");
if (!email || !role) {
  console.error(
    'Usage: npm run user:create -- --email name@example.org --role admin|editor|agent|viewer [--name "Full Name"]',
  );
  process.exit(2);
}
const name = option("name") ?? email.split("@")[0];
const password = process.stdin.isTTY ? await promptPassword(email) : undefined;

const database = await prepareDatabase({ log: () => {} });
process.env.DATABASE_URL = database.url;
try {
  const result = await createUser(SYSTEM_ACTOR, { email, name, role: role as never, password });
  console.log(`Created ${result.user.role} ${result.user.email} (${result.user.name}).`);
  if (result.generatedPassword) {
    console.log(`Generated password (shown once, hand it over securely): ${result.generatedPassword}`);
  }
} catch (error) {
  if (!(error instanceof Invalid)) throw error;
  for (const [field, keys] of Object.entries(error.fieldErrors)) console.error(`${field}: ${keys.join(", ")}`);
  process.exitCode = 1;
} finally {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await database.stop();
}
