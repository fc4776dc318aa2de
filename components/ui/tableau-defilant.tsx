import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its own region on a narrow screen (the page itself never does): the
 * region is named and focusable, so a keyboard user can scroll it too. `relative` keeps the visually hidden texts
 * of the cells (absolutely positioned) inside the region, instead of widening the page.
 */
export function TableauDefilant({ nom, children }: { nom: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={nom}
      tabIndex={0}
      className="relative overflow-x-auto rounded-md border border-bordure bg-white"
    >
      {children}
    </div>
  );
}

export const classesTableau = {
  table: "w-full border-collapse text-left",
  th: "border-b-2 border-bordure p-2 font-semibold",
  td: "border-b border-bordure p-2 align-top",
} as const;

/** Column headers; `actions` adds a last column for row links, named for screen readers only. */
export function EnTeteTableau({ colonnes, actions = false }: { colonnes: readonly string[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {colonnes.map((c) => (
          <th key={c} scope="col" className={classesTableau.th}>
            {c}
          </th>
        ))}
        {actions && (
          <th scope="col" className={classesTableau.th}>
            <span className="sr-only">Actions</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
