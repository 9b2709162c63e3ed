# syntax=docker/dockerfile:1
# One image per service: docker build --build-arg SERVICE=order -t portal-order .

# Only the package manifests, so the dependency layer is rebuilt when they change, not on every edit.
FROM node:26-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | xargs -I{} cp --parents {} /manifests

FROM node:26-bookworm-slim AS deps
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund

# Every workspace is checked here so a broken one never becomes an image.
FROM deps AS build
COPY . .
RUN npm run contracts:check && npm run typecheck

FROM node:26-bookworm-slim AS runtime
ARG SERVICE
# NODE_OPTIONS: the heap of a service (deploy/local/service-node-options.ts says why; a deployment may override it).
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    HTTP_PORT=8080 \
    NODE_OPTIONS="--max-old-space-size=192 --max-semi-space-size=8"
WORKDIR /app
# tsx runs the TypeScript sources directly, the same way as locally; it is a dev dependency, so
# node_modules is taken whole.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A shell only to expand $SERVICE; exec replaces it so SIGTERM from `docker stop` reaches node.
CMD ["/bin/sh", "-c", "test -n \"$SERVICE\" || { echo 'SERVICE is empty: build with --build-arg SERVICE=<name>' >&2; exit 2; }; exec node --import tsx \"services/$SERVICE/src/main.ts\""]
