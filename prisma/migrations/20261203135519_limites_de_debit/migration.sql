-- CreateTable
CREATE TABLE "limite_debit" (
    "cle" TEXT NOT NULL,
    "debut" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "compteur" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "limite_debit_pkey" PRIMARY KEY ("cle")
);
