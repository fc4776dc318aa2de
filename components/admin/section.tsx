import type { ReactNode } from "react";

/** A titled section of an admin page (h2), reachable by its id. */
export function Section({
  id,
  titre,
  children,
  className = "",
}: {
  id: string;
  titre: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section id={id} aria-labelledby={`titre-${id}`} className={`space-y-3 ${className}`}>
      <h2 id={`titre-${id}`} className="text-xl font-bold">
        {titre}
      </h2>
      {children}
    </section>
  );
}
