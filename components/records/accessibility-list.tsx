import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/localized-text";
import type { LocalizedText } from "@/lib/i18n/localized";

export type AccessibilityItem = {
  wheelchair: boolean | null;
  accessibleWashroom: boolean | null;
  parking: boolean | null;
  elevator: boolean | null;
  details: LocalizedText | null;
};

const FEATURES = ["wheelchair", "accessibleWashroom", "parking", "elevator"] as const;

/** Each feature as yes / no / not specified: an unknown is not a "no". */
export async function AccessibilityList({ accessibility }: { accessibility: AccessibilityItem }) {
  const t = await getTranslations("Service");
  const answer = (value: boolean | null) => (value === null ? t("unknown") : value ? t("yes") : t("no"));
  return (
    <div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {FEATURES.map((feature) => (
          <div key={feature} className="contents">
            <dt className="font-medium">{t(feature)}</dt>
            <dd>{answer(accessibility[feature])}</dd>
          </div>
        ))}
      </dl>
      <Localized value={accessibility.details} as="p" className="mt-2" />
    </div>
  );
}
