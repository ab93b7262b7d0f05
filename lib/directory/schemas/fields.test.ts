import { describe, expect, it } from "vitest";
import { phoneList } from "./fields";

describe("phone rows", () => {
  it("normalizes the number and keeps the extension apart", () => {
    expect(phoneList.parse([{ number: "(418) 555-0123", extension: "12" }])).toMatchObject([
      { number: "418 555-0123", extension: "12", type: "voice" },
    ]);
  });

  it("lets an extension typed with the number win over the extension field", () => {
    expect(phoneList.parse([{ number: "(418) 555-4373 poste 7", extension: "5" }])).toMatchObject([
      { number: "418 555-4373", extension: "7" },
    ]);
  });

  it("drops blank rows and reports an invalid number on its row", () => {
    const result = phoneList.safeParse([{}, { number: "555-01" }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["1.number", "phoneInvalid"],
    ]);
  });
});
