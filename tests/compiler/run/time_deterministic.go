// time values that do not depend on the clock: durations and fixed dates.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), time.Duration(1500)*time.Microsecond)
	fmt.Println(time.Duration(0), 2*time.Millisecond, time.Second/3)
	t := time.Date(2023, time.March, 14, 15, 9, 26, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Weekday(), t.YearDay())
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Format(time.RFC3339), u.Sub(t), u.After(t))
	start := time.Now()
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 0, elapsed < time.Minute)
}
