"""Demo courses, drawn from the 2024 brief (shared/seed), teaching the demo protocols."""

from .others import COURSES as OTHERS
from .reenactment import COURSE as REENACTMENT

COURSES = [REENACTMENT, *OTHERS]

__all__ = ["COURSES"]
