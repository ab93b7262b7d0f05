/**
 * Refuses cross-site form posts to our route handlers (login CSRF): the Origin header,
 * sent by every current browser on POST, must name this host. Requests without Origin
 * (curl, old browsers) pass; they carry no victim's cookies from another site anyway.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    const allowed = (process.env.SERVER_ACTIONS_ALLOWED_ORIGINS ?? "").split(",").map((value) => value.trim());
    const originHost = new URL(origin).host;
    return originHost === host || allowed.includes(originHost);
  } catch {
    return false;
  }
}
