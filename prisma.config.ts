// Prisma CLI configuration. Prisma 6.19's WebAssembly schema engine ("js" engine) runs
// offline; its pg adapter has three defects that break `migrate`, patched here for the
// CLI only (the app runtime uses the stock adapter). See docs/decisions/002-prisma-6.md.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
// prisma/orm#27403: introspection returns `name`, `name[]` and `"char"` columns,
// which the adapter cannot map. Presented as text / text[] they deserialize fine.
const AS_TEXT: Record<number, number> = { 18: TEXT, 19: TEXT, 1003: TEXT_ARRAY };
const parseTextArray = (pg.types.getTypeParser as (oid: number) => unknown)(TEXT_ARRAY) as (value: string) => string[];

type Queryable = {
  client: pg.Pool | pg.PoolClient;
  performIO(query: unknown): Promise<pg.QueryResult>;
  executeScript(script: string): Promise<void>;
  onError(error: unknown): never;
};

let patched = false;
function patchAdapterPrototype(adapter: object) {
  if (patched) return;
  patched = true;
  // PrismaPgAdapter extends PgQueryable (not exported), whose performIO transactions share.
  const adapterProto = Object.getPrototypeOf(adapter) as Queryable;
  const queryableProto = Object.getPrototypeOf(adapterProto) as Queryable;
  const performIO = queryableProto.performIO;
  queryableProto.performIO = async function (this: Queryable, query) {
    const result = await performIO.call(this, query);
    result?.fields?.forEach((field, column) => {
      const replacement = AS_TEXT[field.dataTypeID];
      if (!replacement) return;
      if (field.dataTypeID === 1003) {
        for (const row of result.rows as unknown[][]) {
          if (typeof row[column] === "string") row[column] = parseTextArray(row[column] as string);
        }
      }
      field.dataTypeID = replacement;
    });
    return result;
  };
  // The stock executeScript splits on ";", which breaks $$-quoted function bodies.
  // One simple-protocol query runs the whole migration as PostgreSQL would.
  adapterProto.executeScript = async function (this: Queryable, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
}

class MigratingPgAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    const adapter = await super.connect();
    patchAdapterPrototype(adapter);
    return adapter;
  }

  // The stock shadow connection reuses the main connection string (so the "shadow"
  // is the main database) and drops the shadow while its pool is still open.
  override async connectToShadowDb() {
    const main = await this.connect();
    const shadowName = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${shadowName}"`);
    const u = new URL(this.url);
    const shadowPool = new pg.Pool({
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: shadowName,
    });
    const shadowFactory = new PrismaPg(shadowPool, { disposeExternalPool: true });
    const shadow = await shadowFactory.connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set (use `npm run db:migrate`, which starts the embedded database).");
    return new MigratingPgAdapterFactory(url);
  },
});
