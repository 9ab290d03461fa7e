# The production shape: Next's standalone server, migrating on start (Payload prodMigrations).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MEDIA_DIR=/app/media
RUN groupadd --system app && useradd --system --gid app app && mkdir -p /app/media && chown app:app /app/media
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
COPY --from=build --chown=app:app /app/src/server/setClientAddress.cjs ./src/server/setClientAddress.cjs
COPY --from=build --chown=app:app /app/src/server/refuseMalformedTargets.cjs ./src/server/refuseMalformedTargets.cjs
USER app
EXPOSE 3000
# The preload gives the vote rate limit a client address a request cannot fake; behind your own
# proxies set TRUSTED_PROXY_HOPS to how many there are. It also refuses malformed request
# targets (bad percent-encoding, NUL) with a 400 before the router.
CMD ["node", "--require", "./src/server/setClientAddress.cjs", "server.js"]
