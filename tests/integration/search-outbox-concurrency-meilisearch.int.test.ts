// The outbox under concurrency (tests/search/outbox-concurrency-suite.ts) on Meilisearch (a
// real server, with its PostgreSQL fallback kept current, as in production).
import { meilisearchUnderTest } from "@/tests/search/engine-under-test";
import { outboxConcurrencySuite } from "@/tests/search/outbox-concurrency-suite";

outboxConcurrencySuite(meilisearchUnderTest());
