import { describe, expect, it } from "vitest";
import { readAhead } from "./read-ahead";

/** A source that logs when each item is requested and when it is closed. */
function source(log: string[], items: number[], failAt?: number) {
  return (async function* () {
    try {
      for (const item of items) {
        log.push(`read ${item}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (item === failAt) throw new Error(`cannot read ${item}`);
        yield item;
      }
    } finally {
      log.push("closed");
    }
  })();
}

describe("readAhead", () => {
  it("reads the next item while the current one is being handled, and keeps the order", async () => {
    const log: string[] = [];
    for await (const item of readAhead(source(log, [1, 2, 3]))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      log.push(`handled ${item}`);
    }
    // The source's end is found while the last item is being handled.
    expect(log).toEqual(["read 1", "read 2", "handled 1", "read 3", "handled 2", "closed", "handled 3"]);
  });

  it("hands a source's error to the consumer when it reaches that item", async () => {
    const log: string[] = [];
    const handled: number[] = [];
    await expect(async () => {
      for await (const item of readAhead(source(log, [1, 2, 3], 2))) handled.push(item);
    }).rejects.toThrow("cannot read 2");
    expect(handled).toEqual([1]);
  });

  it("closes the source when the consumer stops early", async () => {
    const log: string[] = [];
    for await (const item of readAhead(source(log, [1, 2, 3, 4]))) if (item === 2) break;
    expect(log.at(-1)).toBe("closed");
    expect(log).not.toContain("read 4");
  });
});
