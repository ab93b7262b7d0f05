import { NextResponse, type NextRequest } from "next/server";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { SecondFactorMissing, SecondFactorWrong, signIn, SignInRateLimited } from "@/lib/auth/auth-config";
import { clientIp } from "@/lib/security/client-ip";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { getThrottleStatus } from "@/lib/auth/throttle";
import { signInPath } from "@/lib/auth/require-staff";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { localizedPathname } from "@/lib/i18n/paths";
import { metrics } from "@/lib/observability/metrics";
import { tooManyRequestsPage } from "@/lib/security/status-page";

/**
 * The only endpoint that accepts a password. The sign-in form posts here: as a plain HTML
 * form without JavaScript (answers are redirects), or with fetch and Accept: JSON (answers
 * are JSON). Either way a refused client gets a real 429 with Retry-After — a server
 * action could not set that status.
 */
export async function POST(request: NextRequest) {
  const json = request.headers.get("accept")?.includes("application/json") ?? false;
  const form = await request.formData().catch(() => new FormData());
  const requestedLocale = form.get("locale");
  const locale: Locale = isLocale(requestedLocale) ? requestedLocale : "fr";
  const callbackUrl = safeCallbackUrl(form.get("callbackUrl"), locale);
  const t = await getTranslations({ locale, namespace: "Auth" });

  const failure = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
    if (json) return NextResponse.json({ error: { code, message, ...extra } }, { status });
    const back = new URL(signInPath(locale, callbackUrl), request.url);
    back.searchParams.set("error", code);
    return NextResponse.redirect(back, 303);
  };

  if (!isSameOrigin(request.headers)) return failure(403, "forbidden", t("errors.crossSite"));

  const parsed = signInSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
    code: typeof form.get("code") === "string" && form.get("code") !== "" ? form.get("code") : undefined,
  });
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      (fields[field] ??= []).push(t(`errors.${issue.message}`));
    }
    return failure(400, "invalid", t("errors.invalidForm"), { fields });
  }

  const ip = clientIp(request.headers);
  const rateLimited = async () => {
    metrics.rateLimited.inc({ limiter: "sign-in" });
    const status = await getThrottleStatus({ email: parsed.data.email, ip });
    const retryAfterSeconds = status.limited ? status.retryAfterSeconds : 60;
    const message = t("rateLimited", { minutes: Math.ceil(retryAfterSeconds / 60) });
    const headers = { "Retry-After": String(retryAfterSeconds) };
    if (json)
      return NextResponse.json(
        { error: { code: "rate_limited", message, retryAfterSeconds } },
        { status: 429, headers },
      );
    return tooManyRequestsPage({
      locale,
      message,
      title: t("rateLimitedTitle"),
      back: { href: localizedPathname("/sign-in", locale), label: t("backToSignIn") },
      retryAfterSeconds,
    });
  };
  // An early answer for a client already refused; the decision that counts is taken
  // atomically with the attempt, inside verifyCredentials.
  if ((await getThrottleStatus({ email: parsed.data.email, ip })).limited) return rateLimited();

  try {
    const { code, ...credentials } = parsed.data;
    await signIn("credentials", { ...credentials, ...(code ? { code } : {}), redirect: false });
  } catch (error) {
    if (error instanceof SignInRateLimited) return rateLimited();
    if (error instanceof SecondFactorMissing) return failure(401, "second_factor_missing", t("secondFactorMissing"));
    if (error instanceof SecondFactorWrong) return failure(401, "second_factor_wrong", t("secondFactorWrong"));
    if (error instanceof CredentialsSignin) return failure(401, "invalid_credentials", t("invalidCredentials"));
    throw error;
  }
  if (json) return NextResponse.json({ redirectTo: callbackUrl });
  return NextResponse.redirect(new URL(callbackUrl, request.url), 303);
}
