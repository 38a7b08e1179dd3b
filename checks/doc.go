// Package checks counts, on extraction rows of text nobody annotated, the
// outputs that are wrong whatever the gold would say: a title whose body
// ends on a function word or is a bare head word ("Giám đốc Sở"), a person
// whose name is an administrative unit the article also names as a place,
// a year of the sexagenary cycle ("Đinh Dậu") taken for a person, and one
// person written with two different full names in one article.
//
// The counts only ever should go down; `make eval` prints them for a fixed
// sample of the unlabeled corpus so a change can be seen to lower them. It
// reads rows and the language layer's vocabulary; it never extracts.
package checks
