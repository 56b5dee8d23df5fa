"""Training courses (pages), registrations and the certificates that completion issues."""

from .certificates import Certificate
from .pages import CourseIndexPage, CoursePage
from .registrations import Registration

__all__ = ["Certificate", "CourseIndexPage", "CoursePage", "Registration"]
