package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	units "github.com/vnextract/vnextract/lang/vi/gazetteer"
	"github.com/vnextract/vnextract/pipeline/text"
)

// Where each output file goes, relative to the repository root.
const (
	gazetteerDir = "lang/vi/gazetteer/data/"
	namesDir     = "lang/vi/names/data/"
)

// source is one upstream file set: the NOTICE repeats these fields, so a
// reader can fetch the same bytes again.
type source struct {
	dir     string // under shared/data
	what    string
	repo    string
	commit  string
	paths   string
	licence string
}

var (
	srcUnits2026 = source{"admin-units/provinces-2026", "administrative units after the 2025 reorganization (34 provinces, 3,321 communes, wards and special zones)",
		"https://github.com/thanglequoc/vietnamese-provinces-database", "cd58063299585146ded3981f2272946ef19ced54",
		"json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json", "MIT"}
	srcUnitsPre = source{"admin-units/provinces-2025-pre", "administrative units before the 2025 reorganization (63 provinces, 696 districts, 10,035 communes)",
		"https://github.com/thanglequoc/vietnamese-provinces-database", "fc33b7411ec4e3697817fab8118718a8d39ef090",
		"json/vn_only_simplified_json_generated_data_vn_units.json", "MIT"}
	srcLegacy = source{"admin-units/legacy-to-2025", "old → new map of communes (official codes)",
		"https://github.com/tranngocminhhieu/vietnamadminunits", "780c27980afdae76d5c6e7b252955f6b571f34ca",
		"data/interim/convert_legacy_2025_simple.csv", "MIT"}
	srcNamedb = source{"names/namedb", "Vietnamese given names (two-syllable and single-syllable, by gender)",
		"https://github.com/duyet/vietnamese-namedb", "2129070dde2471a2a2c0ef24a32c6c02ebd71805",
		"boy.txt, girl.txt, boy_one_word.txt, girl_one_word.txt", "MIT"}
	srcNameGen = source{"names/name-generator", "family names with regional weights, ethnic-minority and compound family names",
		"https://github.com/hungnguyen18/vietnamese-name-generator", "a37d5b1c2feea13d8bb050c4269e09134b820512",
		"src/data/surname.ts, scripts/crawl/enrichment/ethnic-surnames.json, scripts/crawl/enrichment/compound-surnames.json", "MIT"}
)

// Generate reads shared/data and returns the files to write, keyed by
// slash-separated path from the repository root.
func Generate(shared string) (map[string][]byte, error) {
	data := filepath.Join(shared, "data")
	out := map[string][]byte{}
	units, succ, skipped, err := gazetteer(data)
	if err != nil {
		return nil, err
	}
	out[gazetteerDir+"units.tsv"] = units
	out[gazetteerDir+"successors.tsv"] = succ
	notice, err := noticeFile(data, "gazetteer", skipped, srcUnits2026, srcUnitsPre, srcLegacy)
	if err != nil {
		return nil, err
	}
	out[gazetteerDir+"NOTICE"] = notice

	sur, err := surnames(data)
	if err != nil {
		return nil, err
	}
	out[namesDir+"surnames.tsv"] = sur
	given, err := givenNames(data)
	if err != nil {
		return nil, err
	}
	out[namesDir+"given.tsv"] = given
	notice, err = noticeFile(data, "names", nil, srcNamedb, srcNameGen)
	if err != nil {
		return nil, err
	}
	out[namesDir+"NOTICE"] = notice

	comp, err := compounds(shared)
	if err != nil {
		return nil, err
	}
	out[compoundsDir+"compounds.tsv"] = comp
	if out[compoundsDir+"NOTICE"], err = compoundsNotice(shared); err != nil {
		return nil, err
	}
	out[countriesDir+"countries.tsv"] = countries()
	out[countriesDir+"NOTICE"] = countriesNotice()
	return out, nil
}

// cleanName brings an upstream name to the form normalized article text
// has: "Ð" (U+00D0, Icelandic eth, found in namedb) becomes "Đ" (U+0110),
// then NFC and the project's tone placement ("Thanh Hoá" -> "Thanh Hóa"),
// single spaces, and a capital on every word ("Xã Đại áng" -> "Đại Áng"):
// proper names are written so in the text, and a lookup folds case anyway.
func cleanName(s string) string {
	s = strings.NewReplacer("\u00d0", "\u0110", "\u00f0", "\u0111").Replace(s)
	s = text.Normalize(s)
	words := strings.Fields(s)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(words, " ")
}

// splitType turns "Huyện Triệu Phong" into ("huyện", "Triệu Phong"). The
// level words are the gazetteer's own unit types, matched without regard to
// case (upstream writes "Thị Trấn Ái Tử" beside "Thị trấn Ái Tử"); none is
// the start of another followed by a space, so their order does not matter.
func splitType(full string) (typ, name string, err error) {
	full = text.Normalize(strings.TrimSpace(full))
	low := strings.ToLower(full)
	for _, t := range units.Types() {
		lp := t.String()
		if strings.HasPrefix(low, lp+" ") {
			return lp, cleanName(full[len(lp)+1:]), nil
		}
	}
	return "", "", fmt.Errorf("no level word at the start of %q", full)
}

type unitRow struct {
	era, level, typ, code, name, province, district string
}

var levelOrder = map[string]int{"province": 0, "district": 1, "commune": 2}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// gazetteer builds units.tsv and successors.tsv; skipped lists map rows
// that name a unit neither list holds, for the NOTICE.
func gazetteer(data string) (units, succ []byte, skipped []string, err error) {
	var rows []unitRow
	known := map[string]bool{} // era+level+code

	var now []struct {
		Code, Name                  string
		AdministrativeUnitShortName string
		Wards                       []struct {
			Code, Name, ProvinceCode    string
			AdministrativeUnitShortName string
		}
	}
	if err := readJSON(filepath.Join(data, srcUnits2026.dir, "full_json_generated_data_vn_units_2026-07-25.json"), &now); err != nil {
		return nil, nil, nil, err
	}
	for _, p := range now {
		rows = append(rows, unitRow{"new", "province", strings.ToLower(p.AdministrativeUnitShortName), p.Code, cleanName(p.Name), "", ""})
		for _, w := range p.Wards {
			rows = append(rows, unitRow{"new", "commune", strings.ToLower(w.AdministrativeUnitShortName), w.Code, cleanName(w.Name), p.Code, ""})
		}
	}

	var pre []struct {
		Code, FullName string
		District       []struct {
			Code, FullName string
			Ward           []struct{ Code, FullName string }
		}
	}
	if err := readJSON(filepath.Join(data, srcUnitsPre.dir, "vn_only_simplified_json_generated_data_vn_units.json"), &pre); err != nil {
		return nil, nil, nil, err
	}
	for _, p := range pre {
		t, n, err := splitType(p.FullName)
		if err != nil {
			return nil, nil, nil, err
		}
		rows = append(rows, unitRow{"old", "province", t, p.Code, n, "", ""})
		for _, d := range p.District {
			t, n, err := splitType(d.FullName)
			if err != nil {
				return nil, nil, nil, err
			}
			rows = append(rows, unitRow{"old", "district", t, d.Code, n, p.Code, ""})
			for _, w := range d.Ward {
				t, n, err := splitType(w.FullName)
				if err != nil {
					return nil, nil, nil, err
				}
				rows = append(rows, unitRow{"old", "commune", t, w.Code, n, p.Code, d.Code})
			}
		}
	}
	// newByName finds a commune of today by province and name, for map rows
	// whose new code the 2026 list does not use (upstream gives "Xã Ba Chẽ"
	// as 06970 in the map and 06978 in the list).
	newByName := map[string]string{}
	for _, r := range rows {
		known[r.era+r.level+r.code] = true
		if r.era == "new" && r.level == "commune" {
			newByName[r.province+"\t"+r.typ+" "+r.name] = r.code
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.era != b.era {
			return a.era > b.era // "old" before "new"
		}
		if a.level != b.level {
			return levelOrder[a.level] < levelOrder[b.level]
		}
		return a.code < b.code
	})
	var ub bytes.Buffer
	ub.WriteString("# era\tlevel\ttype\tcode\tname\tprovince_code\tdistrict_code\n")
	for _, r := range rows {
		fmt.Fprintf(&ub, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.era, r.level, r.typ, r.code, r.name, r.province, r.district)
	}

	// The old → new map, one row per (old unit, new unit). Provinces and
	// the island districts that had no communes map directly; every other
	// district follows from its communes.
	f, err := os.Open(filepath.Join(data, srcLegacy.dir, "convert_legacy_2025_simple.csv"))
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, nil, nil, err
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range []string{"provinceCode", "districtCode", "wardCode", "isDividedWard", "newProvinceCode", "newWard", "newWardCode"} {
		if _, ok := col[h]; !ok {
			return nil, nil, nil, fmt.Errorf("legacy map: no column %q", h)
		}
	}
	pad := func(s string, n int) (string, error) {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%0*d", n, int(v)), nil
	}
	lines := map[string]bool{}
	for _, r := range recs[1:] {
		oldP, err := pad(r[col["provinceCode"]], 2)
		if err != nil {
			return nil, nil, nil, err
		}
		newP := r[col["newProvinceCode"]]
		newW := r[col["newWardCode"]]
		if !known["newcommune"+newW] {
			if t, n, err := splitType(r[col["newWard"]]); err == nil && newByName[newP+"\t"+t+" "+n] != "" {
				newW = newByName[newP+"\t"+t+" "+n]
			}
		}
		if !known["newprovince"+newP] || !known["newcommune"+newW] {
			skipped = append(skipped, strings.Join(r[:col["newWardCode"]+1], ","))
			continue
		}
		lines[fmt.Sprintf("province\t%s\t%s\t", oldP, newP)] = true
		if r[col["wardCode"]] == "" {
			oldD, err := pad(r[col["districtCode"]], 3)
			if err != nil {
				return nil, nil, nil, err
			}
			lines[fmt.Sprintf("district\t%s\t%s\t", oldD, newW)] = true
			continue
		}
		oldW, err := pad(r[col["wardCode"]], 5)
		if err != nil {
			return nil, nil, nil, err
		}
		divided := ""
		if r[col["isDividedWard"]] == "True" {
			divided = "divided"
		}
		lines[fmt.Sprintf("commune\t%s\t%s\t%s", oldW, newW, divided)] = true
	}
	keys := make([]string, 0, len(lines))
	for k := range lines {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := strings.SplitN(keys[i], "\t", 2), strings.SplitN(keys[j], "\t", 2)
		if a[0] != b[0] {
			return levelOrder[a[0]] < levelOrder[b[0]]
		}
		return a[1] < b[1]
	})
	var sb bytes.Buffer
	sb.WriteString("# old_level\told_code\tnew_code\tdivided (the old unit was split between several new ones)\n")
	for _, k := range keys {
		sb.WriteString(k)
		sb.WriteByte('\n')
	}
	sort.Strings(skipped)
	return ub.Bytes(), sb.Bytes(), skipped, nil
}

// surnameLine matches one region of surname.ts: `north: "Nguyễn:31.5|…",`.
var surnameLine = regexp.MustCompile(`(?m)^\s*(\w+): "([^"]*)",?\s*$`)

// surnames merges the regional lists (weight = the highest a name has in
// any region: "Huỳnh" and "Võ" are southern spellings) with the ethnic and
// compound lists, ranked by weight, ties in upstream order.
func surnames(data string) ([]byte, error) {
	dir := filepath.Join(data, srcNameGen.dir)
	ts, err := os.ReadFile(filepath.Join(dir, "surname.ts"))
	if err != nil {
		return nil, err
	}
	type entry struct {
		name     string
		weight   float64
		order    int
		ethnic   map[string]bool
		compound bool
	}
	byName := map[string]*entry{}
	get := func(n string) *entry {
		n = cleanName(n)
		e := byName[n]
		if e == nil {
			e = &entry{name: n, order: len(byName), ethnic: map[string]bool{}}
			byName[n] = e
		}
		return e
	}
	regions := surnameLine.FindAllSubmatch(ts, -1)
	if len(regions) == 0 {
		return nil, fmt.Errorf("surname.ts: no region lists found")
	}
	for _, m := range regions {
		for _, it := range strings.Split(string(m[2]), "|") {
			i := strings.LastIndexByte(it, ':')
			if i < 0 {
				return nil, fmt.Errorf("surname.ts: bad entry %q", it)
			}
			w, err := strconv.ParseFloat(it[i+1:], 64)
			if err != nil {
				return nil, fmt.Errorf("surname.ts: bad weight in %q", it)
			}
			e := get(it[:i])
			if w > e.weight {
				e.weight = w
			}
		}
	}
	var ethnic map[string][]string
	if err := readJSON(filepath.Join(dir, "ethnic-surnames.json"), &ethnic); err != nil {
		return nil, err
	}
	groups := make([]string, 0, len(ethnic))
	for g := range ethnic {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		for _, n := range ethnic[g] {
			get(n).ethnic[g] = true
		}
	}
	var compound []struct{ Value string }
	if err := readJSON(filepath.Join(dir, "compound-surnames.json"), &compound); err != nil {
		return nil, err
	}
	for _, c := range compound {
		get(c.Value).compound = true
	}
	list := make([]*entry, 0, len(byName))
	for _, e := range byName {
		if strings.Contains(e.name, " ") {
			e.compound = true
		}
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].weight != list[j].weight {
			return list[i].weight > list[j].weight
		}
		return list[i].order < list[j].order
	})
	var b bytes.Buffer
	b.WriteString("# name\trank\tweight (percent; 0.05 and below are upstream placeholders)\tethnic groups\tcompound\n")
	for i, e := range list {
		gs := make([]string, 0, len(e.ethnic))
		for g := range e.ethnic {
			gs = append(gs, g)
		}
		sort.Strings(gs)
		comp := ""
		if e.compound {
			comp = "compound"
		}
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\t%s\n", e.name, i+1, strconv.FormatFloat(e.weight, 'f', -1, 64), strings.Join(gs, ","), comp)
	}
	return b.Bytes(), nil
}

// givenNames merges namedb's four lists into one: name and the genders it
// is listed for. Lines of more than two words are whole names ("Nguyễn Hải
// An") or three-word phrases, not given names, and are left out.
func givenNames(data string) ([]byte, error) {
	dir := filepath.Join(data, srcNamedb.dir)
	gender := map[string]map[byte]bool{}
	for _, f := range []struct {
		file  string
		words int
		g     byte
	}{{"boy.txt", 2, 'm'}, {"girl.txt", 2, 'f'}, {"boy_one_word.txt", 1, 'm'}, {"girl_one_word.txt", 1, 'f'}} {
		b, err := os.ReadFile(filepath.Join(dir, f.file))
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			n := cleanName(line)
			if n == "" || len(strings.Fields(n)) != f.words {
				continue
			}
			if gender[n] == nil {
				gender[n] = map[byte]bool{}
			}
			gender[n][f.g] = true
		}
	}
	names := make([]string, 0, len(gender))
	for n := range gender {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString("# name\tgenders listed (m, f)\n")
	for _, n := range names {
		g := ""
		if gender[n]['m'] {
			g += "m"
		}
		if gender[n]['f'] {
			g += "f"
		}
		fmt.Fprintf(&b, "%s\t%s\n", n, g)
	}
	return b.Bytes(), nil
}

// noticeFile names every source with its commit and licence and carries
// each upstream LICENSE text, as the MIT licence asks of copies.
func noticeFile(data, what string, skipped []string, srcs ...source) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "The files in this folder are\n")
	fmt.Fprintf(&b, "generated by internal/gen (`make data`) from third-party %s data.\n", what)
	fmt.Fprintf(&b, "Names were normalized to NFC with the project's tone-mark placement, \"Ð\"\n")
	fmt.Fprintf(&b, "(U+00D0) was read as \"Đ\" (U+0110), and every word of a name was given a capital.\n\n")
	for _, s := range srcs {
		fmt.Fprintf(&b, "Source: %s\n  repository: %s\n  commit: %s\n  files: %s\n  licence: %s\n\n", s.what, s.repo, s.commit, s.paths, s.licence)
	}
	if len(skipped) > 0 {
		fmt.Fprintf(&b, "Rows of the old → new map left out because they name a unit the 2026 list does not hold\n(rows whose new code is unknown but whose new name is found in the same province take that unit):\n")
		for _, s := range skipped {
			fmt.Fprintf(&b, "  %s\n", s)
		}
		b.WriteString("\n")
	}
	seen := map[string]bool{}
	for _, s := range srcs {
		lic, err := os.ReadFile(filepath.Join(data, s.dir, "LICENSE"))
		if err != nil {
			return nil, err
		}
		if seen[string(lic)] {
			continue
		}
		seen[string(lic)] = true
		fmt.Fprintf(&b, "---- LICENSE of %s (%s)\n\n%s\n", s.repo, s.dir, bytes.TrimSpace(lic))
		b.WriteString("\n")
	}
	return b.Bytes(), nil
}
