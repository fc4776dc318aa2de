-- CreateTable
CREATE TABLE "notification_annee_revenus" (
    "foyer_id" UUID NOT NULL,
    "annee_revenus" INTEGER NOT NULL,
    "notifie_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_annee_revenus_pkey" PRIMARY KEY ("foyer_id","annee_revenus")
);

-- AddForeignKey
ALTER TABLE "notification_annee_revenus" ADD CONSTRAINT "notification_annee_revenus_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
