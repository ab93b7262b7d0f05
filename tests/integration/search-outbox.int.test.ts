// The search outbox end to end (tests/search/outbox-suite.ts) on the PostgreSQL engine.
import { postgresUnderTest } from "@/tests/search/engine-under-test";
import { searchOutboxSuite } from "@/tests/search/outbox-suite";

searchOutboxSuite(postgresUnderTest());
