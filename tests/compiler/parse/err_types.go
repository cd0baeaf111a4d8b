package types

type A [3 int
type B map[string]
type C chan
type D struct {
	(T)
	*(U)
	1 int
}
type E interface {
	M(
	N() int
}
type F func(...)
type G [2,]int
var v []
