import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { resolveAuthSecret } from "./auth-secret";
import { clientIp } from "./client-ip";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-settings";
import { signInSchema } from "./sign-in-schema";
import { verifyCredentials } from "./verify-credentials";

/**
 * Auth.js (next-auth v5): email + password, JWT sessions. The token carries only the user
 * id and the session version; getActor() checks both against the database on every
 * request, so the token alone never grants anything. Configured lazily: the secret is
 * only needed when a request arrives, never during `next build`.
 *
 * trustHost: the app runs behind a reverse proxy that sets X-Forwarded-Host/Proto;
 * set AUTH_URL when the public address must be fixed instead.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  pages: { signIn: "/fr/connexion", error: "/fr/connexion" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials({ ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) return null;
        const { id, email, name, sessionVersion } = result.user;
        return { id, email, name, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv };
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error: Error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
}));
