-- A person by an e-mail address, private or at work, as typed in any case: an import looks up a batch's duplicates
-- by e-mail or customer number in one query, and without these indexes the e-mail part read the whole of both tables
-- (a batch of 2 000 rows in a register of a million persons: most of a second, each batch). Under row-level security
-- only with lower() marked leakproof, as for companies (V0024).

-- [jooq ignore start]
create index person_channel_email_idx on person_channel (tenant_id, lower(value)) where kind = 'EMAIL';
create index person_company_work_email_idx on person_company (tenant_id, lower(work_email)) where work_email is not null;
-- [jooq ignore stop]
