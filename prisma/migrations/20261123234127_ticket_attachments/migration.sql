-- AlterTable
ALTER TABLE "ticket_event" ADD COLUMN     "musdes_agreed" BOOLEAN;

-- CreateTable
CREATE TABLE "ticket_attachment" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "stored_name" VARCHAR(64) NOT NULL,
    "original_name" VARCHAR(120) NOT NULL,
    "media_type" VARCHAR(32) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ticket_attachment_stored_name_key" ON "ticket_attachment"("stored_name");

-- CreateIndex
CREATE INDEX "ticket_attachment_ticket_id_idx" ON "ticket_attachment"("ticket_id");

-- AddForeignKey
ALTER TABLE "ticket_attachment" ADD CONSTRAINT "ticket_attachment_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A household (No. KK) holds at most one open usulan, even when two are filed at the
-- same moment. Written by hand: Prisma's schema cannot express a partial index.
CREATE UNIQUE INDEX "ticket_open_usulan_per_household" ON "ticket"("kk_hash")
WHERE "kind" = 'USULAN' AND "state" NOT IN ('SELESAI', 'DITOLAK');
