-- CreateTable
CREATE TABLE "reprise_appel_dgfip" (
    "id" UUID NOT NULL,
    "demande_id" UUID NOT NULL,
    "responsable_id" UUID NOT NULL,
    "consentement_id" UUID,
    "tentatives" INTEGER NOT NULL DEFAULT 0,
    "prochaine_tentative_le" TIMESTAMP(3) NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "termine_le" TIMESTAMP(3),
    "issue" TEXT,

    CONSTRAINT "reprise_appel_dgfip_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reprise_appel_dgfip_termine_le_prochaine_tentative_le_idx" ON "reprise_appel_dgfip"("termine_le", "prochaine_tentative_le");

-- CreateIndex
CREATE UNIQUE INDEX "reprise_appel_dgfip_demande_id_responsable_id_key" ON "reprise_appel_dgfip"("demande_id", "responsable_id");

-- AddForeignKey
ALTER TABLE "reprise_appel_dgfip" ADD CONSTRAINT "reprise_appel_dgfip_demande_id_fkey" FOREIGN KEY ("demande_id") REFERENCES "demande"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reprise_appel_dgfip" ADD CONSTRAINT "reprise_appel_dgfip_responsable_id_fkey" FOREIGN KEY ("responsable_id") REFERENCES "responsable_legal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
