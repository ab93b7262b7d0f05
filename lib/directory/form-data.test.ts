import { describe, expect, it } from "vitest";
import { formDataToObject, getPath } from "./form-data";

describe("formDataToObject", () => {
  it("nests dotted names, builds arrays for numeric segments and repeated names", () => {
    const form = new FormData();
    form.append("nameFr", "Comptoir");
    form.append("phones.0.number", "418 555-0123");
    form.append("phones.1.number", "");
    form.append("schedules.0.d1.0.opens", "09:00");
    form.append("languages", "fr");
    form.append("languages", "en");
    form.append("taxonomyTermIds", "a");
    form.append("$ACTION_ID_abc", "");
    const values = formDataToObject(form, ["taxonomyTermIds", "locationIds"]);
    expect(values).toEqual({
      nameFr: "Comptoir",
      phones: [{ number: "418 555-0123" }, { number: "" }],
      schedules: [{ d1: [{ opens: "09:00" }] }],
      languages: ["fr", "en"],
      taxonomyTermIds: ["a"],
    });
    expect(getPath(values, "schedules.0.d1.0.opens")).toBe("09:00");
    expect(getPath(values, "schedules.1.d1.0.opens")).toBeUndefined();
  });

  it("refuses to build huge sparse arrays from crafted indices", () => {
    const form = new FormData();
    form.append("phones.99999999.number", "1");
    expect(formDataToObject(form)).toEqual({ phones: { "99999999": { number: "1" } } });
  });
});
