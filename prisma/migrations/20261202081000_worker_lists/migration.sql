-- Community workers (#11): the worker role, password-less accounts, their lists, and the
-- one-time sign-in links. Hand-written in the form `prisma migrate diff` produces.

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'worker';

-- AlterTable
ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "worker_list" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "worker_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "worker_list_item" (
    "id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "note" TEXT,
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "worker_list_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_token" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_token_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateIndex
CREATE INDEX "worker_list_owner_id_updated_at_idx" ON "worker_list"("owner_id", "updated_at");

-- CreateIndex
CREATE INDEX "worker_list_item_list_id_position_idx" ON "worker_list_item"("list_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "worker_list_item_list_id_service_id_key" ON "worker_list_item"("list_id", "service_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_token_token_key" ON "verification_token"("token");

-- AddForeignKey
ALTER TABLE "worker_list" ADD CONSTRAINT "worker_list_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "worker_list_item" ADD CONSTRAINT "worker_list_item_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "worker_list"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "worker_list_item" ADD CONSTRAINT "worker_list_item_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
