# Container image of imvo-tracker. `docker compose up` builds it and starts it
# next to PostgreSQL; on its own: `docker build -t imvo-tracker .` and
# `docker run -p 8080:8080 -e DATABASE_URL=postgres://... imvo-tracker`.
# Without DATABASE_URL it keeps an SQLite file in /app/data (mount a volume
# there to keep it).

# ---- build -------------------------------------------------------------------
FROM rust:1-bookworm AS builder

# pq-sys (feature `bundled`) compiles libpq from source against OpenSSL, found
# with pkg-config; libsqlite3-sys (`bundled`) only needs the image's C compiler.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src

# Dependencies first, in a layer of their own that is rebuilt only when
# Cargo.toml or Cargo.lock change. The stubs stand in for the targets that
# Cargo.toml names (cargo refuses a manifest whose target files are missing).
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src tests/api \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs tests/api/main.rs \
    && cargo build --release --locked \
    && rm -rf src tests

# The real sources (.dockerignore keeps target/, data/ and .git out). Touch the
# crate roots so cargo rebuilds the crate over the stubs whatever the copied
# files' timestamps.
COPY . .
RUN touch src/main.rs src/lib.rs \
    && cargo build --release --locked \
    && install -m 0755 target/release/imvo-tracker /usr/local/bin/imvo-tracker

# ---- run ---------------------------------------------------------------------
FROM debian:bookworm-slim

# libssl3: libpq is linked into the binary, OpenSSL (TLS to PostgreSQL) is not.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*

# A user of its own; its home /app is the working directory, so the default
# SQLite database (data/imvo-tracker.sqlite3) is created where it may write.
RUN groupadd --system --gid 10001 imvo \
    && useradd --system --uid 10001 --gid imvo --home-dir /app --create-home \
        --shell /usr/sbin/nologin imvo

COPY --from=builder /usr/local/bin/imvo-tracker /usr/local/bin/imvo-tracker

WORKDIR /app
# Numeric, so that orchestrators can tell it is not root.
USER 10001:10001

ENV LISTEN_ADDRESS=0.0.0.0:8080
EXPOSE 8080

# No curl in this image: bash's /dev/tcp sends the request. The port is the one
# in LISTEN_ADDRESS; ready means the database answers too.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${LISTEN_ADDRESS##*:} && printf 'GET /v1/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["imvo-tracker"]
CMD ["serve"]
