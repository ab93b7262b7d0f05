// The search outbox end to end (tests/search/outbox-suite.ts) on Meilisearch (a real server,
// with PostgreSQL kept current as its fallback, as in production).
import { meilisearchUnderTest } from "@/tests/search/engine-under-test";
import { searchOutboxSuite } from "@/tests/search/outbox-suite";

searchOutboxSuite(meilisearchUnderTest());
