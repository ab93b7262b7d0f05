import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/generate-staff";

// No Docker engine runs here, so the image's contents are checked from what the Dockerfile
// copies into its runtime stage and what .dockerignore keeps out of the build.
const root = process.cwd();
const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
const ignored = fs.readFileSync(path.join(root, ".dockerignore"), "utf8").split("\n");

function runtimeSources(): string[] {
  const runtime = dockerfile.slice(dockerfile.indexOf("AS runner"));
  return [...runtime.matchAll(/^COPY --from=build \S+ (.+) \.\S*$/gm)].flatMap((match) =>
    match[1].split(/\s+/).map((source) => source.replace(/^\/app\//, "")),
  );
}

function* files(relative: string): Generator<string> {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield relative;
    return;
  }
  for (const entry of fs.readdirSync(full)) {
    if (entry === "node_modules" || entry === "generated") continue;
    yield* files(path.join(relative, entry));
  }
}

describe("the production image", () => {
  it("keeps tests out of the build context", () => {
    for (const pattern of ["tests", "**/*.test.ts", "**/*.test.tsx", ".env", ".data"])
      expect(ignored).toContain(pattern);
  });

  it("ships neither the demo seed nor the demo staff password", () => {
    const sources = runtimeSources();
    expect(sources).toContain("prisma/migrations");
    expect(sources).not.toContain("prisma");
    const shipped = sources
      .filter((source) => source !== "node_modules" && source !== ".next")
      .flatMap((source) => [...files(source)])
      .filter((file) => !/\.test\.tsx?$/.test(file));
    expect(shipped.length).toBeGreaterThan(50);
    const leaking = shipped.filter((file) => fs.readFileSync(path.join(root, file), "utf8").includes(DEMO_PASSWORD));
    expect(leaking).toEqual([]);
  });
});
