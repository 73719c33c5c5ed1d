-- AlterTable
ALTER TABLE "staff_user" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ticket" ADD COLUMN     "filer_hash" CHAR(64);

-- The demo accounts seeded before this column existed: the published usernames, never created
-- through user:create or the admin page (both log a user.create entry).
UPDATE "staff_user" u SET "demo" = true
WHERE u."username" IN ('operator.kedungdoro', 'operator.cileunyi', 'dinsos.surabaya', 'dinsos.bandung', 'admin')
  AND NOT EXISTS (
    SELECT 1 FROM "staff_action_log" l WHERE l."action" = 'user.create' AND l."subject" = u."id"::text
  );

-- One open usulan per No. KK and filer instead of per No. KK: a stranger's usulan no longer
-- blocks the family's own. Written by hand: Prisma's schema cannot express a partial index.
-- Tickets filed before carry no filer hash and block nothing (NULLs are distinct).
DROP INDEX "ticket_open_usulan_per_household";
CREATE UNIQUE INDEX "ticket_open_usulan_per_filer" ON "ticket"("kk_hash", "filer_hash")
WHERE "kind" = 'USULAN' AND "state" NOT IN ('SELESAI', 'DITOLAK');
