"use client";

/** The browser's print dialog; without JavaScript, the browser's own Print menu does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-700 px-3 py-2 font-medium text-white"
    >
      {label}
    </button>
  );
}
