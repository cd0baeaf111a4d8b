package p

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (q *sq) area() float64 { return q.s * q.s }

// A type switch binding the value.
func describe(i interface{}) float64 {
	switch v := i.(type) {
	case int:
		return float64(v)
	case *sq:
		return v.area()
	case shape:
		return v.area()
	}
	return 0
}
