import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

/** Rendered with status 403 when a signed-in person lacks the page's permission. */
export default ForbiddenNotice;
