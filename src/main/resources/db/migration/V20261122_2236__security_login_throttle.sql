-- Failed sign-ins per account and per address, in the database so that every node counts the same.
CREATE TABLE login_throttle (
    throttle_key      VARCHAR(300) NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE
);
