// Readers and writers made of others: MultiReader reads its readers one
// after the other, MultiWriter hands every write to each of its writers,
// TeeReader copies to a writer what is read through it. The concrete
// types' names (multiReader, multiWriter, teeReader) show through %T, so
// they are Go's.
package io

// MultiReader reads each reader to its EOF, then the next; an error other
// than EOF is returned as it comes. The list is copied: changing the
// caller's slice later changes nothing.
func MultiReader(readers ...Reader) Reader {
	list := make([]Reader, 0, len(readers))
	list = append(list, readers...)
	return &multiReader{readers: list}
}

// readers holds those not yet at EOF, the current one first.
type multiReader struct{ readers []Reader }

// spent stands in for a reader that reached EOF, so that it can be
// dropped from a list that another multiReader may still be reading.
type spent struct{}

func (spent) Read([]byte) (int, error) { return 0, EOF }

// next forgets the current reader.
func (m *multiReader) next() {
	m.readers[0] = spent{}
	m.readers = m.readers[1:]
}

func (m *multiReader) Read(p []byte) (n int, err error) {
	for len(m.readers) > 0 {
		cur := m.readers[0]
		// A multiReader in last place is opened up and its list taken
		// over, so that chains of them do not nest deeper and deeper.
		if inner, ok := cur.(*multiReader); ok && len(m.readers) == 1 {
			m.readers = inner.readers
			continue
		}
		n, err = cur.Read(p)
		if err != EOF {
			return n, err
		}
		m.next()
		if n > 0 {
			// The data now; EOF only if nothing follows.
			if len(m.readers) > 0 {
				err = nil
			}
			return n, err
		}
	}
	return 0, EOF
}

// WriteTo lets Copy move everything through one 32 KiB buffer, shared
// with the multiReaders inside.
func (m *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return m.drainTo(w, make([]byte, 32<<10))
}

// drainTo copies the readers to w in turn. A failing reader stays first
// in the list, so that a later call starts again with it.
func (m *multiReader) drainTo(w Writer, buf []byte) (sum int64, err error) {
	for len(m.readers) > 0 {
		var n int64
		if inner, ok := m.readers[0].(*multiReader); ok {
			n, err = inner.drainTo(w, buf)
		} else {
			n, err = pump(w, m.readers[0], buf)
		}
		sum += n
		if err != nil {
			return sum, err
		}
		m.next()
	}
	return sum, nil
}

// MultiWriter writes to each writer in order; the first error, or short
// write, ends the write there. The writers of a MultiWriter given as one
// of them are spliced in.
func MultiWriter(writers ...Writer) Writer {
	var flat []Writer
	for _, each := range writers {
		if inner, ok := each.(*multiWriter); ok {
			flat = append(flat, inner.writers...)
			continue
		}
		flat = append(flat, each)
	}
	return &multiWriter{writers: flat}
}

type multiWriter struct{ writers []Writer }

func (m *multiWriter) Write(p []byte) (n int, err error) {
	for _, dst := range m.writers {
		n, err = dst.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

// WriteString passes s as a string to the writers that take one; the
// others share a single []byte copy, made when the first of them comes.
func (m *multiWriter) WriteString(s string) (n int, err error) {
	var asBytes []byte
	for _, dst := range m.writers {
		if direct, ok := dst.(StringWriter); ok {
			n, err = direct.WriteString(s)
		} else {
			if asBytes == nil {
				asBytes = []byte(s)
			}
			n, err = dst.Write(asBytes)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}

// TeeReader writes to w, before returning them, the bytes each Read of r
// brings. A failed write is the read's error; a short one goes unnoticed.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r: r, w: w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n <= 0 {
		return n, err
	}
	if wrote, werr := t.w.Write(p[:n]); werr != nil {
		return wrote, werr
	}
	return n, err
}
