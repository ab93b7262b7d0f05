-- Generated passwords (account creation, admin reset) must be replaced at the next sign-in.
ALTER TABLE "app_user" ADD COLUMN "password_change_required" BOOLEAN NOT NULL DEFAULT false;
