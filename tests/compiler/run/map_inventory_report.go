package main

import (
	"fmt"
	"sort"
	"strings"
)

type item struct {
	name  string
	qty   int
	price float64
	tags  []string
}

type key struct {
	category string
	inStock  bool
}

func main() {
	inv := map[string]*item{}
	add := func(cat, name string, qty int, price float64, tags ...string) {
		inv[cat+"/"+name] = &item{name, qty, price, tags}
	}
	add("fruit", "apple", 10, 0.5, "red", "sweet")
	add("fruit", "lemon", 0, 0.75, "yellow", "sour")
	add("veg", "carrot", 25, 0.2, "orange")
	add("veg", "onion", 3, 0.3)
	add("dairy", "milk", 0, 1.2, "cold")
	add("dairy", "cheese", 7, 4.5, "cold", "aged")

	groups := map[key][]string{}
	value := map[string]float64{}
	tagCount := map[string]int{}
	for id, it := range inv {
		cat := id[:strings.IndexByte(id, '/')]
		k := key{cat, it.qty > 0}
		groups[k] = append(groups[k], it.name)
		value[cat] += float64(it.qty) * it.price
		for _, t := range it.tags {
			tagCount[t]++
		}
	}
	keys := make([]key, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].category != keys[j].category {
			return keys[i].category < keys[j].category
		}
		return !keys[i].inStock && keys[j].inStock
	})
	for _, k := range keys {
		names := groups[k]
		sort.Strings(names)
		fmt.Printf("%-6s in stock=%-5t %v\n", k.category, k.inStock, names)
	}
	fmt.Println(value)
	fmt.Println(tagCount)
	delete(inv, "veg/onion")
	delete(inv, "nope")
	if it, ok := inv["fruit/apple"]; ok {
		it.qty -= 4
	}
	fmt.Printf("%d items, apple qty %d, %+v\n", len(inv), inv["fruit/apple"].qty, *inv["dairy/cheese"])
	nested := map[string]map[string]int{}
	for _, w := range strings.Fields("a:x b:y a:y a:x c:z b:y") {
		parts := strings.SplitN(w, ":", 2)
		if nested[parts[0]] == nil {
			nested[parts[0]] = map[string]int{}
		}
		nested[parts[0]][parts[1]]++
	}
	fmt.Println(nested, len(nested["a"]), nested["missing"]["x"])
}
