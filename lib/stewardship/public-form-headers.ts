/**
 * The public forms that must work without JavaScript (a correction, an organization's update).
 * The site sends `Referrer-Policy: no-referrer`, under which a browser's plain form POST carries
 * `Origin: null` — and Next.js refuses a server action whose origin it cannot match to the host.
 * These pages relax the policy to `same-origin` only: their own POST says where it comes from,
 * and nothing is sent to other sites. (Later rules in next.config.ts override earlier ones.)
 */
export const PUBLIC_FORM_PAGES = [
  "/:locale(fr|en)/services/:slug/:form(signaler-une-erreur|suggest-a-correction)",
  "/:locale(fr|en)/:kind(organismes|organizations)/:slug/:form(signaler-une-erreur|suggest-a-correction)",
  "/fr/mise-a-jour/:token",
  "/en/update/:token",
];

export const publicFormHeaders = () =>
  PUBLIC_FORM_PAGES.map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "same-origin" }] }));
