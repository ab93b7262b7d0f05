import { getLocale, getTranslations } from "next-intl/server";
import { MapToggle } from "./map-toggle";

/** "Show on map" for these services, its words translated here (no messages shipped). */
export async function ServicesMap({ slugs }: { slugs: string[] }) {
  const t = await getTranslations("Map");
  return (
    <MapToggle
      slugs={slugs}
      locale={await getLocale()}
      styleUrl={process.env.MAP_STYLE_URL || null}
      labels={{
        show: t("show"),
        hide: t("hide"),
        region: t("region"),
        loading: t("loading"),
        failed: t("failed"),
        call: t("call"),
        attribution: t("attribution"),
      }}
    />
  );
}
