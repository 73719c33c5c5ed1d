-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('L', 'P');

-- CreateEnum
CREATE TYPE "FamilyRole" AS ENUM ('KEPALA_KELUARGA', 'SUAMI', 'ISTRI', 'ANAK', 'ORANG_TUA', 'FAMILI_LAIN');

-- CreateEnum
CREATE TYPE "RegistrySource" AS ENUM ('DTKS', 'DTSEN');

-- CreateEnum
CREATE TYPE "SnapshotState" AS ENUM ('LOADING', 'ACTIVE', 'SUPERSEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "DtksStatus" AS ENUM ('AKTIF', 'NONAKTIF');

-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('USULAN', 'SANGGAHAN', 'PERBAIKAN_DATA');

-- CreateEnum
CREATE TYPE "TicketState" AS ENUM ('DIAJUKAN', 'DIPERIKSA_DESA', 'DIVERIFIKASI_DINSOS', 'DITERUSKAN_PUSAT', 'SELESAI', 'DITOLAK');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('PUBLIC', 'OPERATOR');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('OPERATOR_DESA', 'DINSOS', 'ADMIN');

-- CreateEnum
CREATE TYPE "LookupResult" AS ENUM ('FOUND', 'NOT_FOUND', 'NEEDS_CONFIRMATION', 'REJECTED', 'ERROR');

-- CreateTable
CREATE TABLE "province" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "regency" (
    "code" VARCHAR(5) NOT NULL,
    "province_code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "regency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "district" (
    "code" VARCHAR(8) NOT NULL,
    "regency_code" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "district_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "village" (
    "code" VARCHAR(13) NOT NULL,
    "district_code" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "village_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "household" (
    "id" SERIAL NOT NULL,
    "kk_hash" CHAR(64) NOT NULL,
    "kk_masked" VARCHAR(16) NOT NULL,
    "village_code" VARCHAR(13) NOT NULL,
    "address" TEXT NOT NULL,
    "rt" VARCHAR(3) NOT NULL,
    "rw" VARCHAR(3) NOT NULL,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "household_id" INTEGER NOT NULL,
    "village_code" VARCHAR(13) NOT NULL,
    "full_name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "family_role" "FamilyRole" NOT NULL,
    "nik_hash" CHAR(64) NOT NULL,
    "nik_masked" VARCHAR(16) NOT NULL,
    "quality_flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_name_key" (
    "village_code" VARCHAR(13) NOT NULL,
    "key" VARCHAR(32) NOT NULL,
    "person_id" INTEGER NOT NULL,

    CONSTRAINT "person_name_key_pkey" PRIMARY KEY ("village_code","key","person_id")
);

-- CreateTable
CREATE TABLE "registry_snapshot" (
    "id" SERIAL NOT NULL,
    "source" "RegistrySource" NOT NULL,
    "period" VARCHAR(32) NOT NULL,
    "label" TEXT NOT NULL,
    "file_checksum" CHAR(64) NOT NULL,
    "state" "SnapshotState" NOT NULL DEFAULT 'LOADING',
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "programme_periods" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_accepted" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "imported_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activated_at" TIMESTAMP(3),

    CONSTRAINT "registry_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dtks_entry" (
    "snapshot_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "status" "DtksStatus" NOT NULL,

    CONSTRAINT "dtks_entry_pkey" PRIMARY KEY ("snapshot_id","person_id")
);

-- CreateTable
CREATE TABLE "dtsen_entry" (
    "snapshot_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "desil" SMALLINT NOT NULL,
    "welfare_group" VARCHAR(32),

    CONSTRAINT "dtsen_entry_pkey" PRIMARY KEY ("snapshot_id","person_id")
);

-- CreateTable
CREATE TABLE "programme" (
    "code" VARCHAR(16) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "programme_assignment" (
    "snapshot_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "programme_code" VARCHAR(16) NOT NULL,
    "period" VARCHAR(32) NOT NULL,
    "received" BOOLEAN NOT NULL,
    "remark" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "programme_assignment_pkey" PRIMARY KEY ("snapshot_id","person_id","programme_code","period")
);

-- CreateTable
CREATE TABLE "ticket" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "kind" "TicketKind" NOT NULL,
    "state" "TicketState" NOT NULL DEFAULT 'DIAJUKAN',
    "channel" "Channel" NOT NULL,
    "village_code" VARCHAR(13) NOT NULL,
    "submission_key" VARCHAR(64) NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "applicant_birth_date" DATE NOT NULL,
    "kk_hash" CHAR(64),
    "person_id" INTEGER,
    "details" JSONB NOT NULL,
    "filed_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_event" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "from_state" "TicketState",
    "to_state" "TicketState" NOT NULL,
    "actor_id" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_user" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "totp_secret" TEXT,
    "disabled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_scope" (
    "user_id" INTEGER NOT NULL,
    "region_code" VARCHAR(13) NOT NULL,

    CONSTRAINT "staff_scope_pkey" PRIMARY KEY ("user_id","region_code")
);

-- CreateTable
CREATE TABLE "session" (
    "token_hash" CHAR(64) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMP(3),

    CONSTRAINT "session_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "lookup_audit" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "channel" "Channel" NOT NULL,
    "village_code" VARCHAR(13) NOT NULL,
    "query_hash" CHAR(64) NOT NULL,
    "result" "LookupResult" NOT NULL,
    "match_count" INTEGER NOT NULL DEFAULT 0,
    "reference" VARCHAR(16),
    "staff_user_id" INTEGER,
    "purpose" TEXT,
    "consent" BOOLEAN,

    CONSTRAINT "lookup_audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_action_log" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(64) NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "detail" JSONB NOT NULL DEFAULT '{}',
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "staff_action_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "used_proof" (
    "signature" VARCHAR(128) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "used_proof_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "regency_province_code_idx" ON "regency"("province_code");

-- CreateIndex
CREATE INDEX "district_regency_code_idx" ON "district"("regency_code");

-- CreateIndex
CREATE INDEX "village_district_code_idx" ON "village"("district_code");

-- CreateIndex
CREATE UNIQUE INDEX "household_kk_hash_key" ON "household"("kk_hash");

-- CreateIndex
CREATE INDEX "household_village_code_idx" ON "household"("village_code");

-- CreateIndex
CREATE UNIQUE INDEX "person_nik_hash_key" ON "person"("nik_hash");

-- CreateIndex
CREATE INDEX "person_household_id_idx" ON "person"("household_id");

-- CreateIndex
CREATE INDEX "person_village_code_normalized_name_idx" ON "person"("village_code", "normalized_name");

-- CreateIndex
CREATE INDEX "person_name_key_person_id_idx" ON "person_name_key"("person_id");

-- CreateIndex
CREATE INDEX "registry_snapshot_source_state_idx" ON "registry_snapshot"("source", "state");

-- CreateIndex
CREATE UNIQUE INDEX "registry_snapshot_source_period_file_checksum_key" ON "registry_snapshot"("source", "period", "file_checksum");

-- CreateIndex
CREATE INDEX "dtks_entry_person_id_idx" ON "dtks_entry"("person_id");

-- CreateIndex
CREATE INDEX "dtsen_entry_person_id_idx" ON "dtsen_entry"("person_id");

-- CreateIndex
CREATE INDEX "programme_assignment_person_id_idx" ON "programme_assignment"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_code_key" ON "ticket"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_submission_key_key" ON "ticket"("submission_key");

-- CreateIndex
CREATE INDEX "ticket_village_code_state_idx" ON "ticket"("village_code", "state");

-- CreateIndex
CREATE INDEX "ticket_kk_hash_kind_state_idx" ON "ticket"("kk_hash", "kind", "state");

-- CreateIndex
CREATE INDEX "ticket_event_ticket_id_created_at_idx" ON "ticket_event"("ticket_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "staff_user_username_key" ON "staff_user"("username");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "lookup_audit_reference_key" ON "lookup_audit"("reference");

-- CreateIndex
CREATE INDEX "lookup_audit_village_code_created_at_idx" ON "lookup_audit"("village_code", "created_at");

-- CreateIndex
CREATE INDEX "lookup_audit_created_at_idx" ON "lookup_audit"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "staff_action_log_hash_key" ON "staff_action_log"("hash");

-- CreateIndex
CREATE INDEX "staff_action_log_actor_id_created_at_idx" ON "staff_action_log"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "used_proof_expires_at_idx" ON "used_proof"("expires_at");

-- AddForeignKey
ALTER TABLE "regency" ADD CONSTRAINT "regency_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "district" ADD CONSTRAINT "district_regency_code_fkey" FOREIGN KEY ("regency_code") REFERENCES "regency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "village" ADD CONSTRAINT "village_district_code_fkey" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_name_key" ADD CONSTRAINT "person_name_key_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_snapshot" ADD CONSTRAINT "registry_snapshot_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dtks_entry" ADD CONSTRAINT "dtks_entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dtks_entry" ADD CONSTRAINT "dtks_entry_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dtsen_entry" ADD CONSTRAINT "dtsen_entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dtsen_entry" ADD CONSTRAINT "dtsen_entry_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_village_code_fkey" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_scope" ADD CONSTRAINT "staff_scope_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lookup_audit" ADD CONSTRAINT "lookup_audit_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_action_log" ADD CONSTRAINT "staff_action_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
