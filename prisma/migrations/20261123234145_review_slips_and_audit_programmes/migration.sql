-- AlterTable
ALTER TABLE "lookup_audit" ADD COLUMN     "programme_codes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "result_slip" (
    "code" VARCHAR(16) NOT NULL,
    "lookup_audit_id" BIGINT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "village_code" VARCHAR(13) NOT NULL,
    "masked_name" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "issued_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "result_slip_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "result_slip_village_code_created_at_idx" ON "result_slip"("village_code", "created_at");

-- CreateIndex
CREATE INDEX "result_slip_person_id_idx" ON "result_slip"("person_id");
