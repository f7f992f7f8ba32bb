/*
 * map.c — Go's maps: make, m[k], m[k] = v, delete, len, range, and the
 * sorted view that fmt prints.
 *
 * A map value is a GoMap * (nil map = NULL); every call also gets the map's
 * type descriptor (kind GOKIND_MAP, .key, .elem). Hashing and equality of
 * keys come from hash.c (gosub_hash, gosub_equal), with inlined fast paths
 * here for string keys and plain-memory keys (integers, pointers, structs of
 * those without padding). It hands on the gosub_map* entry points declared
 * in gosub_rt.h, and gosub_map_sorted_entries for fmt.
 *
 * The design: a dense entry array plus a hash index (CPython's compact dict,
 * with Go's iteration rules).
 *
 *   entries  an array of `cap` entries {uint64 hash; K key; V elem}, filled
 *            from the front: entries[0, used) have been handed out, in
 *            insertion order. hash == 0 marks a free or deleted entry (a
 *            key's hash is never 0: see key_hash), and a deleted entry is
 *            zeroed whole, so the collector keeps nothing alive through it
 *            and a reused entry starts as the zero value.
 *   index    2*cap slots of open addressing with linear probing, each 0
 *            (empty) or tag << 32 | (entry number + 1), the tag being the
 *            hash's low 31 bits with bit 31 set (hash_tag). The tag lets a
 *            probe skip most non-matching entries without touching them, and
 *            gives each slot's home position, so deletion shifts later slots
 *            back (no tombstones in the index). At most cap live entries in
 *            2*cap slots: load factor <= 1/2.
 *
 * Storage: both arrays are one object, as Go's buckets are (so a map
 * allocates where Go's does: its header, then its storage with the first key
 * or at make for a hint above 8, then once per growth): the entries, then
 * the index, the whole typed as an array of entries for the collector. The
 * index's non-zero words have their top bit set, so the collector, reading
 * them as entries, never takes them for pointers into the heap.
 *
 * When an insertion finds entries[] full, the map is rebuilt into fresh
 * arrays sized for twice its live entries (so it grows, or just drops its
 * deleted entries, or shrinks), copying entries in order without rehashing.
 * Old arrays are never changed after a rebuild: that is what makes iteration
 * safe.
 *
 * Iteration (for k, v := range m). The iterator walks the entry array that
 * was current when it started, in a randomised order: the array is split
 * into blocks of 8 entries, the blocks are visited from a random first block
 * with a random odd stride (a permutation, since the block count is a power
 * of two), and each block from a random offset, wrapping. So the order is
 * unspecified and differs per range statement, as Go's; each position is
 * visited once, so no entry is produced twice. While the map still uses that
 * array, a visited entry is produced if it is live (an entry deleted before
 * being reached is gone; one added behind the iterator's position is
 * produced, one added at a visited position is not: Go allows both). After a
 * rebuild the iterator keeps walking its old array, which its pointer keeps
 * alive, and re-checks each entry against the live map by key (with the
 * stored hash): missing means deleted, found gives the live key and value
 * (so updates made during the loop are seen). A key that is not equal to
 * itself (a NaN) cannot be looked up; like Go, the iterator then produces
 * its old copy (such entries can be neither deleted nor updated anyway).
 * Entries added after the rebuild are not produced.
 *
 * Memory: the GoMap header is allocated with the descriptor map_header_type
 * (words 0 and 1, entries and index, are pointers); the storage with
 * gosub_new_array and a descriptor synthesised per map type (see MapShape):
 * a struct "map.entry[K]V" of size `stride` whose pointer bitmap is the key's
 * and the element's bitmaps placed at their offsets. Shapes are made once per
 * map type, in C memory, and live as long as the process. A map that escape
 * analysis keeps in its function's frame has its header there, and its first
 * storage too when the hint is at most 8 (gosub_makemap_frame), as Go puts
 * the hmap and a first bucket on the stack: it reaches the heap only when it
 * grows.
 */
#include <stdlib.h>

#include "internal.h"

/* How a map's keys are hashed and compared: a fast path per common case. */
enum {
    KEY_MEM8,      /* 8 bytes of plain memory: int, uint64, pointers, ... */
    KEY_MEM4,      /* 4 bytes of plain memory */
    KEY_MEM,       /* other plain memory (no floats, strings, interfaces, padding) */
    KEY_STRING,
    KEY_GENERIC,   /* anything else: gosub_hash / gosub_equal */
};

enum { BLOCK = 8, MIN_CAP = 8 };

/* What a map type's operations need, derived once from its descriptor. */
typedef struct MapShape {
    const GoType *maptype, *key, *elem;
    uint32_t key_off, elem_off, stride;   /* the layout of one entry */
    uint8_t cls;                          /* KEY_* */
    bool key_update;       /* m[k] = v on an existing key stores k again (Go's
                              needkeyupdate: +0 replaces -0, strings refresh) */
    bool hash_might_panic; /* the key type holds an interface */
    GoType entry_type;     /* the entries' descriptor, for the collector */
} MapShape;

struct GoMap {
    uint8_t *entries;      /* cap entries of shape->stride bytes */
    uint64_t *index;       /* 2 * cap slots */
    go_int count;          /* live entries: len(m) */
    uint32_t used;         /* entries[0, used) have been handed out */
    uint32_t cap;          /* 0 until the first insertion (or a hint) */
    uint64_t seed;         /* per map, so two maps order their keys differently */
    const MapShape *shape;
};

/* The map service's state. */
static struct {
    /* Shapes by map type: open addressing on the descriptor's address. */
    const MapShape **shapes;
    size_t nshapes, shapes_cap;
    /* What m[k] reads for an absent k: shared, read-only zeroes. */
    const void *zero;
    size_t zero_size;
} maps;

static _Alignas(16) const uint8_t zero_area[1024];

static const GoType map_header_type = {
    .kind = GOKIND_STRUCT, .flags = GOTYPE_NAMED, .size = sizeof(GoMap),
    .align = _Alignof(GoMap), .ptrdata = 2 * sizeof(void *),
    .gcbits = (const uint8_t[]){0x03}, .string = "runtime.hmap"};

/* ---------------------------------------------------------------- shapes */

/* Plain memory: equal exactly when the bytes are (Go's "regular memory"). */
static bool is_plain_memory(const GoType *t) {
    switch (t->kind) {
    case GOKIND_BOOL:
    case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32: case GOKIND_INT64:
    case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR:
    case GOKIND_CHAN: case GOKIND_POINTER: case GOKIND_UNSAFE_POINTER:
        return true;
    case GOKIND_ARRAY:
        return is_plain_memory(t->elem);
    case GOKIND_STRUCT: {
        go_uintptr end = 0;
        for (go_int i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            bool blank = f->name && strcmp(f->name, "_") == 0;
            if (blank || f->offset != end || !is_plain_memory(f->type)) return false;
            end = f->offset + f->type->size;
        }
        return end == t->size;
    }
    default:
        return false;
    }
}

static bool has_interface(const GoType *t) {
    switch (t->kind) {
    case GOKIND_INTERFACE:
        return true;
    case GOKIND_ARRAY:
        return t->len > 0 && has_interface(t->elem);
    case GOKIND_STRUCT:
        for (go_int i = 0; i < t->nfields; i++)
            if (has_interface(t->fields[i].type)) return true;
        return false;
    default:
        return false;
    }
}

static go_uintptr align_up(go_uintptr n, go_uintptr a) {
    return a > 1 ? (n + a - 1) / a * a : n;
}

/* Sets the bits of t's pointer bitmap into bits, shifted by word_off words. */
static void copy_gcbits(uint8_t *bits, const GoType *t, go_uintptr word_off) {
    go_uintptr words = t->ptrdata / sizeof(void *);
    for (go_uintptr w = 0; w < words; w++)
        if (t->gcbits[w / 8] >> (w % 8) & 1)
            bits[(word_off + w) / 8] |= (uint8_t)(1u << ((word_off + w) % 8));
}

static const MapShape *make_shape(const GoType *mt) {
    const GoType *k = mt->key, *v = mt->elem;
    go_uintptr key_off = align_up(sizeof(uint64_t), k->align);
    go_uintptr elem_off = align_up(key_off + k->size, v->align);
    go_uintptr align = k->align > v->align ? k->align : v->align;
    if (align < sizeof(uint64_t)) align = sizeof(uint64_t);
    go_uintptr stride = align_up(elem_off + v->size, align);
    if (stride > UINT32_MAX / 2) rt_fatal("runtime: map element too large");

    go_uintptr ptrdata = v->ptrdata ? elem_off + v->ptrdata : k->ptrdata ? key_off + k->ptrdata : 0;
    size_t nbits = (ptrdata / sizeof(void *) + 7) / 8;
    const char *ms = mt->string ? mt->string : "map[?]?";
    size_t name_len = strlen("map.entry") + strlen(ms) - 3 + 1;   /* "map[K]V" -> "map.entry[K]V" */
    MapShape *s = calloc(1, sizeof *s + nbits + name_len + 3 * sizeof(GoField));
    if (!s) rt_fatal("runtime: out of memory");
    GoField *fields = (GoField *)(s + 1);
    uint8_t *bits = (uint8_t *)(fields + 3);
    char *name = (char *)(bits + nbits);
    if (k->ptrdata) copy_gcbits(bits, k, key_off / sizeof(void *));
    if (v->ptrdata) copy_gcbits(bits, v, elem_off / sizeof(void *));
    strcpy(name, "map.entry");
    strcat(name, strlen(ms) >= 3 ? ms + 3 : "");

    fields[0] = (GoField){"hash", &gosub_type_uint64, 0, false, false};
    fields[1] = (GoField){"key", k, key_off, false, false};
    fields[2] = (GoField){"elem", v, elem_off, false, false};
    s->entry_type = (GoType){.kind = GOKIND_STRUCT, .size = stride, .align = align,
                             .ptrdata = ptrdata, .gcbits = nbits ? bits : NULL,
                             .string = name, .fields = fields, .nfields = 3};
    s->maptype = mt;
    s->key = k;
    s->elem = v;
    s->key_off = (uint32_t)key_off;
    s->elem_off = (uint32_t)elem_off;
    s->stride = (uint32_t)stride;
    if (k->kind == GOKIND_STRING) s->cls = KEY_STRING;
    else if (!is_plain_memory(k)) s->cls = KEY_GENERIC;
    else if (k->size == 8) s->cls = KEY_MEM8;
    else if (k->size == 4) s->cls = KEY_MEM4;
    else s->cls = KEY_MEM;
    s->key_update = s->cls == KEY_STRING || s->cls == KEY_GENERIC;
    s->hash_might_panic = has_interface(k);
    return s;
}

static size_t shape_slot(const GoType *mt, size_t cap) {
    return (size_t)(((uintptr_t)mt >> 4) * 0x9E3779B97F4A7C15u >> 20) & (cap - 1);
}

/* The shape of map type mt, made on first use. */
static const MapShape *shape_of(const GoType *mt) {
    if (maps.shapes_cap) {
        for (size_t i = shape_slot(mt, maps.shapes_cap);; i = (i + 1) & (maps.shapes_cap - 1)) {
            const MapShape *s = maps.shapes[i];
            if (!s) break;
            if (s->maptype == mt) return s;
        }
    }
    if (2 * (maps.nshapes + 1) > maps.shapes_cap) {
        size_t cap = maps.shapes_cap ? 2 * maps.shapes_cap : 64;
        const MapShape **t = calloc(cap, sizeof *t);
        if (!t) rt_fatal("runtime: out of memory");
        for (size_t i = 0; i < maps.shapes_cap; i++) {
            const MapShape *s = maps.shapes[i];
            if (!s) continue;
            size_t j = shape_slot(s->maptype, cap);
            while (t[j]) j = (j + 1) & (cap - 1);
            t[j] = s;
        }
        free(maps.shapes);
        maps.shapes = t;
        maps.shapes_cap = cap;
    }
    const MapShape *s = make_shape(mt);
    size_t j = shape_slot(mt, maps.shapes_cap);
    while (maps.shapes[j]) j = (j + 1) & (maps.shapes_cap - 1);
    maps.shapes[j] = s;
    maps.nshapes++;
    return s;
}

/* Shared zeroes at least size bytes long (never written). */
static const void *zero_value(go_uintptr size) {
    if (size <= sizeof zero_area) return zero_area;
    if (size > maps.zero_size) {
        void *z = calloc(1, size);     /* C memory: holds no pointers to scan */
        if (!z) rt_fatal("runtime: out of memory");
        maps.zero = z;                 /* the old one stays: a reader may hold it */
        maps.zero_size = size;
    }
    return maps.zero;
}

/* ---------------------------------------------------------------- keys */

static inline uint64_t load8(const void *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t load4(const void *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Specialised by the constant cls at each (inlined) call site. */
static inline __attribute__((always_inline)) uint64_t
key_hash(const MapShape *s, int cls, const void *key, uint64_t seed) {
    uint64_t h;
    switch (cls) {
    case KEY_STRING: h = gosub_strhash(*(const GoString *)key, seed); break;
    case KEY_MEM8: h = gosub_memhash(key, seed, 8); break;
    case KEY_MEM4: h = gosub_memhash(key, seed, 4); break;
    case KEY_MEM: h = gosub_memhash(key, seed, s->key->size); break;
    default: h = gosub_hash(s->key, key, seed); break;
    }
    return h ? h : 1;     /* 0 marks free entries */
}

static inline __attribute__((always_inline)) bool
key_equal(const MapShape *s, int cls, const void *a, const void *b) {
    switch (cls) {
    case KEY_STRING: {
        const GoString *x = a, *y = b;
        /* (memcmp must not see the NULL of an empty string) */
        return x->len == y->len && (x->ptr == y->ptr || x->len == 0 ||
                                    memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case KEY_MEM8: return load8(a) == load8(b);
    case KEY_MEM4: return load4(a) == load4(b);
    case KEY_MEM: return memcmp(a, b, s->key->size) == 0;
    default: return gosub_equal(s->key, a, b);
    }
}

static inline uint64_t entry_hash(const uint8_t *e) {
    return load8(e);
}

static inline size_t index_mask(const GoMap *m) {
    return 2 * (size_t)m->cap - 1;
}

/* The hash bits kept in the index: bit 31 set, so that an index word is
 * never a heap address (see Storage at the top). */
static inline uint32_t hash_tag(uint64_t h) {
    return (uint32_t)h | 0x80000000u;
}

static inline uint64_t index_slot(uint64_t h, size_t entry) {
    return (uint64_t)hash_tag(h) << 32 | (entry + 1);
}

/* Looks key (hash h) up in m, which has storage. Returns its entry number,
 * or -1 with *slot the empty index slot where it would go. */
static inline __attribute__((always_inline)) int64_t
find(const GoMap *m, int cls, const void *key, uint64_t h, size_t *slot) {
    const MapShape *s = m->shape;
    const uint64_t *index = m->index;
    size_t mask = index_mask(m);
    uint32_t tag = hash_tag(h);
    for (size_t i = tag & mask;; i = (i + 1) & mask) {
        uint64_t x = index[i];
        if (x == 0) {
            *slot = i;
            return -1;
        }
        if ((uint32_t)(x >> 32) == tag) {
            size_t n = (uint32_t)x - 1;
            const uint8_t *e = m->entries + n * s->stride;
            if (entry_hash(e) == h && key_equal(s, cls, e + s->key_off, key)) {
                *slot = i;
                return (int64_t)n;
            }
        }
    }
}

static size_t empty_slot(const uint64_t *index, size_t mask, uint64_t h) {
    size_t i = hash_tag(h) & mask;
    while (index[i]) i = (i + 1) & mask;
    return i;
}

/* Removes index slot i, moving later slots of its run back so that every
 * slot stays reachable from its home without tombstones. */
static void index_remove(GoMap *m, size_t i) {
    uint64_t *index = m->index;
    size_t mask = index_mask(m);
    for (size_t j = (i + 1) & mask; index[j]; j = (j + 1) & mask) {
        size_t home = (uint32_t)(index[j] >> 32) & mask;
        /* It may fill the hole if its home is not in (i, j]. */
        if (((j - home) & mask) >= ((j - i) & mask)) {
            index[i] = index[j];
            i = j;
        }
    }
    index[i] = 0;
}

/* ---------------------------------------------------------------- storage */

static size_t capacity_for(go_int n) {
    size_t cap = MIN_CAP;
    while ((go_int)cap < n) {
        if (cap >= (size_t)1 << 31) rt_fatal("runtime: out of memory: map too large");
        cap *= 2;
    }
    return cap;
}

/* The bytes of storage for cap entries and their index: a whole number of
 * entries, since the collector scans it as an array of them. */
static size_t storage_entries(const MapShape *s, size_t cap) {
    return cap + (2 * cap * sizeof(uint64_t) + s->stride - 1) / s->stride;
}

/* Gives m storage for cap entries: at store (zeroed, store_size bytes) when
 * it fits there, else in the heap. */
static void allocate_at(GoMap *m, size_t cap, void *store, size_t store_size) {
    const MapShape *s = m->shape;
    size_t n = storage_entries(s, cap);
    if (store && n * s->stride <= store_size) {
        memset(store, 0, n * s->stride);
        m->entries = store;
    } else {
        m->entries = gosub_new_array(&s->entry_type, (go_int)n);
    }
    m->index = (uint64_t *)(m->entries + cap * s->stride);
    m->cap = (uint32_t)cap;
    m->used = 0;
}

static void allocate(GoMap *m, size_t cap) {
    allocate_at(m, cap, NULL, 0);
}

/* Moves m's live entries, in order, into fresh arrays with room for twice
 * as many. The old arrays are left as they are, for iterators. */
static void rebuild(GoMap *m) {
    const MapShape *s = m->shape;
    uint8_t *old = m->entries;
    uint32_t old_used = m->used;
    allocate(m, capacity_for(2 * m->count));
    size_t mask = index_mask(m), n = 0;
    for (uint32_t i = 0; i < old_used; i++) {
        const uint8_t *e = old + (size_t)i * s->stride;
        uint64_t h = entry_hash(e);
        if (!h) continue;
        memcpy(m->entries + n * s->stride, e, s->stride);
        m->index[empty_slot(m->index, mask, h)] = index_slot(h, n);
        n++;
    }
    m->used = (uint32_t)n;
}

/* ---------------------------------------------------------------- operations */

/* Initialises the header m. Like Go, storage comes at make only for a hint
 * above 8 (what one bucket holds: below it, with the first key), and a hint
 * that is negative or too large for memory is ignored. */
static GoMap *init_map(GoMap *m, const GoType *maptype, go_int hint, void *store, size_t store_size) {
    *m = (GoMap){.shape = shape_of(maptype), .seed = gosub_fastrand64()};
    if (hint > MIN_CAP && (go_uintptr)hint <= ((go_uintptr)1 << 40) / (m->shape->stride + 16))
        allocate(m, capacity_for(hint));
    else if (store)
        allocate_at(m, MIN_CAP, store, store_size);
    return m;
}

GoMap *gosub_makemap(const GoType *maptype, go_int hint) {
    return init_map(gosub_new(&map_header_type), maptype, hint, NULL, 0);
}

_Static_assert(sizeof(GoMap) <= GOSUB_MAP_HEADER_WORDS * sizeof(uint64_t), "GOSUB_MAP_HEADER_WORDS");

GoMap *gosub_makemap_frame(const GoType *maptype, go_int hint, void *frame, go_uintptr frame_size) {
    uint8_t *store = (uint8_t *)frame + GOSUB_MAP_HEADER_WORDS * sizeof(uint64_t);
    size_t store_size = frame_size - GOSUB_MAP_HEADER_WORDS * sizeof(uint64_t);
    return init_map(frame, maptype, hint, store_size ? store : NULL, store_size);
}

go_int gosub_maplen(GoMap *m) {
    return m ? m->count : 0;
}

/* On a nil or empty map Go still hashes a key that might not be hashable,
 * so that m[k] panics for an unhashable k whatever m holds. */
static void check_hashable(const GoType *maptype, GoMap *m, const void *key) {
    bool might = m ? m->shape->hash_might_panic : has_interface(maptype->key);
    if (might) gosub_hash(maptype->key, key, 0);
}

static inline __attribute__((always_inline)) void *
access_cls(GoMap *m, int cls, const void *key) {
    const MapShape *s = m->shape;
    uint64_t h = key_hash(s, cls, key, m->seed);
    size_t slot;
    int64_t n = find(m, cls, key, h, &slot);
    return n < 0 ? NULL : m->entries + (size_t)n * s->stride + s->elem_off;
}

/* The value slot of key, or NULL. */
static void *lookup(const GoType *maptype, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        check_hashable(maptype, m, key);
        return NULL;
    }
    switch (m->shape->cls) {
    case KEY_STRING: return access_cls(m, KEY_STRING, key);
    case KEY_MEM8: return access_cls(m, KEY_MEM8, key);
    case KEY_MEM4: return access_cls(m, KEY_MEM4, key);
    case KEY_MEM: return access_cls(m, KEY_MEM, key);
    default: return access_cls(m, KEY_GENERIC, key);
    }
}

void *gosub_mapaccess1(const GoType *maptype, GoMap *m, const void *key) {
    void *v = lookup(maptype, m, key);
    return v ? v : (void *)zero_value(maptype->elem->size);
}

void *gosub_mapaccess2(const GoType *maptype, GoMap *m, const void *key, go_bool *ok) {
    void *v = lookup(maptype, m, key);
    *ok = v != NULL;
    return v ? v : (void *)zero_value(maptype->elem->size);
}

static inline __attribute__((always_inline)) void *
assign_cls(GoMap *m, int cls, const void *key) {
    const MapShape *s = m->shape;
    uint64_t h = key_hash(s, cls, key, m->seed);
    if (m->cap == 0) allocate(m, MIN_CAP);    /* storage comes with the first key */
    size_t slot;
    int64_t found = find(m, cls, key, h, &slot);
    if (found >= 0) {
        uint8_t *e = m->entries + (size_t)found * s->stride;
        if (s->key_update) memcpy(e + s->key_off, key, s->key->size);
        return e + s->elem_off;
    }
    if (m->used == m->cap) {
        rebuild(m);
        slot = empty_slot(m->index, index_mask(m), h);
    }
    size_t n = m->used++;
    uint8_t *e = m->entries + n * s->stride;
    memcpy(e, &h, sizeof h);
    memcpy(e + s->key_off, key, s->key->size);   /* the element is already zero */
    m->index[slot] = index_slot(h, n);
    m->count++;
    return e + s->elem_off;
}

void *gosub_mapassign(const GoType *maptype, GoMap *m, const void *key) {
    (void)maptype;
    if (!m) gosub_panic_nil_map();
    switch (m->shape->cls) {
    case KEY_STRING: return assign_cls(m, KEY_STRING, key);
    case KEY_MEM8: return assign_cls(m, KEY_MEM8, key);
    case KEY_MEM4: return assign_cls(m, KEY_MEM4, key);
    case KEY_MEM: return assign_cls(m, KEY_MEM, key);
    default: return assign_cls(m, KEY_GENERIC, key);
    }
}

static inline __attribute__((always_inline)) void
delete_cls(GoMap *m, int cls, const void *key) {
    const MapShape *s = m->shape;
    uint64_t h = key_hash(s, cls, key, m->seed);
    size_t slot;
    int64_t n = find(m, cls, key, h, &slot);
    if (n < 0) return;
    index_remove(m, slot);
    memset(m->entries + (size_t)n * s->stride, 0, s->stride);
    if (--m->count == 0) {
        /* Empty: start filling from the front again, with a fresh seed as
         * Go does (both invisible to iterators, which skip free entries). */
        m->used = 0;
        m->seed = gosub_fastrand64();
    }
}

void gosub_mapdelete(const GoType *maptype, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        check_hashable(maptype, m, key);
        return;
    }
    switch (m->shape->cls) {
    case KEY_STRING: delete_cls(m, KEY_STRING, key); break;
    case KEY_MEM8: delete_cls(m, KEY_MEM8, key); break;
    case KEY_MEM4: delete_cls(m, KEY_MEM4, key); break;
    case KEY_MEM: delete_cls(m, KEY_MEM, key); break;
    default: delete_cls(m, KEY_GENERIC, key); break;
    }
}

/* Deletes every entry, in place: iterators see only free entries after it. */
void gosub_mapclear(const GoType *maptype, GoMap *m) {
    (void)maptype;
    if (!m || m->count == 0) return;
    memset(m->entries, 0, (size_t)m->used * m->shape->stride);
    memset(m->index, 0, 2 * (size_t)m->cap * sizeof(uint64_t));
    m->used = 0;
    m->count = 0;
    m->seed = gosub_fastrand64();
}

/* ---------------------------------------------------------------- iteration */

void gosub_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it) {
    (void)maptype;
    memset(it, 0, sizeof *it);
    if (!m || m->count == 0) return;
    it->map = m;
    it->entries = m->entries;
    it->cap = m->cap;
    uint64_t r = gosub_fastrand64();
    uint32_t blocks = m->cap / BLOCK;
    it->first_block = (uint32_t)r & (blocks - 1);
    it->block_stride = ((uint32_t)(r >> 32) | 1) & (blocks - 1);
    it->offset = (uint32_t)(r >> 24) & (BLOCK - 1);
    gosub_mapiternext(it);
}

/* Looks up a key of a stale entry in the live map: its live entry, or NULL. */
static uint8_t *find_live(GoMap *m, const uint8_t *stale) {
    const MapShape *s = m->shape;
    if (m->count == 0) return NULL;
    uint64_t h = entry_hash(stale);
    const void *key = stale + s->key_off;
    size_t slot;
    int64_t n;
    switch (s->cls) {
    case KEY_STRING: n = find(m, KEY_STRING, key, h, &slot); break;
    case KEY_MEM8: n = find(m, KEY_MEM8, key, h, &slot); break;
    case KEY_MEM4: n = find(m, KEY_MEM4, key, h, &slot); break;
    case KEY_MEM: n = find(m, KEY_MEM, key, h, &slot); break;
    default: n = find(m, KEY_GENERIC, key, h, &slot); break;
    }
    return n < 0 ? NULL : m->entries + (size_t)n * s->stride;
}

void gosub_mapiternext(GoMapIter *it) {
    GoMap *m = it->map;
    it->key = it->elem = NULL;
    if (!m) return;
    const MapShape *s = m->shape;
    uint32_t block_mask = it->cap / BLOCK - 1;
    while (it->pos < it->cap) {
        uint32_t p = it->pos++;
        uint32_t block = (it->first_block + (p / BLOCK) * it->block_stride) & block_mask;
        uint32_t i = block * BLOCK + ((it->offset + p) & (BLOCK - 1));
        uint8_t *e = (uint8_t *)it->entries + (size_t)i * s->stride;
        if ((p & (BLOCK - 1)) == 0 && it->cap > BLOCK) {
            /* The blocks' order defeats the hardware prefetcher: fetch the
             * block after next while this one is walked (measured: range
             * over a large map then keeps pace with Go's). */
            uint32_t nb = (it->first_block + (p / BLOCK + 2) * it->block_stride) & block_mask;
            const uint8_t *q = (const uint8_t *)it->entries + (size_t)nb * BLOCK * s->stride;
            for (size_t off = 0; off < (size_t)BLOCK * s->stride; off += 64)
                __builtin_prefetch(q + off);
        }
        if (it->entries == m->entries) {
            if (block * BLOCK >= m->used) {     /* nothing handed out here yet */
                it->pos = (p | (BLOCK - 1)) + 1;
                continue;
            }
            if (!entry_hash(e)) continue;
        } else {
            /* The map was rebuilt since the loop began; see the top. */
            if (!entry_hash(e)) continue;
            bool self_equal = s->cls != KEY_GENERIC || gosub_equal(s->key, e + s->key_off,
                                                                    e + s->key_off);
            if (self_equal) {
                e = find_live(m, e);
                if (!e) continue;
            }
        }
        it->key = e + s->key_off;
        it->elem = e + s->elem_off;
        return;
    }
}

/* ---------------------------------------------------------------- fmt */

typedef struct KV {
    void *key, *elem;
} KV;

/* Stable merge sort of a[0, n) by fmtsort's order of the keys. */
static void sort_entries(const GoType *kt, KV *a, KV *tmp, size_t n) {
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                /* The right one goes first only if strictly less: stable. */
                if (gosub_fmtsort_compare(kt, a[j].key, a[i].key) < 0) tmp[k++] = a[j++];
                else tmp[k++] = a[i++];
            }
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof *a);
    }
}

go_int gosub_map_sorted_entries(const GoType *maptype, GoMap *m, void ***keys, void ***elems) {
    go_int n = gosub_maplen(m);
    *keys = *elems = NULL;
    if (n == 0) return 0;
    KV *kv = malloc(2 * (size_t)n * sizeof *kv);
    if (!kv) rt_fatal("runtime: out of memory");
    /* Collected in (random) iteration order first, as fmtsort does. */
    go_int got = 0;
    GoMapIter it;
    for (gosub_mapiterinit(maptype, m, &it); it.key && got < n; gosub_mapiternext(&it))
        kv[got++] = (KV){it.key, it.elem};
    sort_entries(maptype->key, kv, kv + n, (size_t)got);
    void **out = gosub_new_array(&gosub_type_unsafe_Pointer, 2 * got);
    for (go_int i = 0; i < got; i++) {
        out[i] = kv[i].key;
        out[got + i] = kv[i].elem;
    }
    free(kv);
    *keys = out;
    *elems = out + got;
    return got;
}
