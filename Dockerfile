# syntax=docker/dockerfile:1
# Deal Form: the browser app and the BFF in one small image, run as a non-root user.
#
#   docker build -t deal-form .
#   docker run --rm -p 3000:3000 -e LIGHTFIELD_API_KEY=sk_lf_… -e ALLOWED_HOSTS=deals.example.com deal-form
#
# NODE_ENV=production: without LIGHTFIELD_API_KEY the server stops with a message, unless
# DEMO=1 asks for demo mode on purpose (docker run -e DEMO=1 …). See README, "Deployment".
# Pin NODE_IMAGE to a digest (node:20-bookworm-slim@sha256:…) for reproducible builds.
ARG NODE_IMAGE=node:20-bookworm-slim

# 1 · Build the SPA (dist/client) and the server bundle (dist/server) with all dependencies.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Browsers are for the end-to-end tests, never for the image.
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY index.html vite.config.ts vite.embed.config.ts tsconfig.json ./
COPY scripts/precompress.mjs ./scripts/
COPY src ./src
RUN npm run build

# 2 · Production dependencies only: hono, pino, zod; msw too, which only demo mode loads.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3 · Runtime: node, the bundle, production node_modules. Files stay owned by root, so the
# app user can read but not rewrite them.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 3000
# Liveness only; orchestrators should probe GET /api/ready for readiness.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and handles SIGTERM itself: /api/ready turns 503 while connections are still
# taken for SHUTDOWN_DRAIN_MS (5 s), then in-flight creates finish, all within SHUTDOWN_TIMEOUT_MS
# (25 s), so give `docker stop -t 30` / stop_grace_period: 30s / terminationGracePeriodSeconds.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/main.js"]
