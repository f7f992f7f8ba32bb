package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Any item stored in the Pool may be removed automatically at
// any time without notification: as in Go, each garbage collection moves
// the pool's items to a victim cache, and the next one drops them, so an
// item survives one collection and not two.
type Pool struct {
	local  *poolLocal // the primary cache (Go has one per P; gosub has one P)
	victim *poolLocal // the primary cache of before the last collection

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

type poolLocal struct {
	private any   // used first, as Go's per-P private slot
	shared  []any // then a stack: Put pushes, Get pops
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	l := p.pin()
	if l.private == nil {
		l.private = x
		return
	}
	l.shared = append(l.shared, x)
}

// Get selects an item from the Pool, removes it from the Pool, and
// returns it to the caller. If the pool is empty and p.New is non-nil, Get
// returns the result of calling p.New.
func (p *Pool) Get() any {
	l := p.pin()
	x := l.private
	l.private = nil
	if x == nil {
		if n := len(l.shared); n > 0 {
			x = l.shared[n-1]
			l.shared[n-1] = nil
			l.shared = l.shared[:n-1]
		}
		if x == nil {
			x = p.getSlow()
		}
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// getSlow takes from the victim cache: its private item, then the oldest
// of its shared ones, as Go's popTail does.
func (p *Pool) getSlow() any {
	v := p.victim
	if v == nil {
		return nil
	}
	if x := v.private; x != nil {
		v.private = nil
		return x
	}
	if len(v.shared) > 0 {
		x := v.shared[0]
		v.shared[0] = nil
		v.shared = v.shared[1:]
		return x
	}
	return nil
}

// pin returns the pool's primary cache, making it (and registering the
// pool for cleanup) on first use.
func (p *Pool) pin() *poolLocal {
	if p.local == nil {
		p.local = new(poolLocal)
		allPools = append(allPools, p)
	}
	return p.local
}

var (
	allPools []*Pool // pools with a primary cache
	oldPools []*Pool // pools with a victim cache
)

// poolCleanup runs at the start of every collection, with the world
// stopped (runtime/gc.c): it must not allocate.
func poolCleanup() {
	for _, p := range oldPools {
		p.victim = nil
	}
	for _, p := range allPools {
		p.victim = p.local
		p.local = nil
	}
	oldPools, allPools = allPools, nil
}

func init() {
	runtime_registerPoolCleanup(poolCleanup)
}

// runtime_registerPoolCleanup gives the collector the function to call at
// the start of each cycle (stdlink.c).
//
//go:noescape
func runtime_registerPoolCleanup(cleanup func())
