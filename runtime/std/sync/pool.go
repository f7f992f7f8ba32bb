// sync.Pool: a cache of reusable objects that the garbage collector may
// empty. gosub has one thread, so a pool needs none of Go's per-P shards
// and locks, but it keeps Go's observable order: Get returns the private
// slot first, then the most recently Put; each collection demotes the
// pool's contents to a victim cache, which Get falls back on (private
// slot, then the oldest entry first), and the next collection drops. So an
// object survives one collection and not two. The collector calls
// sweepPools (registered at init) at the start of every cycle.

package sync

// Pool is a set of temporary objects; New, if set, makes one when the pool
// is empty.
type Pool struct {
	fresh *poolCache // filled by Put since the last collection
	stale *poolCache // what fresh was at the last collection

	New func() any
}

// poolCache is one generation of a pool's objects.
type poolCache struct {
	private any   // filled first, emptied first
	stack   []any // then a stack
}

// Put adds x to the pool (nothing if x is nil).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	c := p.current()
	if c.private == nil {
		c.private = x
	} else {
		c.stack = append(c.stack, x)
	}
}

// Get removes an object from the pool and returns it; if the pool is
// empty it returns what New makes, or nil without New.
func (p *Pool) Get() any {
	c := p.current()
	x := c.private
	c.private = nil
	if x == nil {
		x = popNewest(c)
	}
	if x == nil && p.stale != nil {
		x = p.stale.private
		p.stale.private = nil
		if x == nil {
			x = popOldest(p.stale)
		}
	}
	if x == nil && p.New != nil {
		return p.New()
	}
	return x
}

// popNewest takes the top of c's stack, or nil.
func popNewest(c *poolCache) any {
	n := len(c.stack)
	if n == 0 {
		return nil
	}
	x := c.stack[n-1]
	c.stack[n-1] = nil
	c.stack = c.stack[:n-1]
	return x
}

// popOldest takes the bottom of c's stack, or nil.
func popOldest(c *poolCache) any {
	if len(c.stack) == 0 {
		return nil
	}
	x := c.stack[0]
	c.stack[0] = nil
	c.stack = c.stack[1:]
	return x
}

// current returns p's fresh generation, making it, and listing p for the
// next sweep, when p has none.
func (p *Pool) current() *poolCache {
	if p.fresh == nil {
		p.fresh = new(poolCache)
		filled = append(filled, p)
	}
	return p.fresh
}

var (
	filled  []*Pool // pools with a fresh generation
	demoted []*Pool // pools with a stale one
)

// sweepPools is the collector's hook, run with the world stopped: it must
// not allocate. Stale generations are dropped, fresh ones become stale.
func sweepPools() {
	for _, p := range demoted {
		p.stale = nil
	}
	for _, p := range filled {
		p.fresh, p.stale = nil, p.fresh
	}
	demoted, filled = filled, nil
}

func init() {
	runtime_registerPoolCleanup(sweepPools)
}

// runtime_registerPoolCleanup hands the collector the function to call at
// the start of each cycle (stdlink.c).
//
//go:noescape
func runtime_registerPoolCleanup(cleanup func())
