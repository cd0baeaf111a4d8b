// a file that does not start with a package clause
import "fmt"

func main() {}
