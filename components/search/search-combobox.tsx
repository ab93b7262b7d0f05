"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";

/**
 * The search text field with type-ahead suggestions (WAI-ARIA combobox with a list popup).
 * Without JavaScript it is a plain text field of the GET form.
 */
export function SearchCombobox({
  id,
  name,
  defaultValue,
  placeholder,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  defaultValue: string;
  placeholder: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("Search");
  const locale = useLocale();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  // Suggestions follow typing only (not the value the page was loaded with).
  const [typed, setTyped] = useState(false);
  const text = value.trim();
  const wanted = typed && text.length >= 2;
  const options = wanted ? suggestions : [];

  // Debounced fetch; an older answer never overwrites a newer one (AbortController).
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggest?lang=${locale}&q=${encodeURIComponent(text)}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions?: string[] };
        setSuggestions(body.suggestions ?? []);
        setActive(-1);
        // An answer arriving after the person moved on (submitted, tabbed away) stays closed.
        setOpen(document.activeElement === inputRef.current);
      } catch {
        // aborted or offline: keep the field usable without suggestions
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, wanted, locale]);

  function choose(suggestion: string) {
    setValue(suggestion);
    setOpen(false);
    setTyped(false);
    const input = inputRef.current;
    if (input) {
      input.value = suggestion;
      input.form?.requestSubmit();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const expanded = open && options.length > 0;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === "ArrowUp" && expanded) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && options.length > 0;
  return (
    <div className="relative min-w-0 flex-1">
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        maxLength={200}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          setTyped(true);
          setValue(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-full rounded-md border border-slate-500 px-3 py-2 text-lg"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-20 mt-1 max-h-80 overflow-auto rounded-md border border-slate-300 bg-white shadow-lg"
      >
        {options.map((suggestion, index) => (
          <li
            key={suggestion}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(suggestion);
            }}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-700 text-white" : "hover:bg-brand-50"}`}
          >
            {suggestion}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {open && wanted ? t("suggestionsCount", { count: options.length }) : ""}
      </p>
    </div>
  );
}
