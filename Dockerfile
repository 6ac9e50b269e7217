# syntax=docker/dockerfile:1
# Build: docker build -t summit-briefing .
# Run:   docker run --rm -p 3000:3000 summit-briefing

FROM rust:1-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY templates ./templates
COPY static ./static
COPY data ./data
RUN cargo build --release --locked \
 && cp target/release/summit-briefing /usr/local/bin/summit-briefing

# The binary embeds the data, templates and assets; the runtime image needs only libc.
FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin briefing
COPY --from=build /usr/local/bin/summit-briefing /usr/local/bin/summit-briefing
USER 10001
EXPOSE 3000
ENV RUST_LOG=info
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["/usr/local/bin/summit-briefing", "probe", "http://127.0.0.1:3000/healthz"]
ENTRYPOINT ["/usr/local/bin/summit-briefing"]
CMD ["serve", "--addr", "0.0.0.0:3000"]
