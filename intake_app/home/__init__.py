# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything under ``INTAKE_HOME``: where it is (``paths``), which device this is (``device``),
the panic wipe (``panic``) and the witness's copy of the archive profile (``witness_profile``). Qt-free."""
