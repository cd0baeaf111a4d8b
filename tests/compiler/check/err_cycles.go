package cycles

var a = b
var b = c + a
var c = 1

type T struct{ u U }
type U struct{ t T }

var x = x

type List struct {
	next *List
	vals [2]Pair
}

type Pair struct{ owner *List }

type Arr [3]Arr
