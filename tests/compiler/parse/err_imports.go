package imports

import x
import 42
