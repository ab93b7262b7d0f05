"use client";
import { useState } from "react";

/** Copies the share link; the link itself stays visible and selectable for everyone else. */
export function CopyLinkButton({ url, label, done }: { url: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="rounded bg-brand-700 px-3 py-2 font-medium text-white"
        onClick={() =>
          navigator.clipboard.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="ml-2">
        {copied ? done : ""}
      </span>
    </>
  );
}
