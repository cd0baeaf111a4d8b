package e

func f() {
	x := [3]int{1, 2
	if x {
	for i := 0; i < 3; i := i + 1 {}
	var = 3
	a[] = 1
	b := s[1::2]
	switch x := y.(type) {
	}
	go (f())
	defer 1
	'ab' + "unterminated
}
func (a, b T) m() {}
func () n()
type T[] int
