-- The exact-match evidence of duplicate detection (find-duplicates.ts) by index rather than by
-- scanning every organization, phone and address: an import checks each new organization, so a
-- large file would otherwise cost a scan per record (decision 014). Expressions are written
-- exactly as the query writes them, so that the planner matches them.
CREATE INDEX "organization_initials_idx" ON "organization" (public.open_data_initials(name_fr));
CREATE INDEX "organization_website_domain_idx" ON "organization"
    (lower(substring(website from '^[a-z]+://(?:www\.)?([^/:?#]+)')));
CREATE INDEX "phone_number_idx" ON "phone" ("number");
CREATE INDEX "address_postal_code_key_idx" ON "address" (upper(replace(postal_code, ' ', '')));
