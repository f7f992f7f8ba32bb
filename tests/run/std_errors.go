// run

// errors: New (distinct values, same text), Unwrap, Is and As along chains
// made by fmt.Errorf's %w and by types with their own Unwrap, Is and As
// methods, nil errors and targets, and As's panics.
package main

import (
	"errors"
	"fmt"
	"io"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return "ptr " + e.msg }

// wrapper has its own Unwrap.
type wrapper struct {
	name  string
	inner error
}

func (w wrapper) Error() string { return w.name + ": " + w.inner.Error() }
func (w wrapper) Unwrap() error { return w.inner }

// anyCode matches every codeErr through its Is method.
type anyCode struct{}

func (anyCode) Error() string { return "any code" }
func (anyCode) Is(target error) bool {
	_, ok := target.(codeErr)
	return ok
}

// converter answers As for *codeErr targets.
type converter struct{ text string }

func (c converter) Error() string { return "converter " + c.text }
func (c converter) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		p.code = len(c.text)
		return true
	}
	return false
}

// badUnwrap has an Unwrap of the wrong shape: not followed.
type badUnwrap struct{}

func (badUnwrap) Error() string  { return "bad unwrap" }
func (badUnwrap) Unwrap() string { return "no" }

// sliceErr is an error of an uncomparable type.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint(len(s), " items") }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	fmt.Println("== New")
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a, b, a == b, a == a, a.Error() == b.Error())
	fmt.Printf("%q %v %T\n", errors.New(""), errors.New("x") != nil, errors.New("x"))

	fmt.Println("== Unwrap")
	base := errors.New("base")
	w1 := fmt.Errorf("one: %w", base)
	w2 := fmt.Errorf("two: %w", w1)
	fmt.Println(w2)
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == base, errors.Unwrap(base))
	fmt.Println(errors.Unwrap(nil), errors.Unwrap(fmt.Errorf("no wrap %v", base)))
	fmt.Println(errors.Unwrap(wrapper{"w", io.EOF}) == io.EOF, errors.Unwrap(badUnwrap{}))

	fmt.Println("== Is")
	fmt.Println(errors.Is(w2, base), errors.Is(w2, w1), errors.Is(w1, w2), errors.Is(base, base))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, base), errors.Is(base, nil), errors.Is(w2, nil))
	fmt.Println(errors.Is(w2, errors.New("base")))
	fmt.Println(errors.Is(wrapper{"a", wrapper{"b", codeErr{7}}}, codeErr{7}), errors.Is(wrapper{"a", codeErr{7}}, codeErr{8}))
	fmt.Println(errors.Is(anyCode{}, codeErr{1}), errors.Is(fmt.Errorf("x: %w", anyCode{}), codeErr{2}), errors.Is(anyCode{}, io.EOF))
	fmt.Println(errors.Is(codeErr{1}, anyCode{}))
	fmt.Println(errors.Is(badUnwrap{}, io.EOF), errors.Is(wrapper{"eof", io.EOF}, io.EOF))
	p := &ptrErr{"p"}
	fmt.Println(errors.Is(wrapper{"w", p}, p), errors.Is(wrapper{"w", p}, &ptrErr{"p"}))
	try("Is uncomparable", func() {
		fmt.Println(errors.Is(sliceErr{"a"}, io.EOF), errors.Is(io.EOF, sliceErr{"a"}))
		fmt.Println(errors.Is(sliceErr{"a"}, sliceErr{"a"}), errors.Is(fmt.Errorf("w: %w", sliceErr{}), sliceErr{}))
		fmt.Println(errors.Is(wrapper{"w", anyCode{}}, codeErr{3}), errors.Is(wrapper{"w", sliceErr{}}, codeErr{3}))
	})

	fmt.Println("== As")
	var ce codeErr
	fmt.Println(errors.As(w2, &ce), ce)
	fmt.Println(errors.As(wrapper{"w", codeErr{42}}, &ce), ce)
	var pe *ptrErr
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", p), &pe), pe == p, pe)
	fmt.Println(errors.As(codeErr{1}, &pe), pe == p)
	fmt.Println(errors.As(wrapper{"w", converter{"converted"}}, &ce), ce)
	var wr wrapper
	fmt.Println(errors.As(wrapper{"outer", wrapper{"inner", io.EOF}}, &wr), wr.name)
	var anyErr error
	fmt.Println(errors.As(w1, &anyErr), anyErr == w1)
	var st fmt.Stringer
	fmt.Println(errors.As(w1, &st), st)
	var iface interface{ Unwrap() error }
	fmt.Println(errors.As(w2, &iface), iface.(error) == w2)
	var e interface{}
	fmt.Println(errors.As(base, &e), e == base)
	fmt.Println(errors.As(nil, &ce))

	try("As nil target", func() { errors.As(base, nil) })
	try("As nil target, nil err", func() { errors.As(nil, nil) })
	try("As non-pointer", func() { errors.As(base, ce) })
	try("As nil pointer", func() { errors.As(base, (*codeErr)(nil)) })
	try("As non-pointer, nil err", func() { fmt.Println(errors.As(nil, ce)) })
	try("As nil pointer, nil err", func() { fmt.Println(errors.As(nil, (*error)(nil))) })
}
