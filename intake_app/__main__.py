# SPDX-License-Identifier: GPL-3.0-or-later
import sys

from intake_app.cli import main

sys.exit(main())
