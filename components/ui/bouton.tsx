import Link from "next/link";
import type { ComponentProps } from "react";

const variantes = {
  primaire: "bg-primaire text-white hover:bg-primaire-fonce border-2 border-primaire",
  secondaire: "bg-white text-primaire border-2 border-primaire hover:bg-primaire-clair",
  danger: "bg-erreur text-white border-2 border-erreur hover:bg-red-800",
  lien: "text-primaire underline underline-offset-4 hover:decoration-2 px-0! py-0! min-h-0!",
};

export type Variante = keyof typeof variantes;

export function classesBouton(variante: Variante = "primaire", extra = "") {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2.5 min-h-11 font-semibold text-base leading-tight disabled:opacity-60 ${variantes[variante]} ${extra}`;
}

export function Bouton({
  variante = "primaire",
  className = "",
  type = "submit",
  ...props
}: ComponentProps<"button"> & { variante?: Variante }) {
  return <button type={type} className={classesBouton(variante, className)} {...props} />;
}

export function LienBouton({
  variante = "primaire",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variante?: Variante }) {
  return <Link className={classesBouton(variante, className)} {...props} />;
}
