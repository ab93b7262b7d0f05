import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { CredentialsSignin } from "next-auth";
import { resolveAuthSecret } from "./auth-secret";
import { clientIp } from "@/lib/security/client-ip";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-settings";
import { signInSchema } from "./sign-in-schema";
import { endStaffSession, startStaffSession } from "./staff-sessions";
import { verifyCredentials } from "./verify-credentials";
import { errorFields, logger } from "@/lib/observability/logger";
import { safeCallbackUrl } from "./safe-callback-url";
import { sendSignInLink } from "./send-sign-in-link";
import { workerAdapter, type LinkUser } from "./worker-adapter";

/**
 * Auth.js (next-auth v5): email + password, JWT sessions. The token carries only the user
 * id and the session version; getActor() checks both against the database on every
 * request, so the token alone never grants anything. Configured lazily: the secret is
 * only needed when a request arrives, never during `next build`.
 *
 * trustHost: the app runs behind a reverse proxy that sets X-Forwarded-Host/Proto;
 * set AUTH_URL when the public address must be fixed instead.
 */
/** Refused by the throttle before any password check; the sign-in route answers 429. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** The password was right; the account's two-step code is missing, or wrong. */
export class SecondFactorMissing extends CredentialsSignin {
  code = "second_factor_missing";
}
export class SecondFactorWrong extends CredentialsSignin {
  code = "second_factor_wrong";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  pages: { signIn: "/fr/connexion", error: "/fr/connexion" },
  // Only for community workers' emailed links (verification tokens, creating their account).
  adapter: workerAdapter,
  providers: [
    // Community workers: a one-time link by email, valid 30 minutes; no password.
    Nodemailer({
      server: process.env.SMTP_URL ?? "smtp://localhost",
      maxAge: 30 * 60,
      sendVerificationRequest: sendSignInLink,
    }),
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials({ ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok && result.reason === "rate_limited") throw new SignInRateLimited();
        if (!result.ok && result.reason === "second_factor")
          throw result.missing ? new SecondFactorMissing() : new SecondFactorWrong();
        if (!result.ok) return null;
        const { id, email, name, sessionVersion } = result.user;
        return { id, email, name, sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Where an emailed link lands: a path of this site only (never an open redirect), kept
    // relative so the browser stays on the host it came from, where its session cookie is.
    redirect({ url }) {
      try {
        const { pathname, search } = new URL(url, "http://relative.invalid");
        return safeCallbackUrl(`${pathname}${search}`, pathname.startsWith("/en") ? "en" : "fr");
      } catch {
        return "/fr";
      }
    },
    // An emailed link signs in community workers only; a staff address (or a disabled
    // account) is refused even with a valid token.
    signIn({ user, account, email }) {
      if (account?.provider !== "nodemailer") return true;
      // Asking for a link: always "sent" (sendSignInLink drops staff addresses silently).
      if (email?.verificationRequest) return true;
      const linkUser = user as Partial<LinkUser>;
      return !linkUser.role || (linkUser.role === "worker" && !linkUser.disabled);
    },
    // Runs with `user` once, at sign-in: the session's row is opened then, and the cookie
    // carries its id. Later re-issues of the cookie keep the claims (and the row's expiry).
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        token.sid = await startStaffSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv, sessionId: token.sid };
    },
  },
  events: {
    // Whatever path signs out (the staff menu or POST /api/auth/signout), the row is ended,
    // so a copied cookie stops working with it.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endStaffSession(sid);
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error: Error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      logger.error(errorFields(error), "auth error");
    },
  },
}));
