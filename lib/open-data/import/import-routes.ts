import "server-only";
import { getActor } from "@/lib/auth/get-actor";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { localizedPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { applyImport, dryRunWithMapping, importReportText, mappingFromForm, uploadImport } from "./back-office-imports";

// The HTTP edge of back-office imports: route handlers (not server actions) so that large
// files are not cut by the server actions' body limit. Forms post here and are sent back to
// pages with 303, so everything works without JavaScript.

const localeOf = (form: FormData | URLSearchParams): Locale => (form.get("lang") === "en" ? "en" : "fr");
// A relative Location: behind a proxy or on 127.0.0.1, request.url may name another host, and the
// site's CSP (form-action 'self') blocks a form post redirected to another origin.
const seeOther = (_request: Request, path: string) => new Response(null, { status: 303, headers: { Location: path } });

const crossSite = () => Response.json({ error: "cross_site" }, { status: 403 });

/**
 * A post from one of our pages: Sec-Fetch-Site (same-origin) decides when the browser sends it,
 * otherwise the Origin check of the sign-in route.
 */
function fromOurPages(headers: Headers) {
  const site = headers.get("sec-fetch-site");
  return site ? site === "same-origin" : isSameOrigin(headers);
}

async function guarded(request: Request, work: () => Promise<Response>, failurePath: string) {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "invalid") return seeOther(request, failurePath);
    return Response.json(
      { error: error.code },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}

export async function postImport(request: Request) {
  // Checked before the body is read: a cross-site post does not get to upload anything.
  if (!fromOurPages(request.headers)) return crossSite();
  const form = await request.formData();
  const locale = localeOf(form);
  const page = localizedPathname("/admin/open-data", locale);
  return guarded(
    request,
    async () => {
      const id = await uploadImport(await getActor(), {
        file: form.get("file"),
        format: form.get("format"),
        mapping: mappingFromForm(form),
      });
      return seeOther(
        request,
        localizedPathname({ pathname: "/admin/open-data/imports/[id]", params: { id } }, locale),
      );
    },
    `${page}?error=upload`,
  );
}

export async function postApply(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!fromOurPages(request.headers)) return crossSite();
  const { id } = await params;
  const locale = localeOf(await request.formData());
  return guarded(
    request,
    async () => {
      const applied = await applyImport(await getActor(), id);
      return seeOther(
        request,
        localizedPathname({ pathname: "/admin/open-data/imports/[id]", params: { id: applied } }, locale),
      );
    },
    localizedPathname("/admin/open-data", locale),
  );
}

/** The mapping step's form: the dry run of the stored spreadsheet with the columns chosen. */
export async function postDryRun(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!fromOurPages(request.headers)) return crossSite();
  const { id } = await params;
  const form = await request.formData();
  const locale = localeOf(form);
  return guarded(
    request,
    async () => {
      const dryRunId = await dryRunWithMapping(await getActor(), id, mappingFromForm(form));
      return seeOther(
        request,
        localizedPathname({ pathname: "/admin/open-data/imports/[id]", params: { id: dryRunId } }, locale),
      );
    },
    localizedPathname("/admin/open-data", locale),
  );
}

const textStream = (pieces: AsyncIterable<string>) => {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
};

export async function getReport(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const text = await importReportText(await getActor(), id, localeOf(new URL(request.url).searchParams));
    // Streamed as it is read: a large import's report is never held whole.
    return new Response(textStream(text), {
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": `attachment; filename="import-${id}.txt"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { error: error.code },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}
