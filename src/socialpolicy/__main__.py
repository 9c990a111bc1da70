import sys

from socialpolicy.cli import main

sys.exit(main())
