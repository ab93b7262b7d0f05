// The demo seed writes four staff accounts whose password is published in the README, and
// --reset empties the directory. Either is harmless in the embedded demo database and a
// disaster in a real one, so on a DATABASE_URL database both need --force-demo, said out loud.

export type SeedRequest = { embedded: boolean; reset: boolean; forceDemo: boolean };

/** Why this seed must not run, or null when it may. */
export function seedRefusal(request: SeedRequest): string | null {
  if (request.embedded || request.forceDemo) return null;
  return (
    "Refusing to seed DATABASE_URL: the demo seed creates staff accounts with the published demo password" +
    (request.reset ? " and --reset would empty the directory" : "") +
    ". If this database is a disposable demo or test database, run again with --force-demo."
  );
}
