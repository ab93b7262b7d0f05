"use client";
import { lazy, Suspense, useState } from "react";
import type { MapLabels } from "./service-map";

// MapLibre (~250 KB gzipped) is fetched only when the map is opened: a page's first load
// stays within its JavaScript budget, and the list remains the primary, accessible view.
const ServiceMap = lazy(() => import("./service-map"));

type Props = {
  slugs: string[];
  locale: string;
  styleUrl: string | null;
  labels: MapLabels & { show: string; hide: string };
};

export function MapToggle({ slugs, locale, styleUrl, labels }: Props) {
  const [open, setOpen] = useState(false);
  if (!slugs.length) return null;
  return (
    <div className="space-y-2 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="rounded border border-brand-700 px-3 py-1.5 font-medium text-brand-700"
      >
        {open ? labels.hide : labels.show}
      </button>
      {open && (
        <Suspense fallback={<p role="status">{labels.loading}</p>}>
          <ServiceMap slugs={slugs} locale={locale} styleUrl={styleUrl} labels={labels} />
        </Suspense>
      )}
    </div>
  );
}
