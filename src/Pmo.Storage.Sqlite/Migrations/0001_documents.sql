-- Every aggregate lives in one table: the whole document as JSON, plus the typed columns its queries filter and
-- sort on (filled from the document on every write, so they never disagree with it). The key starts with the
-- tenant, so every query stays inside one organisation.
CREATE TABLE documents (
    tenant           TEXT    NOT NULL,
    kind             TEXT    NOT NULL,  -- 'project', 'status-update', ... (see DocumentKinds)
    id               TEXT    NOT NULL,
    etag             TEXT    NOT NULL,  -- fresh on every write; checked in the UPDATE/DELETE WHERE clause
    body             TEXT    NOT NULL,  -- JSON (System.Text.Json, camelCase, the domain's converters)
    project_id       TEXT,
    week             TEXT,              -- ISO week '2026-W48': text order is time order
    month            TEXT,              -- '2026-11'
    status           TEXT,              -- the project's phase, or the document's status
    is_active        INTEGER,           -- 1: active project, open risk / issue / escalation
    pending_delivery INTEGER,           -- 1: status update whose event is still in the outbox
    at_utc_ticks     INTEGER,           -- decision instant in UTC ticks, so offsets compare as instants
    portfolio        TEXT,
    manager_email    TEXT,              -- lower-cased
    rag              TEXT,
    search           TEXT,              -- upper-cased id + name, for the case-insensitive text filter
    PRIMARY KEY (tenant, kind, id)
) WITHOUT ROWID;

CREATE INDEX ix_documents_project ON documents (tenant, kind, project_id, week);
CREATE INDEX ix_documents_week ON documents (tenant, kind, week, project_id);
CREATE INDEX ix_documents_status ON documents (tenant, kind, status);
CREATE INDEX ix_documents_active ON documents (tenant, kind, is_active) WHERE is_active = 1;
CREATE INDEX ix_documents_pending ON documents (tenant, kind, pending_delivery) WHERE pending_delivery = 1;
CREATE INDEX ix_documents_at ON documents (tenant, kind, at_utc_ticks);
