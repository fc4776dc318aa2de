-- AlterTable
ALTER TABLE "compte" ADD COLUMN     "totp_active_le" TIMESTAMP(3),
ADD COLUMN     "totp_dernier_pas" INTEGER,
ADD COLUMN     "totp_secret" TEXT;

-- AlterTable
ALTER TABLE "session" ADD COLUMN     "second_facteur_le" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "code_secours" (
    "id" UUID NOT NULL,
    "compte_id" UUID NOT NULL,
    "empreinte" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "utilise_le" TIMESTAMP(3),

    CONSTRAINT "code_secours_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "code_secours_compte_id_empreinte_key" ON "code_secours"("compte_id", "empreinte");

-- AddForeignKey
ALTER TABLE "code_secours" ADD CONSTRAINT "code_secours_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE CASCADE ON UPDATE CASCADE;
