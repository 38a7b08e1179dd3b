package main

import (
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDockerfileBuildsWithMake: the image is built by the Makefile's build
// target, which builds without cgo; the binary that command makes is
// static (no ELF interpreter, so it runs on a distroless or scratch base).
// Docker itself is not needed: the test runs the same make target.
func TestDockerfileBuildsWithMake(t *testing.T) {
	docker, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^RUN make build\b`).Match(docker) {
		t.Error("the Dockerfile does not build with `make build`")
	}
	if !regexp.MustCompile(`(?m)^FROM \S*(distroless/static|scratch)\S*`).Match(docker) {
		t.Error("the Dockerfile's last stage is not a static base (distroless/static or scratch)")
	}
	if !regexp.MustCompile(`(?m)^COPY --from=build /src/vnextract `).Match(docker) {
		t.Error("the Dockerfile does not copy the binary `make build` writes (/src/vnextract)")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("skipping the build: make is not installed")
	}
	mk := exec.Command("make", "-s", "-n", "build")
	mk.Dir = "../.."
	recipe, err := mk.Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(recipe), "CGO_ENABLED=0 ") || !strings.Contains(string(recipe), " -o vnextract ./cmd/vnextract") {
		t.Errorf("make build is not a cgo-free build of ./cmd/vnextract: %s", recipe)
	}
	if testing.Short() {
		t.Skip("skipping the static build in -short")
	}
	// the recipe as make prints it, with the binary sent to a temporary folder
	bin := filepath.Join(t.TempDir(), "vnextract")
	cmd := exec.Command("sh", "-c", strings.Replace(strings.TrimSpace(string(recipe)), " -o vnextract ", " -o "+bin+" ", 1))
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", recipe, err, out)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary asks for a dynamic loader: not static")
		}
	}
	if out, err := exec.Command(bin, "--version").Output(); err != nil || !strings.HasPrefix(string(out), "vnextract ") {
		t.Errorf("--version of the built binary: %q %v", out, err)
	}
}

// TestManifestsNameTheImageAndParse: the Kubernetes Job runs the image the
// Makefile builds, with a command line this binary accepts and the exit
// policy a cluster wants; the Spark script likewise.
func TestManifestsNameTheImageAndParse(t *testing.T) {
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^IMAGE\s*\?=\s*(\S+)`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("no IMAGE in the Makefile")
	}
	job, err := os.ReadFile("../../deploy/k8s-indexed-job.yaml")
	if err != nil {
		t.Fatal(err)
	}
	img := regexp.MustCompile(`(?m)^\s+image:\s*(\S+)`).FindSubmatch(job)
	if img == nil || string(img[1]) != string(m[1]) {
		t.Errorf("the Job's image %q is not the Makefile's IMAGE %q", img, m[1])
	}
	// the args list, one "- item" per line after "args:"
	_, rest, ok := strings.Cut(string(job), "\n          args:\n")
	if !ok {
		t.Fatal("no args in the Job")
	}
	var args []string
	for _, l := range strings.Split(rest, "\n") {
		item, ok := strings.CutPrefix(strings.TrimSpace(l), "- ")
		if !ok {
			break
		}
		args = append(args, strings.ReplaceAll(item, "$(SHARD_INDEX)", "3"))
	}
	checkCommandLine(t, "k8s Job", args)
	spark, err := os.ReadFile("../../deploy/spark_pipe.py")
	if err != nil {
		t.Fatal(err)
	}
	line := regexp.MustCompile(`\./vnextract (run [^"]*)"`).FindSubmatch(spark)
	if line == nil {
		t.Fatal("no vnextract command in spark_pipe.py")
	}
	args = strings.Fields(strings.NewReplacer("$i", "3", "%d", "16", "%s", "/data").Replace(string(line[1])))
	checkCommandLine(t, "Spark", args)
}

// checkCommandLine parses a deployed command line with the real command's
// flags, and checks the cluster's exit policy is set.
func checkCommandLine(t *testing.T, where string, args []string) {
	t.Helper()
	root := newRoot(&app{stdout: new(strings.Builder), stderr: new(strings.Builder)})
	cmd, rest, err := root.Find(args)
	if err != nil || cmd.Name() != "run" {
		t.Fatalf("%s: %v does not name the run command: %v", where, args, err)
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Fatalf("%s: %v: %v", where, args, err)
	}
	for flag, want := range map[string]string{"fail-on": "none", "shard-index": "3", "shard-count": "16"} {
		if got := cmd.Flags().Lookup(flag).Value.String(); got != want {
			t.Errorf("%s: --%s is %q, want %q", where, flag, got, want)
		}
	}
}
