import { describe, expect, it } from "vitest";
import { itemState } from "./item-state";

const saved = new Date("2026-03-01T12:00:00Z");
const active = { status: "active" as const, deletedAt: null };

describe("itemState", () => {
  it("is unchanged when the record was not edited since it was saved", () => {
    expect(itemState({ ...active, updatedAt: new Date("2026-02-01"), organization: active }, saved)).toEqual({
      kind: "unchanged",
      temporarilyClosed: false,
    });
  });

  it("says when it changed", () => {
    const on = new Date("2026-03-12T15:00:00Z");
    expect(itemState({ ...active, updatedAt: on, organization: active }, saved)).toEqual({
      kind: "changed",
      on,
      temporarilyClosed: false,
    });
  });

  it("is gone when the service or its organization is archived, inactive or defunct", () => {
    const later = new Date("2026-04-01");
    expect(itemState({ ...active, deletedAt: later, updatedAt: later, organization: active }, saved).kind).toBe("gone");
    expect(itemState({ status: "defunct", deletedAt: null, updatedAt: later, organization: active }, saved).kind).toBe(
      "gone",
    );
    expect(
      itemState({ ...active, updatedAt: later, organization: { status: "inactive", deletedAt: null } }, saved).kind,
    ).toBe("gone");
  });

  it("keeps a temporarily closed service, marked", () => {
    expect(
      itemState({ status: "temporarily_closed", deletedAt: null, updatedAt: saved, organization: active }, saved),
    ).toEqual({ kind: "unchanged", temporarilyClosed: true });
  });
});
