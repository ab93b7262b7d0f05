// `.ci/run`: is there a browser for the end-to-end tests without apt (a system Chromium, or the
// one inside @sparticuz/chromium)? Exit 1 when not, so that CI installs Debian's.
import { prepareChromium } from "@/tests/e2e/chromium";

process.exit((await prepareChromium()) ? 0 : 1);
