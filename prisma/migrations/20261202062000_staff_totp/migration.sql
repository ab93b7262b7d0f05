-- Two-step verification of staff accounts (TOTP) with single-use recovery codes.
ALTER TABLE "app_user" ADD COLUMN "totp_secret" TEXT,
ADD COLUMN "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN "recovery_code_hashes" TEXT[] DEFAULT ARRAY[]::TEXT[];
