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
# The services are compiled to JavaScript here (deploy/local/service-build.ts): the runtime loads no compiler.
RUN npm run contracts:check && npm run typecheck && npm run build:services -- --out build

FROM node:26-bookworm-slim AS runtime
ARG SERVICE
# NODE_OPTIONS and MALLOC_MMAP_THRESHOLD_: the memory of a service (deploy/local/service-node-options.ts says why;
# a deployment may override them).
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    HTTP_PORT=8080 \
    NODE_OPTIONS="--max-old-space-size=192 --max-semi-space-size=4" \
    MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
# The services run from build/ (compiled); scripts such as create-topics still run with tsx (docker-compose.yml),
# a dev dependency, so node_modules is taken whole.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A shell only to expand $SERVICE; exec replaces it so SIGTERM from `docker stop` reaches node.
CMD ["/bin/sh", "-c", "test -n \"$SERVICE\" || { echo 'SERVICE is empty: build with --build-arg SERVICE=<name>' >&2; exit 2; }; exec node --enable-source-maps \"build/services/$SERVICE/src/main.js\""]
