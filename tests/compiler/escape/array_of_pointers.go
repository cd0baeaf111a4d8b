package p

var sink [2]*int

// An array holding pointers copied to a global.
func keep(x, y *int) {
	a := [2]*int{x, y}
	sink = a
}
