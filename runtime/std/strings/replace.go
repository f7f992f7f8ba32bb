package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
//
// Go picks one of several algorithms by the shape of the pairs; they all
// replace as this one does: scanning s from the left, at each position the
// first pair (in argument order) whose old string matches there is
// replaced, and the scan continues after it; an empty old string matches
// at every position except right after an empty match.
type Replacer struct {
	oldnew []string
	first  [256]bool // some old string begins with this byte
	empty  int       // index in oldnew of the first empty old string, or -1
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches, and comparisons are done in argument order.
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		if oldnew[i] == "" {
			if r.empty < 0 {
				r.empty = i
			}
		} else {
			r.first[oldnew[i][0]] = true
		}
	}
	return r
}

// match finds the pair that replaces at the start of s: its index in
// oldnew, or -1. An empty old string is not considered when noEmpty.
func (r *Replacer) match(s string, noEmpty bool) int {
	if len(s) > 0 && r.first[s[0]] {
		for i := 0; i < len(r.oldnew); i += 2 {
			old := r.oldnew[i]
			if r.empty >= 0 && i > r.empty && !noEmpty {
				break // the empty string, earlier, wins
			}
			if old != "" && HasPrefix(s, old) {
				return i
			}
		}
	}
	if r.empty >= 0 && !noEmpty {
		return r.empty
	}
	return -1
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.replace(&b, nil, s)
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return r.replace(nil, w, s)
}

// replace writes the result to b, or when b is nil to w.
func (r *Replacer) replace(b *Builder, w io.Writer, s string) (n int, err error) {
	put := func(t string) bool {
		if t == "" {
			return true
		}
		if b != nil {
			b.WriteString(t)
			n += len(t)
			return true
		}
		var m int
		if sw, ok := w.(io.StringWriter); ok {
			m, err = sw.WriteString(t)
		} else {
			m, err = w.Write([]byte(t))
		}
		n += m
		return err == nil
	}
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		if r.empty < 0 && (i == len(s) || !r.first[s[i]]) {
			i++
			continue
		}
		k := r.match(s[i:], prevEmpty)
		if k < 0 {
			prevEmpty = false
			i++
			continue
		}
		old := r.oldnew[k]
		prevEmpty = old == ""
		if !put(s[last:i]) || !put(r.oldnew[k+1]) {
			return n, err
		}
		i += len(old)
		last = i
	}
	if last < len(s) {
		put(s[last:])
	}
	return n, err
}
