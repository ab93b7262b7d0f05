// The engine contract (tests/search/engine-contract.ts) against the default engine, so the
// suite the Meilisearch engine must pass is known to describe PostgreSQL's behaviour.
import { postgresEngine } from "@/lib/search/postgres/engine";
import { searchEngineContract } from "@/tests/search/engine-contract";

searchEngineContract("postgres", async () => postgresEngine);
