// Struct values vs pointers, methods on both, method values and expressions.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s: %d", a.Owner, a.Balance) }

func (a *Account) Deposit(n int) { a.Balance += n }

func main() {
	a := Account{"ann", 100}
	b := a
	a.Deposit(50)
	fmt.Println(a.Describe(), "|", b.Describe())
	dep := a.Deposit
	dep(25)
	desc := Account.Describe
	fmt.Println(desc(a))
	p := &Account{Owner: "bo"}
	p.Deposit(5)
	fmt.Println(p.Describe(), (*Account).Describe(p))
	accts := []Account{{"x", 1}, {"y", 2}}
	for i := range accts {
		accts[i].Deposit(10)
	}
	for _, ac := range accts {
		ac.Deposit(1000)
	}
	fmt.Println(accts)
}
