import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

/** 403 for what a section's own layout refuses (a community worker at /fr/admin). */
export default ForbiddenNotice;
