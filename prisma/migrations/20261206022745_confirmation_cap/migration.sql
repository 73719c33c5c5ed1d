-- AlterEnum
ALTER TYPE "LookupResult" ADD VALUE 'CONFIRMATION_LOCKED';

-- CreateTable
CREATE TABLE "confirmation_failure" (
    "day" DATE NOT NULL,
    "subject" CHAR(64) NOT NULL,
    "failures" INTEGER NOT NULL,

    CONSTRAINT "confirmation_failure_pkey" PRIMARY KEY ("day","subject")
);

-- A masked NIK or KK keeps only its region digits (lib/personal-data/mask.ts): the two
-- serial digits shown before helped to recover a full NIK by guessing the rest.
UPDATE "person" SET "nik_masked" = left("nik_masked", 6) || '**********' WHERE "nik_masked" <> left("nik_masked", 6) || '**********';
UPDATE "household" SET "kk_masked" = left("kk_masked", 6) || '**********' WHERE "kk_masked" <> left("kk_masked", 6) || '**********';
UPDATE "import_rejection" SET "value" = left("value", 6) || '**********' WHERE "reason" = 'NIK_GANDA' AND "value" ~ '^[0-9]{6}\*{8}[0-9]{2}$';
UPDATE "ticket" SET "details" = jsonb_set("details", '{nikMasked}', to_jsonb(left("details"->>'nikMasked', 6) || '**********'))
  WHERE jsonb_typeof("details"->'nikMasked') = 'string';
UPDATE "ticket" SET "details" = jsonb_set("details", '{kkMasked}', to_jsonb(left("details"->>'kkMasked', 6) || '**********'))
  WHERE jsonb_typeof("details"->'kkMasked') = 'string';
