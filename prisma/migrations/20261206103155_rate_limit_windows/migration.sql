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
