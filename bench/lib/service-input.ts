// The edit form's values for a stored service, so that the benchmark can save it through
// updateService exactly as the back-office does (every field, with the version it read).
import "server-only";
import { db } from "@/lib/db/client";
import { DAY_KEYS, formatTime } from "@/lib/directory/schemas/hours";
import { serviceScalarFields } from "@/lib/directory/service-fields";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export async function currentServiceInput(id: string) {
  const s = await db.service.findUniqueOrThrow({
    where: { id },
    include: {
      languages: true,
      taxonomyTerms: true,
      serviceAtLocations: true,
      requiredDocuments: { orderBy: { position: "asc" } },
      phones: { orderBy: { position: "asc" } },
      schedules: { include: { ranges: true, closures: true } },
    },
  });
  return {
    version: s.version,
    ...serviceScalarFields(s),
    // The form posts ages as text.
    minimumAge: s.minimumAge === null ? "" : String(s.minimumAge),
    maximumAge: s.maximumAge === null ? "" : String(s.maximumAge),
    requiredDocuments: s.requiredDocuments.map((d) => ({ documentFr: d.documentFr, documentEn: d.documentEn })),
    languages: s.languages.map((l) => l.code),
    taxonomyTermIds: s.taxonomyTerms.map((t) => t.termId),
    locationIds: s.serviceAtLocations.map((link) => link.locationId),
    phones: s.phones.map((p) => ({
      number: p.number,
      extension: p.extension,
      type: p.type,
      descriptionFr: p.descriptionFr,
      descriptionEn: p.descriptionEn,
    })),
    schedules: s.schedules.map((schedule) => ({
      validFrom: day(schedule.validFrom),
      validTo: day(schedule.validTo),
      alwaysOpen: schedule.alwaysOpen,
      notesFr: schedule.notesFr,
      notesEn: schedule.notesEn,
      ...Object.fromEntries(
        DAY_KEYS.map((key, index) => [
          key,
          schedule.ranges
            .filter((range) => range.weekday === index + 1)
            .sort((a, b) => a.opensAt - b.opensAt)
            .map((range) => ({ opens: formatTime(range.opensAt), closes: formatTime(range.closesAt) })),
        ]),
      ),
      closures: schedule.closures.map((c) => ({ date: day(c.date), reasonFr: c.reasonFr, reasonEn: c.reasonEn })),
    })),
  };
}
