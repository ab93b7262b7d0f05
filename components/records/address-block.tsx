import { getTranslations } from "next-intl/server";
import { openStreetMapUrl } from "@/lib/directory/map-link";

export type AddressItem = {
  type: string;
  attention: string | null;
  street: string;
  city: string;
  province: string;
  postalCode: string;
};

/** Postal-style address lines, and a plain OpenStreetMap link when the location has a point. */
export async function AddressBlock({
  addresses,
  latitude,
  longitude,
  placeName,
}: {
  addresses: AddressItem[];
  latitude: number | null;
  longitude: number | null;
  placeName: string;
}) {
  const t = await getTranslations("Service");
  return (
    <div className="space-y-2">
      {addresses.map((address, index) => (
        <address key={index} className="not-italic">
          {address.type === "postal" && <span className="block text-sm text-slate-700">{t("postalAddress")}</span>}
          {address.attention && <span className="block">{t("attention", { name: address.attention })}</span>}
          <span className="block">{address.street}</span>
          <span className="block">
            {address.city} ({address.province}) {address.postalCode}
          </span>
        </address>
      ))}
      {latitude !== null && longitude !== null && (
        <p className="print:hidden">
          <a href={openStreetMapUrl(latitude, longitude)} aria-label={t("mapLinkLabel", { name: placeName })}>
            {t("mapLink")}
          </a>
        </p>
      )}
    </div>
  );
}
