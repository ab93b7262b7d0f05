import { defineRouting } from "next-intl/routing";

/** French first: the default locale, and the one `/` falls back to. */
export const routing = defineRouting({
  locales: ["fr", "en"],
  defaultLocale: "fr",
  localePrefix: "always",
  // No cookie for anonymous visitors (Law 25, tests/e2e/privacy.spec.ts): the URL carries the
  // language, and "/" follows the browser's Accept-Language.
  localeCookie: false,
  // Public URLs read naturally in each language; the app folder uses the English names.
  pathnames: {
    "/": "/",
    "/search": { fr: "/recherche", en: "/search" },
    "/services/[slug]": { fr: "/services/[slug]", en: "/services/[slug]" },
    "/organizations/[slug]": { fr: "/organismes/[slug]", en: "/organizations/[slug]" },
    "/categories/[code]": { fr: "/categories/[code]", en: "/categories/[code]" },
    "/sign-in": { fr: "/connexion", en: "/sign-in" },
    "/privacy": { fr: "/confidentialite", en: "/privacy" },
    "/list": { fr: "/liste", en: "/list" },
    "/list/sheet": { fr: "/liste/fiche", en: "/list/sheet" },
    "/my-lists": { fr: "/mes-listes", en: "/my-lists" },
    "/my-lists/[id]": { fr: "/mes-listes/[id]", en: "/my-lists/[id]" },
    "/admin": "/admin",
    "/admin/organizations": { fr: "/admin/organismes", en: "/admin/organizations" },
    "/admin/organizations/new": { fr: "/admin/organismes/nouveau", en: "/admin/organizations/new" },
    "/admin/organizations/[id]": { fr: "/admin/organismes/[id]", en: "/admin/organizations/[id]" },
    "/admin/organizations/[id]/history": {
      fr: "/admin/organismes/[id]/historique",
      en: "/admin/organizations/[id]/history",
    },
    "/admin/services": "/admin/services",
    "/admin/taxonomy": { fr: "/admin/taxonomie", en: "/admin/taxonomy" },
    "/admin/users": { fr: "/admin/utilisateurs", en: "/admin/users" },
    "/admin/account": { fr: "/admin/compte", en: "/admin/account" },
    "/admin/flags": { fr: "/admin/signalements", en: "/admin/flags" },
    "/admin/statistics": { fr: "/admin/statistiques", en: "/admin/statistics" },
    "/admin/duplicates": { fr: "/admin/doublons", en: "/admin/duplicates" },
    "/admin/open-data": { fr: "/admin/donnees-ouvertes", en: "/admin/open-data" },
    "/admin/open-data/imports/[id]": {
      fr: "/admin/donnees-ouvertes/importations/[id]",
      en: "/admin/open-data/imports/[id]",
    },
    "/agent": "/agent",
    // Data stewardship (issue #12).
    "/services/[slug]/correction": {
      fr: "/services/[slug]/signaler-une-erreur",
      en: "/services/[slug]/suggest-a-correction",
    },
    "/organizations/[slug]/correction": {
      fr: "/organismes/[slug]/signaler-une-erreur",
      en: "/organizations/[slug]/suggest-a-correction",
    },
    "/update/[token]": { fr: "/mise-a-jour/[token]", en: "/update/[token]" },
    "/admin/moderation": "/admin/moderation",
    "/admin/moderation/change-requests/[id]": {
      fr: "/admin/moderation/demandes/[id]",
      en: "/admin/moderation/change-requests/[id]",
    },
    "/admin/review": { fr: "/admin/revision", en: "/admin/review" },
    "/admin/data-quality": { fr: "/admin/qualite", en: "/admin/data-quality" },
    "/dev/mail": { fr: "/dev/courriels", en: "/dev/mail" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;

export function isLocale(value: unknown): value is Locale {
  return routing.locales.includes(value as Locale);
}
