import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its own region on a narrow screen (the page itself never does): the
 * region is named and focusable, so a keyboard user can scroll it too. `relative` keeps the visually hidden texts
 * of the cells (absolutely positioned) inside the region, instead of widening the page.
 */
export function TableauDefilant({ nom, children }: { nom: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={nom} tabIndex={0} className="relative overflow-x-auto rounded-md border border-bordure bg-white">
      {children}
    </div>
  );
}

export const classesTableau = {
  table: "w-full border-collapse text-left",
  th: "border-b-2 border-bordure p-2 font-semibold",
  td: "border-b border-bordure p-2 align-top",
} as const;
