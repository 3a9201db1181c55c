-- Stored rounds keep their title, so that a trend names the previous round without loading it again.
-- Rounds stored before this migration show an empty title until they are completed again.
ALTER TABLE summary_round ADD COLUMN title VARCHAR(200) DEFAULT '' NOT NULL;
