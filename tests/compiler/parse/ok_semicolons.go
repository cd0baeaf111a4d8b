package semis

import "fmt"

func f() (int, error) {
	x := 1 /* a comment
	spanning lines acts as a newline */
	y := x +
		2
	z := []int{
		1,
		2,
	}
	fmt.Println(x, y, z,
	)
	for i := 0; i < 3; i++ { x++ }
	if x > 0 { return x, nil } else { return 0, nil }
}

func g() {
	defer func() {
		recover()
	}()
	var a, b = 1, 2; _, _ = a, b
	switch {
	}
	return
}

func h() int { return 1 } // trailing comment

func k() {
	goto L
L:
}
