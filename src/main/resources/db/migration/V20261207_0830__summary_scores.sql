-- Stored scope scores of completed rounds (issue 8): the summary and the comparisons read these instead of
-- recomputing every round. A row exists exactly while its round is COMPLETED; reopening deletes it.
-- Scores and coverage are kept as the exact decimal text of the scoring module (no rounding, no SQL arithmetic).
CREATE TABLE summary_round (
    round_id           BIGINT       PRIMARY KEY REFERENCES assessment_round (id) ON DELETE CASCADE,
    organisation_code  VARCHAR(16)  NOT NULL,
    unit_id            BIGINT,
    model_key          VARCHAR(100) NOT NULL,
    model_version      VARCHAR(40)  NOT NULL,
    model_major        INTEGER      NOT NULL,
    published          BOOLEAN      NOT NULL,
    first_completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX summary_round_model_ix ON summary_round (model_key, model_major);
CREATE INDEX summary_round_organisation_ix ON summary_round (organisation_code, model_key);

-- scope_type OVERALL|DIMENSION_GROUP|DIMENSION|AREA|CELL; scope_key '' for OVERALL; dimension_key '' unless CELL.
CREATE TABLE summary_score (
    round_id      BIGINT       NOT NULL REFERENCES summary_round (round_id) ON DELETE CASCADE,
    scope_type    VARCHAR(16)  NOT NULL,
    scope_key     VARCHAR(100) NOT NULL,
    dimension_key VARCHAR(100) NOT NULL,
    position      INTEGER      NOT NULL,
    score         VARCHAR(64),
    coverage      VARCHAR(64)  NOT NULL,
    scored        INTEGER      NOT NULL,
    total         INTEGER      NOT NULL,
    CONSTRAINT summary_score_pk PRIMARY KEY (round_id, scope_type, scope_key, dimension_key)
);

-- One row: raised on every change of stored scores, so that every node sees when its cached comparisons are stale.
CREATE TABLE summary_revision (
    id       INTEGER PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO summary_revision (id, revision) VALUES (1, 0);
