-- Reference facts (SKR's municipality groups, the län and their regions) and organisations (tenants).
-- Rows are written by ReferenceDataLoader at start from the versioned files under reference/.
CREATE TABLE municipality_main_group (
    code VARCHAR(1)   NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE municipality_group (
    code       VARCHAR(2)   NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    main_group VARCHAR(1)   NOT NULL REFERENCES municipality_main_group (code)
);

CREATE TABLE county (
    code        VARCHAR(2)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region_name VARCHAR(200) NOT NULL
);

-- An organisation is a tenant: a municipality (kommunkod), a region (länskod) or another body.
CREATE TABLE organisation (
    code               VARCHAR(16)  NOT NULL PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    org_type           VARCHAR(16)  NOT NULL,
    county_code        VARCHAR(2)   REFERENCES county (code),
    municipality_group VARCHAR(2)   REFERENCES municipality_group (code),
    active             BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT organisation_type_ck CHECK (org_type IN ('MUNICIPALITY', 'REGION', 'OTHER'))
);
CREATE INDEX organisation_county_ix ON organisation (county_code);
CREATE INDEX organisation_group_ix ON organisation (municipality_group);

CREATE TABLE reference_data_version (
    dataset    VARCHAR(50)  NOT NULL PRIMARY KEY,
    version    VARCHAR(50)  NOT NULL,
    loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
