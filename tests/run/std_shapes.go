// run

// What the types of sort, unicode, strconv and sync/atomic look like when
// printed: %T, %v, %+v and %#v of values whose unexported types or fields
// show (sort.Reverse's result, unicode.CaseRange's Delta, strconv's error
// values, atomic.Value's field), and sort.Reverse's promoted methods.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync/atomic"
	"unicode"
)

func main() {
	r := sort.Reverse(sort.IntSlice{3, 1, 2})
	fmt.Printf("%T %v %+v\n", r, r, r)
	fmt.Println(r.Len(), r.Less(0, 1), r.Less(1, 0))
	r.Swap(0, 2)
	fmt.Printf("%v\n", r)
	sort.Sort(r)
	fmt.Printf("%v %v\n", r, sort.IsSorted(r))
	fmt.Printf("%#v\n", unicode.TurkishCase[1])
	fmt.Printf("%T %+v\n", unicode.TurkishCase[0].Delta, unicode.AzeriCase[3])
	fmt.Printf("%T %T %v %q\n", strconv.ErrRange, strconv.ErrSyntax, strconv.ErrRange, strconv.ErrSyntax.Error())
	_, err := strconv.Atoi("x")
	fmt.Printf("%T %+v\n", err, err)
	var v atomic.Value
	fmt.Printf("%v %+v\n", v, v)
	v.Store([]int{1})
	fmt.Printf("%v %+v\n", v, v)
	fmt.Printf("%T %v\n", sort.IntSlice{}, sort.StringSlice{"b", "a"})
	fmt.Printf("%+v\n", unicode.Range16{1, 2, 3})
	fmt.Printf("%+v\n", unicode.Range32{1, 2, 3})
}
