# The production shape: Next's standalone server, migrating on start (Payload prodMigrations).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Next inlines NEXT_PUBLIC_* at build time, in server code too (the origin writes are accepted
# from, HSTS), so the public origin is a build argument; setting it only at run time does nothing.
ARG NEXT_PUBLIC_SERVER_URL
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone NEXT_PUBLIC_SERVER_URL=${NEXT_PUBLIC_SERVER_URL}
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
# The demo content SIMATLAS_SEED_ON_INIT loads: read from files at run time (src/seed/contentFiles.ts),
# which Next's output tracing does not follow.
COPY --from=build --chown=app:app /app/content ./content
COPY --from=build --chown=app:app /app/src/server/setClientAddress.cjs ./src/server/setClientAddress.cjs
COPY --from=build --chown=app:app /app/src/server/refuseMalformedTargets.cjs ./src/server/refuseMalformedTargets.cjs
USER app
EXPOSE 3000
# Healthy when the server answers its static status page (node images have no curl). With
# docker-compose's `restart: unless-stopped` a server that dies is started again.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/status').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The preload gives the vote rate limit a client address a request cannot fake; behind your own
# proxies set TRUSTED_PROXY_HOPS to how many there are. It also refuses malformed request
# targets (bad percent-encoding, NUL) with a 400 before the router. The bounded heap makes a
# runaway request end the server in seconds (and Docker restart it) instead of exhausting the host.
CMD ["node", "--max-old-space-size=1024", "--require", "./src/server/setClientAddress.cjs", "server.js"]
