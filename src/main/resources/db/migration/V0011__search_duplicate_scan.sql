-- The duplicate scan groups live companies by organisation number: read from the index alone, in number order,
-- without visiting a million table rows to check that each is not deleted.

-- [jooq ignore start]
create index company_live_organisation_number_idx on company (tenant_id, organisation_number) include (id)
  where deleted_at is null and organisation_number is not null;
-- [jooq ignore stop]
