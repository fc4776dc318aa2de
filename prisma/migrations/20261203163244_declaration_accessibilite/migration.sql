-- CreateTable
CREATE TABLE "declaration_accessibilite" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "etablie_le" DATE,
    "audit_realise_par" TEXT,
    "audit_le" DATE,
    "taux_conformite" INTEGER,
    "non_conformites" TEXT NOT NULL DEFAULT '',
    "derogations" TEXT NOT NULL DEFAULT '',
    "hors_obligation" TEXT NOT NULL DEFAULT '',
    "contact_courriel" TEXT,
    "contact_autre" TEXT,
    "schema_pluriannuel" TEXT,
    "plan_action_annee" TEXT,
    "mis_a_jour_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "declaration_accessibilite_pkey" PRIMARY KEY ("id")
);
