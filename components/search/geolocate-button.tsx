"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

const subscribe = () => () => {};

/**
 * "Use my location": fills the near field with the browser's position and submits. Rendered
 * only where JavaScript and geolocation exist (nothing in the server HTML); the position
 * is rounded (~100 m) and goes nowhere but this site's own search URL.
 */
export function GeolocateButton({ nearInputId }: { nearInputId: string }) {
  const t = useTranslations("Search");
  const supported = useSyncExternalStore(
    subscribe,
    () => "geolocation" in navigator,
    () => false,
  );
  const [state, setState] = useState<"idle" | "locating" | "error">("idle");
  if (!supported) return null;

  function locate(button: HTMLButtonElement) {
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const input = document.getElementById(nearInputId) as HTMLInputElement | null;
        if (!input) return;
        input.value = `${position.coords.latitude.toFixed(3)},${position.coords.longitude.toFixed(3)}`;
        setState("idle");
        button.form?.requestSubmit();
      },
      () => setState("error"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  return (
    <>
      <button
        type="button"
        onClick={(event) => locate(event.currentTarget)}
        disabled={state === "locating"}
        className="rounded-md border border-brand-700 px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {state === "locating" ? t("locating") : t("useMyLocation")}
      </button>
      {state === "error" && (
        <p role="alert" className="w-full text-sm text-accent-600">
          {t("geoError")}
        </p>
      )}
    </>
  );
}
