import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Client components below get only these message namespaces (every message sent is HTML
 * weight on every page); server components translate with getTranslations. List here the
 * namespaces of the useTranslations() calls in the "use client" files rendered below; a dotted
 * name ("Records.hours") sends only that part of a namespace.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const [top, ...path] = namespace.split(".");
    if (path.length === 0) picked[top] = messages[top];
    else {
      // One level below the namespace is what the components here ask for ("Records.form").
      const parent = (picked[top] ??= {}) as Record<string, unknown>;
      parent[path.join(".")] = (messages[top] as Record<string, unknown> | undefined)?.[path.join(".")];
    }
  }
  return <NextIntlClientProvider messages={picked as typeof messages}>{children}</NextIntlClientProvider>;
}
