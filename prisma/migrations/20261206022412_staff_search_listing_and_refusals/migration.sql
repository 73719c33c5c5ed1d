-- CreateEnum
CREATE TYPE "RefusalKind" AS ENUM ('PROOF_FAILED', 'RATE_LIMITED', 'CONFIRMATION_CAPPED', 'SIGN_IN_LIMITED');

-- CreateTable
CREATE TABLE "operator_search_listing" (
    "lookup_audit_id" BIGINT NOT NULL,
    "person_id" INTEGER NOT NULL,

    CONSTRAINT "operator_search_listing_pkey" PRIMARY KEY ("lookup_audit_id","person_id")
);

-- CreateTable
CREATE TABLE "refusal_count" (
    "day" DATE NOT NULL,
    "kind" "RefusalKind" NOT NULL,
    "village_code" VARCHAR(13) NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "refusal_count_pkey" PRIMARY KEY ("day","kind","village_code")
);

-- AddForeignKey
ALTER TABLE "operator_search_listing" ADD CONSTRAINT "operator_search_listing_lookup_audit_id_fkey" FOREIGN KEY ("lookup_audit_id") REFERENCES "lookup_audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
