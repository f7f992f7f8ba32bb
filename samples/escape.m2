escape.go:13:2: p escapes to heap:
escape.go:13:2:   flow: ~r0 = &p:
escape.go:13:2:     from &p (address-of) at escape.go:14:9
escape.go:13:2:     from return &p (return) at escape.go:14:2
escape.go:13:2: moved to heap: p
escape.go:19:7: &Point{...} does not escape
escape.go:24:12: parameter ps leaks to ~r0 with derefs=1:
escape.go:24:12:   flow: ~r0 = *ps:
escape.go:24:12:     from ps[0] (dot of pointer) at escape.go:25:11
escape.go:24:12:     from return ps[0] (return) at escape.go:25:2
escape.go:24:12: leaking param: ps to result ~r0 level=1
escape.go:31:15: parameter p leaks to {heap} with derefs=0:
escape.go:31:15:   flow: {heap} = p:
escape.go:31:15:     from last = p (assign) at escape.go:32:7
escape.go:31:15: leaking param: p
escape.go:37:2: Counter capturing by ref: n (addr=false assign=true width=8)
escape.go:38:9: func literal escapes to heap:
escape.go:38:9:   flow: ~r0 = &{storage for func literal}:
escape.go:38:9:     from func literal (spill) at escape.go:38:9
escape.go:38:9:     from return func literal (return) at escape.go:38:2
escape.go:37:2: n escapes to heap:
escape.go:37:2:   flow: {storage for func literal} = &n:
escape.go:37:2:     from n (captured by a closure) at escape.go:39:3
escape.go:37:2:     from n (reference) at escape.go:39:3
escape.go:37:2: moved to heap: n
escape.go:38:9: func literal escapes to heap
escape.go:47:20: p.Y escapes to heap:
escape.go:47:20:   flow: {storage for ... argument} = &{storage for p.Y}:
escape.go:47:20:     from p.Y (spill) at escape.go:47:20
escape.go:47:20:     from ... argument (slice-literal-element) at escape.go:47:13
escape.go:47:20:   flow: {heap} = {storage for ... argument}:
escape.go:47:20:     from ... argument (spill) at escape.go:47:13
escape.go:47:20:     from fmt.Println(... argument...) (call parameter) at escape.go:47:13
escape.go:47:15: p.X escapes to heap:
escape.go:47:15:   flow: {storage for ... argument} = &{storage for p.X}:
escape.go:47:15:     from p.X (spill) at escape.go:47:15
escape.go:47:15:     from ... argument (slice-literal-element) at escape.go:47:13
escape.go:47:15:   flow: {heap} = {storage for ... argument}:
escape.go:47:15:     from ... argument (spill) at escape.go:47:13
escape.go:47:15:     from fmt.Println(... argument...) (call parameter) at escape.go:47:13
escape.go:47:13: ... argument does not escape
escape.go:47:15: p.X escapes to heap
escape.go:47:20: p.Y escapes to heap
escape.go:53:15: make([]byte, n) escapes to heap:
escape.go:53:15:   flow: {heap} = &{storage for make([]byte, n)}:
escape.go:53:15:     from make([]byte, n) (non-constant size) at escape.go:53:15
escape.go:52:15: make([]byte, 64) does not escape
escape.go:53:15: make([]byte, n) escapes to heap
escape.go:62:14: new(Point) escapes to heap:
escape.go:62:14:   flow: {heap} = &{storage for new(Point)}:
escape.go:62:14:     from new(Point) (spill) at escape.go:62:14
escape.go:62:14:     from Remember(new(Point)) (call parameter) at escape.go:62:10
escape.go:67:21: Buffers(10) escapes to heap:
escape.go:67:21:   flow: {storage for ... argument} = &{storage for Buffers(10)}:
escape.go:67:21:     from Buffers(10) (spill) at escape.go:67:21
escape.go:67:21:     from ... argument (slice-literal-element) at escape.go:67:13
escape.go:67:21:   flow: {heap} = {storage for ... argument}:
escape.go:67:21:     from ... argument (spill) at escape.go:67:13
escape.go:67:21:     from fmt.Println(... argument...) (call parameter) at escape.go:67:13
escape.go:65:18: next() escapes to heap:
escape.go:65:18:   flow: {storage for ... argument} = &{storage for next()}:
escape.go:65:18:     from next() (spill) at escape.go:65:18
escape.go:65:18:     from ... argument (slice-literal-element) at escape.go:65:13
escape.go:65:18:   flow: {heap} = {storage for ... argument}:
escape.go:65:18:     from ... argument (spill) at escape.go:65:13
escape.go:65:18:     from fmt.Println(... argument...) (call parameter) at escape.go:65:13
escape.go:61:14: *First([]*Point{...}) escapes to heap:
escape.go:61:14:   flow: {storage for ... argument} = &{storage for *First([]*Point{...})}:
escape.go:61:14:     from *First([]*Point{...}) (spill) at escape.go:61:14
escape.go:61:14:     from ... argument (slice-literal-element) at escape.go:61:13
escape.go:61:14:   flow: {heap} = {storage for ... argument}:
escape.go:61:14:     from ... argument (spill) at escape.go:61:13
escape.go:61:14:     from fmt.Println(... argument...) (call parameter) at escape.go:61:13
escape.go:59:23: Dist2(3, 4) escapes to heap:
escape.go:59:23:   flow: {storage for ... argument} = &{storage for Dist2(3, 4)}:
escape.go:59:23:     from Dist2(3, 4) (spill) at escape.go:59:23
escape.go:59:23:     from ... argument (slice-literal-element) at escape.go:59:13
escape.go:59:23:   flow: {heap} = {storage for ... argument}:
escape.go:59:23:     from ... argument (spill) at escape.go:59:13
escape.go:59:23:     from fmt.Println(... argument...) (call parameter) at escape.go:59:13
escape.go:59:14: *a escapes to heap:
escape.go:59:14:   flow: {storage for ... argument} = &{storage for *a}:
escape.go:59:14:     from *a (spill) at escape.go:59:14
escape.go:59:14:     from ... argument (slice-literal-element) at escape.go:59:13
escape.go:59:14:   flow: {heap} = {storage for ... argument}:
escape.go:59:14:     from ... argument (spill) at escape.go:59:13
escape.go:59:14:     from fmt.Println(... argument...) (call parameter) at escape.go:59:13
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
