-- The rate-limit windows become the portal's own tables (they were created at run time by
-- rate-limiter-flexible, with the same columns). Public counts are disposable: the table is
-- recreated UNLOGGED. Sign-in counts are kept.
DROP TABLE IF EXISTS "rate_limit";

CREATE UNLOGGED TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

CREATE TABLE IF NOT EXISTS "login_rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT NOT NULL,

    CONSTRAINT "login_rate_limit_pkey" PRIMARY KEY ("key")
);

DELETE FROM "login_rate_limit" WHERE "expire" IS NULL;
ALTER TABLE "login_rate_limit" ALTER COLUMN "expire" SET NOT NULL;

-- A used proof is checked in the same statement that counts the limits, and that statement
-- holds the lock on the client's counting row until it commits: a logged table would make every
-- lookup from one address (a carrier's NAT) wait for the previous one's WAL flush. Unlogged, a
-- database crash forgets the proofs of the last five minutes (and the counts), which lets those
-- proofs be used once more: a cost already paid, not anybody's data.
ALTER TABLE "used_proof" SET UNLOGGED;
