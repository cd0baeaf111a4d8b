package p

type vec struct{ x, y float64 }

// Value receivers are copies.
func (v vec) add(w vec) vec { return vec{v.x + w.x, v.y + w.y} }

func (v vec) scaled(k float64) *vec {
	r := vec{v.x * k, v.y * k}
	return &r
}
