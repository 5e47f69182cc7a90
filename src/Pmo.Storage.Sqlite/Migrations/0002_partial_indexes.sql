-- Only some kinds fill `status` (projects, escalations...) and `at_utc_ticks` (decisions); every other row (status
-- updates, requests: the bulk of the file) gave both indexes an entry keyed on NULL, i.e. two more B-tree pages to
-- write per insert for nothing. Their queries compare the column (status IN (...), at_utc_ticks >= ...), which
-- implies IS NOT NULL, so SQLite still uses these partial indexes for them (docs/storage-sqlite.md).
DROP INDEX ix_documents_status;
CREATE INDEX ix_documents_status ON documents (tenant, kind, status) WHERE status IS NOT NULL;

DROP INDEX ix_documents_at;
CREATE INDEX ix_documents_at ON documents (tenant, kind, at_utc_ticks) WHERE at_utc_ticks IS NOT NULL;
