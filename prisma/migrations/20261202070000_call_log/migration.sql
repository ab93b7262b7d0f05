-- Issue #10: the anonymous call log, record flags and the internal notes for agents.
-- Hand-written in the form `prisma migrate diff` produces (the wasm engine's diff failed on
-- this machine); `prisma migrate diff --from-migrations … --to-schema-datamodel` should
-- report no difference.

-- CreateEnum
CREATE TYPE "CallAgeGroup" AS ENUM ('age_0_17', 'age_18_29', 'age_30_49', 'age_50_64', 'age_65_plus', 'unknown');

-- CreateEnum
CREATE TYPE "CallHowHeard" AS ENUM ('previous_call', 'family_friends', 'community_organization', 'health_network', 'government', 'internet', 'media', 'other');

-- CreateEnum
CREATE TYPE "UnmetNeedReason" AS ENUM ('no_resource', 'not_eligible', 'waiting_list', 'closed', 'too_far', 'other');

-- CreateEnum
CREATE TYPE "RecordFlagReason" AS ENUM ('number_not_working', 'wrong_information', 'closed_or_moved', 'other');

-- CreateEnum
CREATE TYPE "RecordFlagStatus" AS ENUM ('new', 'in_progress', 'resolved', 'dismissed');

-- AlterTable
ALTER TABLE "organization" ADD COLUMN "agent_notes" TEXT;

-- AlterTable
ALTER TABLE "service" ADD COLUMN "agent_notes" TEXT;

-- CreateTable
CREATE TABLE "call" (
    "id" UUID NOT NULL,
    "agent_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "municipality_id" UUID,
    "mrc" TEXT,
    "region_code" VARCHAR(2),
    "language" VARCHAR(8) NOT NULL DEFAULT 'fr',
    "age_group" "CallAgeGroup",
    "how_heard" "CallHowHeard",
    "note" VARCHAR(200),

    CONSTRAINT "call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_need" (
    "call_id" UUID NOT NULL,
    "taxonomy_term_id" UUID NOT NULL,

    CONSTRAINT "call_need_pkey" PRIMARY KEY ("call_id","taxonomy_term_id")
);

-- CreateTable
CREATE TABLE "call_referral" (
    "call_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_referral_pkey" PRIMARY KEY ("call_id","service_id")
);

-- CreateTable
CREATE TABLE "call_unmet_need" (
    "id" UUID NOT NULL,
    "call_id" UUID NOT NULL,
    "taxonomy_term_id" UUID NOT NULL,
    "reason" "UnmetNeedReason" NOT NULL,

    CONSTRAINT "call_unmet_need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_empty_search" (
    "id" UUID NOT NULL,
    "call_id" UUID NOT NULL,
    "query" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_empty_search_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_flag" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "organization_id" UUID,
    "reason" "RecordFlagReason" NOT NULL,
    "comment" VARCHAR(200),
    "status" "RecordFlagStatus" NOT NULL DEFAULT 'new',
    "reported_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "record_flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "call_started_at_idx" ON "call"("started_at");

-- CreateIndex
CREATE INDEX "call_agent_id_ended_at_idx" ON "call"("agent_id", "ended_at");

-- CreateIndex
CREATE INDEX "call_need_taxonomy_term_id_idx" ON "call_need"("taxonomy_term_id");

-- CreateIndex
CREATE INDEX "call_referral_service_id_idx" ON "call_referral"("service_id");

-- CreateIndex
CREATE INDEX "call_unmet_need_call_id_idx" ON "call_unmet_need"("call_id");

-- CreateIndex
CREATE INDEX "call_unmet_need_taxonomy_term_id_idx" ON "call_unmet_need"("taxonomy_term_id");

-- CreateIndex
CREATE INDEX "call_empty_search_call_id_idx" ON "call_empty_search"("call_id");

-- CreateIndex
CREATE INDEX "record_flag_status_created_at_idx" ON "record_flag"("status", "created_at");

-- CreateIndex
CREATE INDEX "record_flag_service_id_idx" ON "record_flag"("service_id");

-- CreateIndex
CREATE INDEX "record_flag_organization_id_idx" ON "record_flag"("organization_id");

-- AddForeignKey
ALTER TABLE "call" ADD CONSTRAINT "call_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call" ADD CONSTRAINT "call_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_need" ADD CONSTRAINT "call_need_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_need" ADD CONSTRAINT "call_need_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_referral" ADD CONSTRAINT "call_referral_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_referral" ADD CONSTRAINT "call_referral_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_unmet_need" ADD CONSTRAINT "call_unmet_need_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_unmet_need" ADD CONSTRAINT "call_unmet_need_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_empty_search" ADD CONSTRAINT "call_empty_search_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_flag" ADD CONSTRAINT "record_flag_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_flag" ADD CONSTRAINT "record_flag_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_flag" ADD CONSTRAINT "record_flag_reported_by_id_fkey" FOREIGN KEY ("reported_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A flag names exactly one record.
ALTER TABLE "record_flag" ADD CONSTRAINT "record_flag_one_record" CHECK (num_nonnulls("service_id", "organization_id") = 1);
