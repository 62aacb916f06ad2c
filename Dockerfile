# Connector Decoder: the Teams bot as a container image (see docs/deploy.md).
# Three stages: `build` compiles with the dev dependencies, `deps` installs the runtime dependencies
# alone, and the final stage holds only the compiled output, the data it reads and those dependencies.
# No secret is baked in: settings come from the host's environment (infra/main.bicep sets them).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts stay off until the sources are in: the package's `prepare` script builds them.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build with dev tools that are not installed here.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY catalog ./catalog
COPY cards ./cards
COPY data ./data
COPY preview ./preview
# The app's files stay root-owned and read-only to the bot; only the embedded store's folder is its own.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node is PID 1 (exec form, no shell in between): the server registers its SIGTERM/SIGINT handlers
# before it listens, drains and exits 0, and it starts no child processes, so nothing needs reaping.
CMD ["node", "dist/src/index.js"]
