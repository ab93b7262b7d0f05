-- CreateEnum
CREATE TYPE "RecordStatus" AS ENUM ('active', 'temporarily_closed', 'inactive', 'defunct');

-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('voice', 'toll_free', 'fax', 'text', 'tty');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'agent', 'viewer');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT,
    "alternate_name" TEXT,
    "description_fr" TEXT NOT NULL,
    "description_en" TEXT,
    "email" TEXT,
    "website" TEXT,
    "legal_status" TEXT,
    "year_incorporated" INTEGER,
    "status" "RecordStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,
    "last_verified_at" TIMESTAMPTZ(3),
    "last_verified_by_id" UUID,
    "next_review_at" DATE,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT,
    "alternate_name" TEXT,
    "description_fr" TEXT NOT NULL,
    "description_en" TEXT,
    "url" TEXT,
    "email" TEXT,
    "status" "RecordStatus" NOT NULL DEFAULT 'active',
    "alert_fr" TEXT,
    "alert_en" TEXT,
    "interpretation_services" TEXT,
    "application_process_fr" TEXT,
    "application_process_en" TEXT,
    "is_free" BOOLEAN NOT NULL DEFAULT false,
    "fees_description_fr" TEXT,
    "fees_description_en" TEXT,
    "eligibility_description_fr" TEXT,
    "eligibility_description_en" TEXT,
    "clientele_fr" TEXT,
    "clientele_en" TEXT,
    "minimum_age" INTEGER,
    "maximum_age" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,
    "last_verified_at" TIMESTAMPTZ(3),
    "last_verified_by_id" UUID,
    "next_review_at" DATE,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "location_type" TEXT NOT NULL DEFAULT 'physical',
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT,
    "description_fr" TEXT,
    "description_en" TEXT,
    "transportation_fr" TEXT,
    "transportation_en" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "address" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "address_type" TEXT NOT NULL DEFAULT 'physical',
    "attention" TEXT,
    "address_1" TEXT NOT NULL,
    "address_2" TEXT,
    "city" TEXT NOT NULL,
    "municipality_id" UUID,
    "state_province" TEXT NOT NULL DEFAULT 'QC',
    "postal_code" TEXT NOT NULL,
    "country" VARCHAR(2) NOT NULL DEFAULT 'CA',

    CONSTRAINT "address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accessibility" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "wheelchair_access" BOOLEAN,
    "accessible_washroom" BOOLEAN,
    "accessible_parking" BOOLEAN,
    "elevator" BOOLEAN,
    "details_fr" TEXT,
    "details_en" TEXT,

    CONSTRAINT "accessibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_at_location" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "description_fr" TEXT,
    "description_en" TEXT,

    CONSTRAINT "service_at_location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone" (
    "id" UUID NOT NULL,
    "organization_id" UUID,
    "service_id" UUID,
    "location_id" UUID,
    "service_at_location_id" UUID,
    "number" TEXT NOT NULL,
    "extension" TEXT,
    "type" "PhoneType" NOT NULL DEFAULT 'voice',
    "description_fr" TEXT,
    "description_en" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "organization_id" UUID,
    "service_id" UUID,
    "location_id" UUID,
    "name" TEXT NOT NULL,
    "title_fr" TEXT,
    "title_en" TEXT,
    "email" TEXT,
    "phone" TEXT,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_language" (
    "service_id" UUID NOT NULL,
    "code" VARCHAR(3) NOT NULL,

    CONSTRAINT "service_language_pkey" PRIMARY KEY ("service_id","code")
);

-- CreateTable
CREATE TABLE "required_document" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "document_fr" TEXT NOT NULL,
    "document_en" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "required_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_area" (
    "id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "region_code" VARCHAR(2),
    "municipality_id" UUID,
    "description_fr" TEXT,
    "description_en" TEXT,

    CONSTRAINT "service_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schedule" (
    "id" UUID NOT NULL,
    "service_id" UUID,
    "location_id" UUID,
    "service_at_location_id" UUID,
    "valid_from" DATE,
    "valid_to" DATE,
    "timezone" TEXT NOT NULL DEFAULT 'America/Toronto',
    "always_open" BOOLEAN NOT NULL DEFAULT false,
    "notes_fr" TEXT,
    "notes_en" TEXT,

    CONSTRAINT "schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schedule_range" (
    "id" UUID NOT NULL,
    "schedule_id" UUID NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opens_at" SMALLINT NOT NULL,
    "closes_at" SMALLINT NOT NULL,

    CONSTRAINT "schedule_range_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "schedule_closure" (
    "id" UUID NOT NULL,
    "schedule_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "reason_fr" TEXT,
    "reason_en" TEXT,

    CONSTRAINT "schedule_closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(2) NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "municipality" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "mrc" TEXT NOT NULL,
    "region_code" VARCHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "population" INTEGER,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "postal_prefix" (
    "fsa" VARCHAR(3) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "municipality_id" UUID NOT NULL,

    CONSTRAINT "postal_prefix_pkey" PRIMARY KEY ("fsa")
);

-- CreateTable
CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "processed_at" TIMESTAMPTZ(3),

    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_synonym_group" (
    "id" UUID NOT NULL,
    "terms" TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "search_synonym_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "disabled_at" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempt" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taxonomy_term" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT,
    "description_fr" TEXT,
    "description_en" TEXT,
    "parent_id" UUID,
    "taxonomy" TEXT NOT NULL DEFAULT 'repertoire-211',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "taxonomy_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_taxonomy_term" (
    "service_id" UUID NOT NULL,
    "taxonomy_term_id" UUID NOT NULL,

    CONSTRAINT "service_taxonomy_term_pkey" PRIMARY KEY ("service_id","taxonomy_term_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE INDEX "organization_status_deleted_at_idx" ON "organization"("status", "deleted_at");

-- CreateIndex
CREATE INDEX "organization_next_review_at_idx" ON "organization"("next_review_at");

-- CreateIndex
CREATE INDEX "organization_updated_at_idx" ON "organization"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "service_slug_key" ON "service"("slug");

-- CreateIndex
CREATE INDEX "service_organization_id_idx" ON "service"("organization_id");

-- CreateIndex
CREATE INDEX "service_status_deleted_at_idx" ON "service"("status", "deleted_at");

-- CreateIndex
CREATE INDEX "service_next_review_at_idx" ON "service"("next_review_at");

-- CreateIndex
CREATE INDEX "service_updated_at_idx" ON "service"("updated_at");

-- CreateIndex
CREATE INDEX "location_organization_id_idx" ON "location"("organization_id");

-- CreateIndex
CREATE INDEX "address_location_id_idx" ON "address"("location_id");

-- CreateIndex
CREATE INDEX "address_municipality_id_idx" ON "address"("municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "accessibility_location_id_key" ON "accessibility"("location_id");

-- CreateIndex
CREATE INDEX "service_at_location_location_id_idx" ON "service_at_location"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_at_location_service_id_location_id_key" ON "service_at_location"("service_id", "location_id");

-- CreateIndex
CREATE INDEX "phone_organization_id_idx" ON "phone"("organization_id");

-- CreateIndex
CREATE INDEX "phone_service_id_idx" ON "phone"("service_id");

-- CreateIndex
CREATE INDEX "phone_location_id_idx" ON "phone"("location_id");

-- CreateIndex
CREATE INDEX "phone_service_at_location_id_idx" ON "phone"("service_at_location_id");

-- CreateIndex
CREATE INDEX "contact_organization_id_idx" ON "contact"("organization_id");

-- CreateIndex
CREATE INDEX "contact_service_id_idx" ON "contact"("service_id");

-- CreateIndex
CREATE INDEX "service_language_code_idx" ON "service_language"("code");

-- CreateIndex
CREATE INDEX "required_document_service_id_idx" ON "required_document"("service_id");

-- CreateIndex
CREATE INDEX "service_area_service_id_idx" ON "service_area"("service_id");

-- CreateIndex
CREATE INDEX "schedule_service_id_idx" ON "schedule"("service_id");

-- CreateIndex
CREATE INDEX "schedule_location_id_idx" ON "schedule"("location_id");

-- CreateIndex
CREATE INDEX "schedule_service_at_location_id_idx" ON "schedule"("service_at_location_id");

-- CreateIndex
CREATE INDEX "schedule_range_schedule_id_idx" ON "schedule_range"("schedule_id");

-- CreateIndex
CREATE UNIQUE INDEX "schedule_closure_schedule_id_date_key" ON "schedule_closure"("schedule_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_code_key" ON "municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "municipality_slug_key" ON "municipality"("slug");

-- CreateIndex
CREATE INDEX "municipality_region_code_idx" ON "municipality"("region_code");

-- CreateIndex
CREATE INDEX "search_outbox_processed_at_available_at_idx" ON "search_outbox"("processed_at", "available_at");

-- CreateIndex
CREATE INDEX "search_outbox_entity_type_entity_id_idx" ON "search_outbox"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "sign_in_attempt_key_created_at_idx" ON "sign_in_attempt"("key", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_created_at_idx" ON "audit_event"("entity_type", "entity_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_created_at_idx" ON "audit_event"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_created_at_idx" ON "audit_event"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_code_key" ON "taxonomy_term"("code");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_slug_key" ON "taxonomy_term"("slug");

-- CreateIndex
CREATE INDEX "taxonomy_term_parent_id_idx" ON "taxonomy_term"("parent_id");

-- CreateIndex
CREATE INDEX "service_taxonomy_term_taxonomy_term_id_idx" ON "service_taxonomy_term"("taxonomy_term_id");

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_last_verified_by_id_fkey" FOREIGN KEY ("last_verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service" ADD CONSTRAINT "service_last_verified_by_id_fkey" FOREIGN KEY ("last_verified_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "address" ADD CONSTRAINT "address_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accessibility" ADD CONSTRAINT "accessibility_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_at_location" ADD CONSTRAINT "service_at_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_service_at_location_id_fkey" FOREIGN KEY ("service_at_location_id") REFERENCES "service_at_location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_language" ADD CONSTRAINT "service_language_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "required_document" ADD CONSTRAINT "required_document_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule" ADD CONSTRAINT "schedule_service_at_location_id_fkey" FOREIGN KEY ("service_at_location_id") REFERENCES "service_at_location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_range" ADD CONSTRAINT "schedule_range_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schedule_closure" ADD CONSTRAINT "schedule_closure_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postal_prefix" ADD CONSTRAINT "postal_prefix_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taxonomy_term" ADD CONSTRAINT "taxonomy_term_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "taxonomy_term"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_taxonomy_term" ADD CONSTRAINT "service_taxonomy_term_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_taxonomy_term" ADD CONSTRAINT "service_taxonomy_term_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the audit trail is append-only. History cannot be rewritten, even by
-- the application's own database user.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- At most one owner per phone, contact and schedule, as HSDS intends.
ALTER TABLE phone ADD CONSTRAINT phone_has_one_owner CHECK (
  num_nonnulls(organization_id, service_id, location_id, service_at_location_id) = 1);
ALTER TABLE schedule ADD CONSTRAINT schedule_has_one_owner CHECK (
  num_nonnulls(service_id, location_id, service_at_location_id) = 1);
ALTER TABLE schedule_range ADD CONSTRAINT schedule_range_valid CHECK (
  weekday BETWEEN 1 AND 7 AND opens_at BETWEEN 0 AND 1439 AND closes_at BETWEEN 0 AND 1440);
ALTER TABLE service ADD CONSTRAINT service_age_range_valid CHECK (
  minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age);
