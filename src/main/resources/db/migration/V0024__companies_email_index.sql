-- A company by its e-mail address, as typed in any case: an import looks up a batch's duplicates by organisation
-- number, customer number or e-mail in one query, and without this index the e-mail part read the whole table
-- (under row-level security only with lower() marked leakproof: see DatabaseServer and LeakproofCheck).

-- [jooq ignore start]
create index company_email_idx on company (tenant_id, lower(email));
-- [jooq ignore stop]
