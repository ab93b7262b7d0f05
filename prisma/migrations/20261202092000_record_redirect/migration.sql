-- Issue #13: merged records' old public addresses.

-- CreateTable
CREATE TABLE "record_redirect" (
    "id" UUID NOT NULL,
    "entity_type" TEXT NOT NULL,
    "from_id" UUID NOT NULL,
    "from_slug" TEXT NOT NULL,
    "to_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_redirect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "record_redirect_entity_type_from_slug_key" ON "record_redirect"("entity_type", "from_slug");

-- CreateIndex
CREATE INDEX "record_redirect_to_id_idx" ON "record_redirect"("to_id");
