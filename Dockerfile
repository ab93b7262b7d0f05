# syntax=docker/dockerfile:1
# Production image of Répertoire 211 (see docs/deployment.md). One image runs the web app
# (`npm start`: migrations, then `next start`) and the search-outbox relay
# (`npm run search:relay`). It never embeds a database: DATABASE_URL is required.

# --- 1. dependencies, from the lock file only (cached until package*.json change) ---------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts are skipped here: postinstall (`prisma generate`) needs the schema, run below.
RUN npm ci --ignore-scripts --no-audit --no-fund

# --- 2. build ------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `public/` may be absent from a fresh clone (Git keeps no empty folder).
RUN mkdir -p public \
 && DATABASE_URL=postgresql://localhost/unused npx prisma generate \
 && npm run build

# --- 3. runtime ----------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
# The runtime keeps node_modules whole: `npm start` runs TypeScript scripts with tsx and
# applies migrations with the Prisma CLI, both of which live there.
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/next.config.ts /app/tsconfig.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/messages ./messages
# Schema and migrations only: the demo seed (and its published staff password) stays out.
COPY --from=build --chown=node:node /app/prisma/schema ./prisma/schema
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/prisma.config.ts ./prisma.config.ts
COPY --from=build --chown=node:node /app/lib ./lib
COPY --from=build --chown=node:node /app/scripts ./scripts
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Refuses to start without DATABASE_URL (it would otherwise try to start an embedded
# PostgreSQL inside the container); `exec` lets the server receive SIGTERM directly.
CMD ["sh", "-c", "if [ -z \"$DATABASE_URL\" ]; then echo 'DATABASE_URL is required in this image (see docs/deployment.md).' >&2; exit 1; fi; exec node_modules/.bin/tsx --conditions=react-server scripts/run-app.ts start"]
