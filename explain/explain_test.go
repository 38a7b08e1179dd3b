package explain_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/explain"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

// page renders the explain page of the seed article 000 with a small gold
// that expects one person the article does not name (a miss) and leaves
// out one it does (a false alarm).
func page(t *testing.T) []byte {
	t.Helper()
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	ins, err := pipeline.Collect([]string{"../testdata/corpus/seeds/000_94cb08bf75aa2b23.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := r.Run(ins, nil)
	g := &eval.Gold{Doc: "000_94cb08bf75aa2b23", People: []eval.GoldPerson{
		{Name: "Trần Quốc Vượng"}, {Name: "Nguyễn Văn Hòa"}, {Name: "Trương Hòa Bình"}, {Name: "Người Không Có"},
	}}
	rep := eval.Score(rows, map[string]*eval.Gold{g.Doc: g})
	var b bytes.Buffer
	if err := explain.Page(&b, rows, rep); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPageIsSelfContained(t *testing.T) {
	p := string(page(t))
	for _, bad := range []string{"<script src", "<link ", "@import", "url(http", `src="http`} {
		if strings.Contains(p, bad) {
			t.Errorf("page loads an external asset: %q", bad)
		}
	}
	for _, want := range []string{
		`class="m k-person" data-kind="person"`, ">Nguyễn Văn Hòa</span>",
		`class="m k-date" data-kind="date"`, "XXXX-12-31 (day, year from unknown)",
		`class="m k-person fa"`, ">Nguyễn Hữu Tháp</span>", // not in this gold: a false alarm
		// this gold gives no titles and no figures, so every one found is a false alarm
		`class="m k-title fa"`, `class="m k-figure fa" data-kind="figure"`, `<li id="m`,
		"Người Không Có", // the miss, listed as the gold writes it
		"holds_title", "Relations",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(p, "người không có") {
		t.Error("the miss is shown as its lower-cased key, not as the gold writes it")
	}
	// a person the gold names is not outlined
	if strings.Contains(p, `k-person fa" data-kind="person" data-id="1" title="[1] person: Trần Quốc Vượng`) {
		t.Error("a found person is outlined as a false alarm")
	}
}

// TestPageInBrowser renders the page in headless Chromium: the DOM the
// browser builds must hold the highlighted spans, and the screenshot must
// be a real image.
func TestPageInBrowser(t *testing.T) {
	bin := ""
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(b); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("skipping: no chromium on this machine (.ci/run installs Debian's chromium)")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "page.html")
	if err := os.WriteFile(file, page(t), 0o644); err != nil {
		t.Fatal(err)
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1280,2000"}
	run := func(extra ...string) []byte {
		cmd := exec.Command(bin, append(append(append([]string{}, flags...), extra...), "file://"+file)...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		done := make(chan error, 1)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("chromium: %v\n%s", err, errb.String())
			}
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			t.Fatal("chromium did not finish in 60s")
		}
		return out.Bytes()
	}
	dom := string(run("--dump-dom"))
	for _, want := range []string{`data-kind="person"`, "Nguyễn Văn Hòa</span>", `data-kind="title"`, `Phó Chủ tịch <span class="m k-organization" data-kind="organization"`, `class="m k-person fa"`, `class="m k-title fa"`, `class="m k-figure fa"`} {
		if !strings.Contains(dom, want) {
			t.Errorf("browser DOM lacks %q", want)
		}
	}
	shot := filepath.Join(dir, "page.png")
	run("--screenshot=" + shot)
	b, err := os.ReadFile(shot)
	if err != nil || len(b) < 10000 || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("screenshot: %d bytes, %v", len(b), err)
	}
	if out := os.Getenv("VNEXTRACT_SCREENSHOT"); out != "" {
		os.WriteFile(out, b, 0o644)
	}
}
