-- Issue #12: data stewardship (verification cycle, update links and change requests, public
-- corrections). Hand-written in the form `prisma migrate diff` produces (the wasm engine's
-- diff fails on this machine); it should report no difference against prisma/schema.

-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('phone', 'hours', 'address', 'closed', 'eligibility', 'other');

-- CreateEnum
CREATE TYPE "ModerationStatus" AS ENUM ('new', 'in_progress', 'applied', 'dismissed');

-- CreateEnum
CREATE TYPE "VerificationMethod" AS ENUM ('phone', 'email', 'web', 'visit', 'organization_update');

-- CreateTable
CREATE TABLE "correction" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "organization_id" UUID,
    "kind" "CorrectionKind" NOT NULL,
    "message" VARCHAR(1000) NOT NULL,
    "email" VARCHAR(254),
    "locale" VARCHAR(2) NOT NULL DEFAULT 'fr',
    "status" "ModerationStatus" NOT NULL DEFAULT 'new',
    "handled_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_plan" (
    "id" UUID NOT NULL,
    "organization_id" UUID,
    "service_id" UUID,
    "interval_months" SMALLINT NOT NULL DEFAULT 12,
    "assignee_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "review_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" UUID NOT NULL,
    "organization_id" UUID,
    "service_id" UUID,
    "method" "VerificationMethod" NOT NULL,
    "note" VARCHAR(1000),
    "verified_by_id" UUID,
    "verified_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_review_at" DATE NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "update_contact" (
    "organization_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200),
    "locale" VARCHAR(2) NOT NULL DEFAULT 'fr',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "update_contact_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "update_link" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "origin" VARCHAR(20) NOT NULL DEFAULT 'editor',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "update_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_request" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "update_link_id" UUID,
    "status" "ModerationStatus" NOT NULL DEFAULT 'new',
    "base" JSONB NOT NULL,
    "proposed" JSONB NOT NULL,
    "decisions" JSONB,
    "contact_email" VARCHAR(254),
    "locale" VARCHAR(2) NOT NULL DEFAULT 'fr',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "processed_at" TIMESTAMPTZ(3),
    "processed_by_id" UUID,

    CONSTRAINT "change_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_reminder" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "review_date" DATE NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "correction_status_created_at_idx" ON "correction"("status", "created_at");

-- CreateIndex
CREATE INDEX "correction_service_id_idx" ON "correction"("service_id");

-- CreateIndex
CREATE INDEX "correction_organization_id_idx" ON "correction"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_plan_organization_id_key" ON "review_plan"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_plan_service_id_key" ON "review_plan"("service_id");

-- CreateIndex
CREATE INDEX "review_plan_assignee_id_idx" ON "review_plan"("assignee_id");

-- CreateIndex
CREATE INDEX "verification_organization_id_verified_at_idx" ON "verification"("organization_id", "verified_at");

-- CreateIndex
CREATE INDEX "verification_service_id_verified_at_idx" ON "verification"("service_id", "verified_at");

-- CreateIndex
CREATE UNIQUE INDEX "update_link_token_hash_key" ON "update_link"("token_hash");

-- CreateIndex
CREATE INDEX "update_link_organization_id_idx" ON "update_link"("organization_id");

-- CreateIndex
CREATE INDEX "change_request_status_submitted_at_idx" ON "change_request"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "change_request_organization_id_idx" ON "change_request"("organization_id");

-- CreateIndex
CREATE INDEX "change_request_update_link_id_idx" ON "change_request"("update_link_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_reminder_organization_id_review_date_key" ON "review_reminder"("organization_id", "review_date");

-- AddForeignKey
ALTER TABLE "correction" ADD CONSTRAINT "correction_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction" ADD CONSTRAINT "correction_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correction" ADD CONSTRAINT "correction_handled_by_id_fkey" FOREIGN KEY ("handled_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_plan" ADD CONSTRAINT "review_plan_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_plan" ADD CONSTRAINT "review_plan_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_plan" ADD CONSTRAINT "review_plan_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification" ADD CONSTRAINT "verification_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification" ADD CONSTRAINT "verification_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification" ADD CONSTRAINT "verification_verified_by_id_fkey" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "update_contact" ADD CONSTRAINT "update_contact_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "update_link" ADD CONSTRAINT "update_link_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "update_link" ADD CONSTRAINT "update_link_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_update_link_id_fkey" FOREIGN KEY ("update_link_id") REFERENCES "update_link"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_processed_by_id_fkey" FOREIGN KEY ("processed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_reminder" ADD CONSTRAINT "review_reminder_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not expressible in the schema: each row names exactly one record.
ALTER TABLE "correction" ADD CONSTRAINT "correction_one_record" CHECK (num_nonnulls("service_id", "organization_id") = 1);
ALTER TABLE "review_plan" ADD CONSTRAINT "review_plan_one_record" CHECK (num_nonnulls("service_id", "organization_id") = 1);
ALTER TABLE "verification" ADD CONSTRAINT "verification_one_record" CHECK (num_nonnulls("service_id", "organization_id") = 1);
