-- Issue #12: results of `npm run stewardship:check-links` (records' websites that no longer answer).

-- CreateTable
CREATE TABLE "link_check" (
    "url" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "status" INTEGER,
    "error" VARCHAR(300),
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "link_check_pkey" PRIMARY KEY ("url")
);
