// A mail catcher in its own process (`npm test` runs it beside the app: the test runner's own
// event loop is blocked while Playwright runs, so it cannot answer SMTP itself). Prints its
// SMTP_URL on the first line of stdout, writes each message to the folder given, stops on SIGTERM.
import { startMailCatcher } from "@/lib/email/mail-catcher";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx scripts/mail-catcher.ts DIR");
  process.exit(2);
}
const catcher = await startMailCatcher({ dir });
console.log(catcher.url);
const stop = () => void catcher.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
