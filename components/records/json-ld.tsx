import { jsonForScript } from "@/lib/directory/service-json-ld";

/** schema.org data for search engines; escaped so record text cannot end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
