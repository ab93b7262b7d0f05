import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgentConsole } from "@/components/agent/agent-console";
import { ClientMessages } from "@/components/i18n/client-messages";
import { listNeedCategories } from "@/lib/calls/list-need-categories";
import { requireCalls } from "@/lib/calls/require-calls";
import { AGE_GROUPS, CALL_LANGUAGES, FLAG_REASONS, HOW_HEARD, UNMET_REASONS } from "@/lib/calls/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import {
  endCallAction,
  flagRecordAction,
  markReferredAction,
  recordEmptySearchAction,
  recordUnmetNeedAction,
  startCallAction,
  updateCallContextAction,
} from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Agent" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AgentPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireCalls("calls:write", locale);
  const [t, tc, categories] = await Promise.all([
    getTranslations("Agent"),
    getTranslations("Calls"),
    listNeedCategories(locale),
  ]);
  const options = {
    categories,
    languages: CALL_LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) })),
    ageGroups: [...AGE_GROUPS].reverse().map((value) => ({ value, label: tc(`ageGroups.${value}`) })),
    howHeard: HOW_HEARD.map((value) => ({ value, label: tc(`howHeard.${value}`) })),
    unmetReasons: UNMET_REASONS.map((value) => ({ value, label: tc(`unmetReasons.${value}`) })),
    flagReasons: FLAG_REASONS.map((value) => ({ value, label: tc(`flagReasons.${value}`) })),
  };
  const publicPathPrefix = getPathname({
    href: { pathname: "/services/[slug]", params: { slug: "x" } },
    locale,
  }).replace(/\/x$/, "");
  return (
    <ClientMessages namespaces={["Agent"]}>
      <AgentConsole
        options={options}
        publicPathPrefix={publicPathPrefix}
        actions={{
          startCall: startCallAction,
          updateCallContext: updateCallContextAction,
          markReferred: markReferredAction,
          recordUnmetNeed: recordUnmetNeedAction,
          recordEmptySearch: recordEmptySearchAction,
          endCall: endCallAction,
          flagRecord: flagRecordAction,
        }}
      />
    </ClientMessages>
  );
}
