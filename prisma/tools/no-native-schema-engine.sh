#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on machines that reach only the npm
# registry. `prisma generate` only checks that an engine file exists; it never runs it. Every other use of the
# native engine (migrate dev/deploy, db push/pull) must go through `npm run db:migration` / the migration runner.
echo "Le moteur natif de schéma Prisma n'est pas disponible : utilisez 'npm run db:migration' (voir README)." >&2
exit 1
