import type { ReactNode } from "react";

const styles = {
  info: "border-primaire bg-primaire-clair",
  succes: "border-succes bg-succes-clair",
  erreur: "border-erreur bg-erreur-clair",
  attention: "border-alerte bg-alerte-clair",
};

/** A message block. `role="alert"` only for errors that appear after an action, so screen readers announce them. */
export function Alerte({
  type = "info",
  titre,
  children,
  annoncer = false,
  id,
}: {
  type?: keyof typeof styles;
  titre?: string;
  children?: ReactNode;
  annoncer?: boolean;
  id?: string;
}) {
  return (
    <div
      id={id}
      role={annoncer ? (type === "erreur" ? "alert" : "status") : undefined}
      className={`border-l-4 p-4 rounded-r-md ${styles[type]}`}
    >
      {titre && <p className="font-bold">{titre}</p>}
      {children && <div className={titre ? "mt-1" : ""}>{children}</div>}
    </div>
  );
}
