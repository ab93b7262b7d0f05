/**
 * Session lifetime. Sessions are signed JWT cookies with no client-side polling, so in
 * practice a session ends 8 hours after sign-in (a working day) or at sign-out; role
 * changes, disabling and password resets end it sooner through the session version.
 * updateAge only matters when /api/auth/session is fetched: it re-issues the cookie at
 * most every 15 minutes.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 15 * 60;
