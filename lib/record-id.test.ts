import { describe, expect, it } from "vitest";
import { NotFound } from "./errors";
import { assertRecordId } from "./record-id";

describe("assertRecordId", () => {
  it("accepts a UUID", () => {
    expect(() => assertRecordId("6f1c2a4e-9b7d-4c3e-8a21-0f5e6d7c8b9a", "service")).not.toThrow();
  });

  it.each(["", "not-a-uuid", "__proto__", "' OR 1=1 --", 42, null, "6f1c2a4e-9b7d-4c3e-8a21-0f5e6d7c8b9a "])(
    "refuses %j as a missing record",
    (id) => {
      expect(() => assertRecordId(id, "service")).toThrow(NotFound);
    },
  );
});
