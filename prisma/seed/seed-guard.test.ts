import { describe, expect, it } from "vitest";
import { seedRefusal } from "./seed-guard";

describe("seedRefusal", () => {
  it("lets the embedded demo database be seeded and reset", () => {
    expect(seedRefusal({ embedded: true, reset: false, forceDemo: false })).toBeNull();
    expect(seedRefusal({ embedded: true, reset: true, forceDemo: false })).toBeNull();
  });

  it("refuses demo accounts and --reset on a DATABASE_URL database without --force-demo", () => {
    expect(seedRefusal({ embedded: false, reset: false, forceDemo: false })).toMatch(/demo password.*--force-demo/);
    expect(seedRefusal({ embedded: false, reset: true, forceDemo: false })).toMatch(/--reset would empty/);
    expect(seedRefusal({ embedded: false, reset: true, forceDemo: true })).toBeNull();
  });
});
