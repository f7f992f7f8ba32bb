// Map: a map any goroutine may use without extra locking. Goroutines never
// switch inside these methods (none of them blocks), so an ordinary Go map
// is all the protection needed.

package sync

// Map is a map[any]any that goroutines may share without a lock of their
// own. Its zero value is empty and usable; it must not be copied once
// used. Keys must be comparable, as for a Go map.
type Map struct {
	entries map[any]any
}

// Load returns the value stored under key and true, or nil and false if
// there is none.
func (m *Map) Load(key any) (any, bool) {
	v, found := m.entries[key]
	return v, found
}

// Store sets key's value, replacing any previous one.
func (m *Map) Store(key, value any) {
	if m.entries == nil {
		m.entries = map[any]any{}
	}
	m.entries[key] = value
}

// LoadOrStore returns key's value and true if it has one; otherwise it
// stores value under key and returns value and false.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	old, present := m.entries[key]
	if present {
		return old, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete removes key and returns the value it had and true, or nil
// and false if it was absent.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.entries[key]
	if loaded {
		delete(m.entries, key)
	}
	return value, loaded
}

// Delete removes key, if present.
func (m *Map) Delete(key any) {
	delete(m.entries, key)
}

// Range calls f with each key and its value until f returns false. Each key
// is visited at most once; keys deleted before being reached are skipped,
// and whether a key added meanwhile is visited is unspecified. Unlike a Go
// map, f may modify m freely.
func (m *Map) Range(f func(key, value any) bool) {
	// Take the keys first, so f may change the map as it likes.
	keys := make([]any, 0, len(m.entries))
	for k := range m.entries {
		keys = append(keys, k)
	}
	for _, k := range keys {
		if v, still := m.entries[k]; still && !f(k, v) {
			return
		}
	}
}
