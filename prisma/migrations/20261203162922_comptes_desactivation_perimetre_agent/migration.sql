-- AlterTable
ALTER TABLE "compte" ADD COLUMN     "desactive_le" TIMESTAMP(3),
ADD COLUMN     "perimetre_restreint" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "perimetre_agent_commune" (
    "compte_id" UUID NOT NULL,
    "commune_code_insee" TEXT NOT NULL,

    CONSTRAINT "perimetre_agent_commune_pkey" PRIMARY KEY ("compte_id","commune_code_insee")
);

-- CreateTable
CREATE TABLE "perimetre_agent_ecole" (
    "compte_id" UUID NOT NULL,
    "ecole_id" UUID NOT NULL,

    CONSTRAINT "perimetre_agent_ecole_pkey" PRIMARY KEY ("compte_id","ecole_id")
);

-- AddForeignKey
ALTER TABLE "perimetre_agent_commune" ADD CONSTRAINT "perimetre_agent_commune_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perimetre_agent_commune" ADD CONSTRAINT "perimetre_agent_commune_commune_code_insee_fkey" FOREIGN KEY ("commune_code_insee") REFERENCES "commune"("code_insee") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perimetre_agent_ecole" ADD CONSTRAINT "perimetre_agent_ecole_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perimetre_agent_ecole" ADD CONSTRAINT "perimetre_agent_ecole_ecole_id_fkey" FOREIGN KEY ("ecole_id") REFERENCES "ecole"("id") ON DELETE CASCADE ON UPDATE CASCADE;
