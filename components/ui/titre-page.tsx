import type { ReactNode } from "react";

export function TitrePage({ children, chapo }: { children: ReactNode; chapo?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl sm:text-3xl font-bold text-primaire-fonce">{children}</h1>
      {chapo && <p className="mt-2 text-lg text-attenue">{chapo}</p>}
    </div>
  );
}
