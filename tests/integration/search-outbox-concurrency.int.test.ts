// The outbox under concurrency (tests/search/outbox-concurrency-suite.ts) on the PostgreSQL engine.
import { postgresUnderTest } from "@/tests/search/engine-under-test";
import { outboxConcurrencySuite } from "@/tests/search/outbox-concurrency-suite";

outboxConcurrencySuite(postgresUnderTest());
