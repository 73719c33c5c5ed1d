-- The entries of a snapshot and its programme assignments live in a partition of their
-- own (LIST by snapshot_id). The import fills a new snapshot's partition as a plain table
-- and attaches it at the end, so indexes are built once, sorted, and foreign keys are
-- checked in one pass instead of row by row. Rows written straight to the parent (the
-- demo seed, tests) land in the DEFAULT partition. Prisma cannot express partitioning,
-- hence this hand-written migration. The parents keep the names, keys and indexes the
-- schema declares.

-- dtks_entry
ALTER TABLE "dtks_entry" RENAME TO "dtks_entry_unpartitioned";
ALTER TABLE "dtks_entry_unpartitioned" RENAME CONSTRAINT "dtks_entry_pkey" TO "dtks_entry_unpartitioned_pkey";
ALTER INDEX "dtks_entry_person_id_idx" RENAME TO "dtks_entry_unpartitioned_person_id_idx";
CREATE TABLE "dtks_entry" (LIKE "dtks_entry_unpartitioned" INCLUDING DEFAULTS) PARTITION BY LIST ("snapshot_id");
CREATE TABLE "dtks_entry_default" PARTITION OF "dtks_entry" DEFAULT;
INSERT INTO "dtks_entry" SELECT * FROM "dtks_entry_unpartitioned";
DROP TABLE "dtks_entry_unpartitioned";
ALTER TABLE "dtks_entry" ADD CONSTRAINT "dtks_entry_pkey" PRIMARY KEY ("snapshot_id","person_id");
CREATE INDEX "dtks_entry_person_id_idx" ON "dtks_entry"("person_id");
ALTER TABLE "dtks_entry" ADD CONSTRAINT "dtks_entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dtks_entry" ADD CONSTRAINT "dtks_entry_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- dtsen_entry
ALTER TABLE "dtsen_entry" RENAME TO "dtsen_entry_unpartitioned";
ALTER TABLE "dtsen_entry_unpartitioned" RENAME CONSTRAINT "dtsen_entry_pkey" TO "dtsen_entry_unpartitioned_pkey";
ALTER INDEX "dtsen_entry_person_id_idx" RENAME TO "dtsen_entry_unpartitioned_person_id_idx";
CREATE TABLE "dtsen_entry" (LIKE "dtsen_entry_unpartitioned" INCLUDING DEFAULTS) PARTITION BY LIST ("snapshot_id");
CREATE TABLE "dtsen_entry_default" PARTITION OF "dtsen_entry" DEFAULT;
INSERT INTO "dtsen_entry" SELECT * FROM "dtsen_entry_unpartitioned";
DROP TABLE "dtsen_entry_unpartitioned";
ALTER TABLE "dtsen_entry" ADD CONSTRAINT "dtsen_entry_pkey" PRIMARY KEY ("snapshot_id","person_id");
CREATE INDEX "dtsen_entry_person_id_idx" ON "dtsen_entry"("person_id");
ALTER TABLE "dtsen_entry" ADD CONSTRAINT "dtsen_entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dtsen_entry" ADD CONSTRAINT "dtsen_entry_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- programme_assignment
ALTER TABLE "programme_assignment" RENAME TO "programme_assignment_unpartitioned";
ALTER TABLE "programme_assignment_unpartitioned" RENAME CONSTRAINT "programme_assignment_pkey" TO "programme_assignment_unpartitioned_pkey";
ALTER INDEX "programme_assignment_person_id_idx" RENAME TO "programme_assignment_unpartitioned_person_id_idx";
CREATE TABLE "programme_assignment" (LIKE "programme_assignment_unpartitioned" INCLUDING DEFAULTS) PARTITION BY LIST ("snapshot_id");
CREATE TABLE "programme_assignment_default" PARTITION OF "programme_assignment" DEFAULT;
INSERT INTO "programme_assignment" SELECT * FROM "programme_assignment_unpartitioned";
DROP TABLE "programme_assignment_unpartitioned";
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_pkey" PRIMARY KEY ("snapshot_id","person_id","programme_code","period");
CREATE INDEX "programme_assignment_person_id_idx" ON "programme_assignment"("person_id");
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "programme_assignment" ADD CONSTRAINT "programme_assignment_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
