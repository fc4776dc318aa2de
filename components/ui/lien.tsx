import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

const classesLien = "text-primaire underline underline-offset-4";

export function Lien({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`${classesLien} ${className}`} {...props} />;
}

/** "Modifier" in a table row, with what it modifies for screen readers ("Modifier Bellecombe-sur-Lys"). */
export function LienModifier({
  href,
  quoi,
  children = "Modifier",
}: {
  href: ComponentProps<typeof Link>["href"];
  quoi: string;
  children?: ReactNode;
}) {
  return (
    <Lien href={href}>
      {children}
      <span className="sr-only"> {quoi}</span>
    </Lien>
  );
}
