"""`python -m desktop` opens the Précis window."""

import sys

from desktop.app import main

sys.exit(main())
