# vnextract: the commands a user and CI need.
GO      ?= go
OUT     ?= out
SHARED  ?= ../shared
DUCKDB  := .tools/duckdb/node_modules/@duckdb/node-api
# the image deploy/ runs; `make image` builds it from the Dockerfile
IMAGE   ?= vnextract:latest
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
SHELL   := /bin/bash

.PHONY: run test build cross image golden eval bench peers fuzz duckdb vet clean data

## run: extract the embedded default corpus into $(OUT)/*.parquet
run:
	$(GO) run ./cmd/vnextract run --out $(OUT)

## test: gofmt check, vet and run every test (DuckDB checks run when `make duckdb` was done);
## ends with every skipped test and the reason it gave
test:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt -w these files: $$unformatted" >&2; exit 1; fi
	$(GO) vet ./...
	set -o pipefail; $(GO) test -json ./... | $(GO) run ./internal/testreport

## build: a static binary (no cgo), as the Dockerfile builds it
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "-s -w -X main.version=$(VERSION)" -o vnextract ./cmd/vnextract

## cross: check that everything builds for Windows and macOS
cross:
	GOOS=windows GOARCH=amd64 $(GO) build -o /dev/null ./...
	GOOS=darwin GOARCH=arm64 $(GO) build -o /dev/null ./...

## image: the container image deploy/ names (needs docker)
image:
	docker build --build-arg VERSION=$(VERSION) -t $(IMAGE) .

## golden: rewrite testdata/golden from the current extractors (review the diff!)
golden:
	$(GO) test ./golden -run TestGolden -update

## eval: score against ../shared/gold with the CI floors (F1 per kind; raise them as the figures rise)
FLOORS ?= people=0.985,titles=0.97,dates=0.995,document_refs=0.995,figures=0.98
## then counts gold-free errors on the unlabeled corpus (all of it: ~10 s of CPU; CHECK_SAMPLE=4 keeps 1 in 4)
CHECK_SAMPLE ?= 1
eval:
	@test -d $(SHARED)/gold || { echo "make eval needs the project's shared folder at $(SHARED) (SHARED=DIR to point elsewhere):" \
		"$(SHARED)/gold (gold annotations), $(SHARED)/seeds and $(SHARED)/corpus/{baomoi-dev,dantri-2021} (the articles they annotate)" >&2; exit 2; }
	$(GO) run ./cmd/vnextract eval --gold $(SHARED)/gold --min-f1 $(FLOORS) $(SHARED)/seeds $(SHARED)/corpus/baomoi-dev $(SHARED)/corpus/dantri-2021
	$(GO) run ./cmd/vnextract check --sample $(CHECK_SAMPLE) $(SHARED)/corpus/unlabeled

## data: regenerate the gazetteer and name files under lang/vi from $(SHARED)/data (review the diff!)
data:
	$(GO) run ./internal/gen -shared $(SHARED) -root .

## bench: Go benchmarks on one core (floor, pipeline, each stage: MB/s, docs/s,
## allocations) on a sample of the unlabeled corpus, then the whole run over
## all of it on 1 and 2 cores beside the floor (ratio, per-stage MB/s, peak RSS)
bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./pipeline/...
	bench/wholerun.sh

## peers: our dates and HTML stages beside go-dateparser and go-trafilatura (separate module)
peers:
	cd bench/peers && $(GO) run . -shared ../../../shared

## fuzz: run each fuzz target for a while (CI runs a count of inputs: FUZZTIME=50000x)
FUZZTIME ?= 30s
FUZZMINIMIZE ?= 1000x
fuzz:
	@# every Fuzz function of every package, found by go test -list
	for p in $$($(GO) list ./...); do \
		for f in $$($(GO) test "$$p" -list '^Fuzz' | grep '^Fuzz'); do \
			$(GO) test "$$p" -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) || exit 1; \
		done; done

## duckdb: install DuckDB (from the npm registry) for the Parquet reader tests
duckdb: $(DUCKDB)
$(DUCKDB):
	mkdir -p .tools/duckdb
	cd .tools/duckdb && npm install --no-audit --no-fund --silent @duckdb/node-api@1.5.6-r.1

vet:
	$(GO) vet ./...

clean:
	rm -rf $(OUT) vnextract
