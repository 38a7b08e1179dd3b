package legacy

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letters lists every Vietnamese letter: 12 vowels in 6 tones, both cases,
// and đ.
func letters() []string {
	var out []string
	for _, b := range "aăâeêioôơuưy" {
		for _, t := range []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"} {
			out = append(out, norm.NFC.String(string(b)+t), strings.ToUpper(norm.NFC.String(string(b)+t)))
		}
	}
	return append(out, "đ", "Đ")
}

func TestTCVN3RoundTripEveryLetter(t *testing.T) {
	for _, l := range letters() {
		enc := EncodeTCVN3(l)
		if len(enc) != 1 {
			t.Errorf("%q encodes to %d bytes", l, len(enc))
			continue
		}
		if got := DecodeTCVN3(enc); got != l {
			t.Errorf("%q -> %x -> %q", l, enc, got)
		}
	}
}

func TestTCVN3KnownBytes(t *testing.T) {
	// "Uû ban nh©n d©n" is how TCVN3 text reads in a Latin-1 editor
	b, ok := FromLatin1Clothing("Uû ban nh©n d©n")
	if !ok {
		t.Fatal("not Latin-1")
	}
	if got := norm.NFC.String(DecodeTCVN3(b)); got != "Uỷ ban nhân dân" {
		t.Errorf("got %q", got)
	}
}

func TestVNIRoundTripEveryLetter(t *testing.T) {
	for _, l := range letters() {
		enc := EncodeVNI(l)
		if got := DecodeVNI(enc); got != l {
			t.Errorf("%q -> %q -> %q", l, enc, got)
		}
	}
}

func TestVNIKnownText(t *testing.T) {
	if got := DecodeVNI("UÛy ban nhaân daân tænh"); got != "Ủy ban nhân dân tỉnh" {
		t.Errorf("got %q", got)
	}
	s := "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa dự hội nghị trực tuyến."
	if got := DecodeVNI(EncodeVNI(s)); got != s {
		t.Errorf("sentence round trip: %q", got)
	}
}

func TestScore(t *testing.T) {
	vi := "Ban Thường vụ Tỉnh ủy đã ban hành quyết định về công tác dân vận của hệ thống chính trị tỉnh"
	if Score(vi) < 0.3 {
		t.Errorf("Vietnamese scores %.2f", Score(vi))
	}
	if s := Score(EncodeVNI(vi)); s >= Score(vi)/2 {
		t.Errorf("VNI-encoded text scores %.2f", s)
	}
	for _, r := range EncodeVNI(vi) {
		if r > unicode.MaxLatin1 && r != '…' {
			t.Fatalf("VNI output has %q outside Latin-1", r)
		}
	}
}
