package main

type speaker interface{ speak() string }

type dog struct{ name string }

func (d *dog) speak() string { return d.name }

// A pointer stored in an interface and called dynamically.
func main() {
	d := &dog{"rex"}
	var s speaker = d
	println(s.speak())
}
