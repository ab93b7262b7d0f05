import { describe, expect, it } from "vitest";
import { mainPhone, phoneHref } from "./phone-links";

describe("phoneHref", () => {
  it("links voice, toll-free and TTY numbers with tel:, digits only", () => {
    expect(phoneHref("418 555-0123", null, "voice")).toBe("tel:+14185550123");
    expect(phoneHref("1 800 555-0199", null, "toll_free")).toBe("tel:+18005550199");
    expect(phoneHref("418 555-0124", null, "tty")).toBe("tel:+14185550124");
  });

  it("dials the extension after a pause", () => {
    expect(phoneHref("418 555-0123", "12", "voice")).toBe("tel:+14185550123,12");
  });

  it("links text lines with sms: and never links a fax", () => {
    expect(phoneHref("418 555-0125", null, "text")).toBe("sms:+14185550125");
    expect(phoneHref("418 555-0126", null, "fax")).toBeNull();
  });
});

describe("mainPhone", () => {
  it("is the first dialable phone in display order, skipping faxes", () => {
    const phones = [
      { id: "fax", type: "fax" },
      { id: "a", type: "toll_free" },
      { id: "b", type: "voice" },
    ];
    expect(mainPhone(phones)?.id).toBe("a");
    expect(mainPhone([{ id: "fax", type: "fax" }])).toBeNull();
  });
});
