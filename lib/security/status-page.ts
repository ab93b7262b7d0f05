const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

type PageOptions = {
  locale: string;
  title: string;
  message: string;
  back: { href: string; label: string };
  retryAfterSeconds: number;
};

/**
 * A 429 answer for a browser (a plain form post, a page load): a minimal page in the
 * visitor's language, with a way back. Pages rendered by React cannot choose their status.
 */
export function tooManyRequestsPage(options: PageOptions) {
  return statusPage(429, options);
}

/** A 503 answer for a browser while the database is unreachable. */
export function unavailablePage(options: PageOptions) {
  return statusPage(503, options);
}

function statusPage(status: 429 | 503, options: PageOptions) {
  const html = `<!doctype html><html lang="${escape(options.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(options.title)}</title></head><body><main><h1>${escape(options.title)}</h1><p role="alert">${escape(options.message)}</p><p><a href="${escape(options.back.href)}">${escape(options.back.label)}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "Retry-After": String(options.retryAfterSeconds),
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
