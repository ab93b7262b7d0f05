// Command-line options of `npm run bench` and what each mode measures.

export type BenchOptions = {
  mode: "quick" | "full" | "smoke";
  /** Service counts to measure; the first is the demo size, a second one the large size. */
  sizes: number[];
  closedDurationS: number;
  rateDurationS: number;
  connections: number[];
  rate: number;
  edits: number;
  queryCostSample: number;
  lighthousePages: "all" | "french" | "one";
  reuseData: boolean;
  skipBuild: boolean;
  /** Engines measured side by side at every size, with the same mix and floor. */
  engines: BenchEngine[];
};

export type BenchEngine = "postgres" | "meilisearch";

export const DEMO_SERVICES = 5_200;
export const LARGE_SERVICES = 200_000;
const SMOKE_SERVICES = 600;

export const USAGE = `npm run bench [-- options]
  --quick         demo size only, short runs, Lighthouse on the French pages (< 5 min)
  --full          demo size and ${LARGE_SERVICES.toLocaleString("en-US")} services (default)
  --large N       the large size (default ${LARGE_SERVICES})
  --smoke         seconds-long run on 600 services that checks the harness works (figures meaningless)
  --reuse-data    keep databases seeded by an earlier run at the same sizes (seeding not timed)
  --skip-build    reuse the existing production build
  --engine E      postgres, meilisearch or both (default: both, side by side at every size)`;

export function parseOptions(argv: string[]): BenchOptions {
  const known = new Set(["--quick", "--full", "--smoke", "--large", "--reuse-data", "--skip-build", "--engine"]);
  const takesValue = new Set(["--large", "--engine"]);
  for (const [index, arg] of argv.entries())
    if (arg.startsWith("--") && !known.has(arg)) throw new Error(`Unknown option ${arg}\n${USAGE}`);
    else if (!arg.startsWith("--") && !takesValue.has(argv[index - 1])) throw new Error(`Unexpected ${arg}\n${USAGE}`);
  const engineIndex = argv.indexOf("--engine");
  const engine = engineIndex >= 0 ? argv[engineIndex + 1] : "both";
  if (!["postgres", "meilisearch", "both"].includes(engine))
    throw new Error(`--engine takes postgres, meilisearch or both\n${USAGE}`);
  const engines: BenchEngine[] = engine === "both" ? ["postgres", "meilisearch"] : [engine as BenchEngine];
  const quick = argv.includes("--quick");
  const smoke = argv.includes("--smoke");
  if ([quick, smoke, argv.includes("--full")].filter(Boolean).length > 1)
    throw new Error("--quick, --full and --smoke exclude each other");
  const largeIndex = argv.indexOf("--large");
  const large = largeIndex >= 0 ? Number(argv[largeIndex + 1]) : LARGE_SERVICES;
  if (!Number.isInteger(large) || large <= DEMO_SERVICES)
    throw new Error(`--large needs a count above ${DEMO_SERVICES}`);
  const flags = { reuseData: argv.includes("--reuse-data"), skipBuild: argv.includes("--skip-build"), engines };
  if (smoke)
    return {
      mode: "smoke",
      sizes: [SMOKE_SERVICES],
      closedDurationS: 1,
      rateDurationS: 1,
      connections: [1, 10],
      rate: 50,
      edits: 5,
      queryCostSample: 5,
      lighthousePages: "one",
      ...flags,
    };
  return {
    mode: quick ? "quick" : "full",
    sizes: quick ? [DEMO_SERVICES] : [DEMO_SERVICES, large],
    closedDurationS: quick ? 4 : 10,
    rateDurationS: quick ? 6 : 10,
    connections: [1, 10, 50],
    rate: 50,
    edits: quick ? 50 : 100,
    // A full run costs every query of the mix (a stride would skip some kinds, e.g. browsing).
    queryCostSample: quick ? 20 : 200,
    lighthousePages: quick ? "french" : "all",
    ...flags,
  };
}
