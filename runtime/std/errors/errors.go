// Package errors: error values made from a text (New), and the walk down a
// chain of wrapped errors (Unwrap, Is, As) that fmt.Errorf's %w and every
// type with an Unwrap method take part in. Go 1.19's API: no Join yet.
package errors

// errorString is what New makes. Its name and field show through %T and
// %#v ("*errors.errorString"), so they are Go's.
type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

// New returns a new pointer each time: two errors of the same text are
// still different values for == and Is.
func New(text string) error {
	msg := &errorString{s: text}
	return msg
}

// wrapper and the two matchers are the optional methods an error may have.
type (
	wrapper   interface{ Unwrap() error }
	isMatcher interface{ Is(error) bool }
	asMatcher interface{ As(any) bool }
)

// Unwrap is one step down the chain: nil when err has no Unwrap() error.
func Unwrap(err error) error {
	w, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is walks err's chain looking for target, by == (when target's type allows
// it) or by an Is method on the way.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	byEqual := canEqual(target)
	for e := err; e != nil; e = Unwrap(e) {
		if byEqual && e == target {
			return true
		}
		if m, ok := e.(isMatcher); ok && m.Is(target) {
			return true
		}
	}
	return false
}

// canEqual reports whether e's dynamic type can be compared with ==. Go
// asks reflect; gosub has none, so it tries the comparison and takes a
// panic for "no". errors.New's values, the usual targets, skip the trial.
func canEqual(e error) (ok bool) {
	if _, made := e.(*errorString); made {
		return true
	}
	defer func() { recover() }()
	_ = e == e // made for its panic alone
	return true
}

// As walks err's chain for the first error that can be stored in *target,
// or whose As method says it did so.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	// Checked before the walk, so that a bad target panics even for a nil
	// err (assignTo validates it and, with no error, stores nothing).
	assignTo(nil, target)
	for e := err; e != nil; e = Unwrap(e) {
		if assignTo(e, target) {
			return true
		}
		if m, ok := e.(asMatcher); ok && m.As(target) {
			return true
		}
	}
	return false
}

// assignTo stores err in *target when err's dynamic type is assignable to
// target's element type (the C runtime reads the types' descriptors), and
// panics as Go does when target is not a non-nil pointer.
//gosub:escape err=heap target=none
func assignTo(err error, target any) bool
