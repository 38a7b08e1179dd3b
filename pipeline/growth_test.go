package pipeline_test

import (
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline"
)

// growthShapes are documents that grow along one dimension: n names in one
// sentence, n titles in one sentence, n dates, n document references, n
// figures, n paragraphs of a page.
var growthShapes = []struct {
	name string
	file string
	make func(n int) string
}{
	{"names in one sentence", "a.txt", func(n int) string {
		var b strings.Builder
		b.WriteString("Dự hội nghị có ")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "ông %s %s %s, ", family[i%len(family)], middle[(i/len(family))%len(middle)], given[(i/7)%len(given)])
		}
		b.WriteString("và những người khác.\n")
		return b.String()
	}},
	{"titles in one sentence", "a.txt", func(n int) string {
		var b strings.Builder
		b.WriteString("Dự hội nghị có ")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "Phó Chủ tịch UBND tỉnh %s %s %s %s, ", provinces[i%len(provinces)], family[i%len(family)], middle[(i/3)%len(middle)], given[(i/5)%len(given)])
		}
		b.WriteString("cùng các đại biểu.\n")
		return b.String()
	}},
	{"dates", "a.txt", func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "Ngày %d/%d/%d, hội nghị lần thứ %d họp. ", 1+i%28, 1+(i/28)%12, 1990+(i/336)%30, i+1)
		}
		return b.String() + "\n"
	}},
	{"document references", "a.txt", func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "Căn cứ Quyết định số %d/QĐ-UBND ngày %d/%d/2020 của UBND tỉnh; ", i+1, 1+i%28, 1+i%12)
		}
		return b.String() + "\n"
	}},
	{"figures", "a.txt", func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "Tỉnh có %d.%03d hộ nghèo, tăng %d,%d%% so với năm trước, với tổng vốn %d tỷ đồng. ", 1+i%97, i%1000, i%40, i%10, 10+i)
		}
		return b.String() + "\n"
	}},
	{"paragraphs", "a.html", func(n int) string {
		var b strings.Builder
		b.WriteString("<html><head><title>Hội nghị</title></head><body><article>")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<p>Sáng %d/12, Phó Chủ tịch UBND tỉnh %s %s Văn %s dự hội nghị, tăng %d%% so với năm trước.</p>", 1+i%28, provinces[i%len(provinces)], family[i%len(family)], given[i%len(given)], i%90)
		}
		b.WriteString("</article></body></html>")
		return b.String()
	}},
}

var (
	family    = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middle    = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc"}
	given     = []string{"An", "Bình", "Cường", "Dũng", "Hòa", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Vinh"}
	provinces = []string{"Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Bình Định", "Phú Yên", "Khánh Hòa", "Quảng Nam"}
)

// TestGrowthNearLinear doubles each shape and checks that the time at 2n is
// under three times the time at n: quadratic work gives four. Ratios, not
// absolute times, so the test holds on a slow machine; and the time is the
// CPU time of the one thread doing the work (best of three), so other
// processes on a busy machine do not count.
func TestGrowthNearLinear(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// each shape starts at n and doubles until one run takes at least
	// minTime, so that timer and scheduler noise are small beside the work
	n, maxN, minTime := 8000, 1<<16, 50*time.Millisecond
	if testing.Short() {
		n, maxN, minTime = 1000, 16000, 20*time.Millisecond
	}
	r := newRunner(t)
	r.Workers = 1
	r.Budget = 0 // measure the work itself
	timeOf := func(name, text string) time.Duration {
		best := time.Duration(1 << 62)
		for k := 0; k < 3; k++ {
			in := pipeline.Input{ID: "g", Source: "growth", Name: name, Load: func() ([]byte, error) { return []byte(text), nil }}
			runtime.GC() // the previous run's garbage is not this one's cost
			start := threadCPU()
			if _, err := r.Process(in); err != nil {
				t.Fatal(err)
			}
			best = min(best, threadCPU()-start)
		}
		return best
	}
	for _, sh := range growthShapes {
		k := n
		small := timeOf(sh.file, sh.make(k))
		for small < minTime && 2*k <= maxN {
			k *= 2
			small = timeOf(sh.file, sh.make(k))
		}
		large := timeOf(sh.file, sh.make(2*k))
		ratio := float64(large) / float64(max(small, time.Microsecond))
		t.Logf("%s: %d -> %s, %d -> %s, ratio %.2f", sh.name, k, small, 2*k, large, ratio)
		if ratio >= 3 {
			t.Errorf("%s: doubling from %d took %.2f times as long (%s -> %s): worse than near-linear", sh.name, k, ratio, small, large)
		}
	}
}

// threadCPU is the CPU time the calling OS thread has used.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

const rusageThread = 1 // RUSAGE_THREAD (Linux)
