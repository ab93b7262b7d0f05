"use client";

import { useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";

/** The query string a GET submission of this form would produce, without empty fields. */
export function formQueryString(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
  }
  return params.toString();
}

/**
 * A plain GET form (it works without JavaScript); with JavaScript, submitting or changing a
 * filter replaces the URL instead of reloading, so the page re-renders on the server and the
 * address always holds the whole search.
 */
export function LiveSearchForm({
  action,
  label,
  className,
  children,
}: {
  action: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  function go(form: HTMLFormElement) {
    clearTimeout(timer.current);
    const query = formQueryString(form);
    startTransition(() => router.replace(query ? `${action}?${query}` : action, { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(event.currentTarget);
  }

  // Filters apply as soon as they change; text fields wait for Enter or the button.
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.type === "checkbox" || target.type === "radio" || target.tagName === "SELECT") {
      const form = event.currentTarget;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => go(form), 250);
    }
  }

  return (
    <form
      role="search"
      aria-label={label}
      action={action}
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      aria-busy={pending}
      data-pending={pending || undefined}
      className={className}
    >
      {children}
    </form>
  );
}
