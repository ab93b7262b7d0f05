-- One row per staff sign-in: sign-out and "sign out everywhere" end rows, and the absolute
-- expiry is checked on every request (docs/decisions/010-sign-in-throttling-and-sessions.md).
CREATE TABLE "staff_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "staff_session_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "staff_session_user_id_idx" ON "staff_session"("user_id");
CREATE INDEX "staff_session_expires_at_idx" ON "staff_session"("expires_at");

ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
