-- CreateTable
CREATE TABLE "import_report" (
    "snapshot_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "rejected_reasons" JSONB NOT NULL DEFAULT '{}',
    "flagged_reasons" JSONB NOT NULL DEFAULT '{}',
    "duration_ms" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "import_report_pkey" PRIMARY KEY ("snapshot_id")
);

-- CreateTable
CREATE TABLE "import_rejection" (
    "snapshot_id" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "column" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(48) NOT NULL,
    "message" TEXT NOT NULL,
    "value" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "import_rejection_pkey" PRIMARY KEY ("snapshot_id","line","column")
);

-- AddForeignKey
ALTER TABLE "import_report" ADD CONSTRAINT "import_report_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_rejection" ADD CONSTRAINT "import_rejection_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "registry_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
