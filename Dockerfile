# Rapport in a container: `docker build -t rapport .` then
# `docker run -p 7707:7707 -v rapport-data:/data rapport` (SQLite in the volume), or with
# DATABASE_URL and RAPPORT_SECRET for PostgreSQL (see compose.yaml and docs/operations.md).

# Build: dev dependencies for the bundle and the web app, then only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

# Run: no compiler, no sources, a user of its own, the data folder as a volume.
FROM node:20-bookworm-slim
WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin rapport \
  && mkdir -m 0700 /data && chown rapport:rapport /data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
ENV RAPPORT_DATA=/data \
    HOST=0.0.0.0 \
    PORT=7707
USER rapport
VOLUME ["/data"]
EXPOSE 7707
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 7707) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Rapport stops cleanly on SIGTERM within RAPPORT_SHUTDOWN_SECONDS (10 by default).
STOPSIGNAL SIGTERM
# A young generation of 2 x 32 MB instead of 16 (V8's default): the server keeps answers it
# rebuilt after each write (Today, the people list), and with 16 MB every ~0.5 s a scavenge
# copied them, 20-100 ms on a busy machine, the most of the mixed load's p99 (bench/http).
CMD ["node", "--max-semi-space-size=32", "bin/rapport.js", "serve"]
