"use client";

import { useTranslations } from "next-intl";

const KEYS: [string, string][] = [
  ["/", "slash"],
  ["↑ ↓", "arrows"],
  ["Entrée / Enter", "enter"],
  ["c", "c"],
  ["r", "r"],
  ["f", "f"],
  ["u", "u"],
  ["n", "n"],
  ["e", "e"],
  ["Échap / Esc", "escape"],
  ["?", "question"],
];

/** Every key of the console, in the help overlay. */
export function HelpList() {
  const t = useTranslations("Agent.help");
  return (
    <div className="space-y-3">
      <p>{t("intro")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {KEYS.map(([key, label]) => (
          <div key={label} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 bg-slate-100 px-1.5 font-mono">{key}</kbd>
            </dt>
            <dd>{t(`keys.${label}` as never)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
