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

describe("formDataToObject against prototype pollution", () => {
  const POISON = [
    "__proto__.polluted",
    "phones.__proto__.polluted",
    "constructor.prototype.polluted",
    "a.constructor.prototype.polluted",
    "prototype.polluted",
    "phones.0.__proto__.polluted",
  ];

  it.each(POISON)("never writes through %s onto Object.prototype", (name) => {
    const form = new FormData();
    form.append(name, "yes");
    form.append("nameFr", "Comptoir");
    const values = formDataToObject(form);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(values.nameFr).toBe("Comptoir");
  });

  it("drops fields whose path names a prototype member, keeps the rest", () => {
    const form = new FormData();
    form.append("__proto__", "x");
    form.append("constructor", "x");
    form.append("phones.0.number", "418 555-0123");
    const values = formDataToObject(form);
    expect(Object.keys(values)).toEqual(["phones"]);
    expect(getPath(values, "phones.0.number")).toBe("418 555-0123");
  });

  it("reads no inherited member back out", () => {
    expect(getPath({}, "constructor")).toBeUndefined();
    expect(getPath({ a: {} }, "a.toString")).toBeUndefined();
    expect(getPath({ a: [] }, "a.push")).toBeUndefined();
  });
});
