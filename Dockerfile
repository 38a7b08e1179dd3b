# A small static image of the vnextract binary (deploy/ runs it):
#   make image            # docker build -t vnextract:latest .
# The binary is built by the Makefile's `build` target, the same command a
# developer runs, with cgo off so it needs no C library at run time.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=devel
RUN make build VERSION=$VERSION

# No shell, no package manager: the binary, CA certificates and a
# non-root user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/vnextract /usr/local/bin/vnextract
USER nonroot
ENTRYPOINT ["/usr/local/bin/vnextract"]
CMD ["--help"]
