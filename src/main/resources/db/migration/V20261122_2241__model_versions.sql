-- Versions of assessment models (DESIGN.md §4b, §5), owned by the model feature. The document (the
-- normalised JSON that GET /api/v1/models/{key}/versions/{version} serves) is the source of truth; the
-- other columns serve listing and sorting. A version that is PUBLISHED or RETIRED never changes its document.
CREATE TABLE model_version (
    model_key    VARCHAR(100)  NOT NULL,
    version      VARCHAR(32)   NOT NULL,
    major        INTEGER       NOT NULL,
    minor        INTEGER       NOT NULL,
    patch        INTEGER       NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    -- the model's title per language as JSON, e.g. {"sv":"…","en":"…"}
    title        VARCHAR(4000) NOT NULL,
    document     TEXT          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    published_by VARCHAR(100),
    retired_at   TIMESTAMP WITH TIME ZONE,
    retired_by   VARCHAR(100),
    CONSTRAINT model_version_pk PRIMARY KEY (model_key, version),
    CONSTRAINT model_version_number_uq UNIQUE (model_key, major, minor, patch),
    CONSTRAINT model_version_state_ck CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
);
CREATE INDEX model_version_state_ix ON model_version (state);
