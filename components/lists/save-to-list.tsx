import { getTranslations } from "next-intl/server";
import { SaveButton } from "./save-button";

/** The add/remove button of a service, its words translated on the server (no messages shipped). */
export async function SaveToList({ slug }: { slug: string }) {
  const t = await getTranslations("Lists");
  return (
    <SaveButton
      slug={slug}
      labels={{
        add: t("addToList"),
        remove: t("removeFromList"),
      }}
    />
  );
}
