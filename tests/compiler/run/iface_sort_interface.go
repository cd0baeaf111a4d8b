// sort.Sort through the sort.Interface methods.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	people := []person{{"ann", 40}, {"bo", 25}, {"cy", 33}, {"di", 25}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(byAge(people)))
	fmt.Println(people[0])
	fmt.Println(sort.IsSorted(byAge(people)))
}
