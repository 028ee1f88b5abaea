#!/usr/bin/env python
"""Django's command-line utility; `sakip` (sakip.cli) is the same with friendlier errors."""

from sakip.cli import main

if __name__ == "__main__":
    main()
