escape.go:13:2: moved to heap: p
escape.go:19:7: &Point{...} does not escape
escape.go:24:12: leaking param: ps to result ~r0 level=1
escape.go:31:15: leaking param: p
escape.go:37:2: moved to heap: n
escape.go:38:9: func literal escapes to heap
escape.go:47:13: ... argument does not escape
escape.go:47:15: p.X escapes to heap
escape.go:47:20: p.Y escapes to heap
escape.go:52:15: make([]byte, 64) does not escape
escape.go:53:15: make([]byte, n) escapes to heap
escape.go:59:13: ... argument does not escape
escape.go:59:14: *a escapes to heap
escape.go:59:23: Dist2(3, 4) escapes to heap
escape.go:60:7: &Point{...} does not escape
escape.go:61:13: ... argument does not escape
escape.go:61:14: *First([]*Point{...}) escapes to heap
escape.go:61:29: []*Point{...} does not escape
escape.go:62:14: new(Point) escapes to heap
escape.go:65:13: ... argument does not escape
escape.go:65:18: next() escapes to heap
escape.go:67:13: ... argument does not escape
escape.go:67:21: Buffers(10) escapes to heap
