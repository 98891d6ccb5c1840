"""Small helpers shared by the hand-written conversation modules (stdlib only)."""
import textwrap

MIN = 60
HOUR = 3600
DAY = 86400


def T(s):
    """Dedent a triple-quoted block and strip the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")
