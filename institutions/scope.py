"""Whose learner data someone may see: one object for the manage screens, course assignment
and every report.

A national administrator (or superuser) has `Scope.everything()`; an institution
administrator has the institutions they administer and every unit below them; anyone else
has `Scope.nothing()`. Resolve it once per request with `scope_for(user)`, then filter with
`scope.filter(queryset)` and test with `institution_id in scope`.
"""

from functools import cached_property

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from .constants import RoleKind
from .models import Institution, Role

STEPLEN = Institution.steplen

# What reports need of each institution in scope (names, kind, region, tree place).
_FIELDS = ("id", "path", "depth", "code", "name_en", "name_ru", "name_kk", "kind", "region")


class Scope:
    def __init__(self, *, every=False, ids=(), user=None):
        self.every = every
        self.ids = frozenset() if every else frozenset(ids)
        self.user = user

    @classmethod
    def everything(cls, user=None):
        return cls(every=True, user=user)

    @classmethod
    def nothing(cls, user=None):
        return cls(user=user)

    def __repr__(self):
        return "Scope.everything()" if self.every else f"Scope({sorted(self.ids)})"

    def __bool__(self):
        return self.every or bool(self.ids)

    def __contains__(self, institution_id):
        return self.every or institution_id in self.ids

    @property
    def national(self):
        """Every institution: reports show aggregates only, small cells suppressed."""
        return self.every

    @property
    def learner_level(self):
        """Institution administrators see their own learners; national views are aggregates."""
        return not self.every

    def filter(self, queryset, field="institution"):
        """`queryset` narrowed to rows whose `field` (an institution) is in scope."""
        if self.every:
            return queryset
        return queryset.filter(**{f"{field}__in": self.ids})

    def institutions(self):
        return self.filter(Institution.objects.all(), field="pk")

    # --- the institutions themselves, for reports (one query, when first asked) ---------

    @cached_property
    def by_id(self):
        """{id: Institution} of the scope, in tree order."""
        return {i.pk: i for i in self.institutions().only(*_FIELDS).order_by("path")}

    @cached_property
    def roots(self):
        """The top institutions of the scope."""
        paths = {i.path for i in self.by_id.values()}
        return [i for i in self.by_id.values()
                if not any(i.path[:STEPLEN * d] in paths for d in range(1, i.depth))]

    def subtree_ids(self, unit=None):
        if unit is None:
            return list(self.by_id)
        return [pk for pk, i in self.by_id.items() if i.path.startswith(unit.path)]

    def children(self, unit=None):
        if unit is None:
            return self.roots
        return [i for i in self.by_id.values()
                if i.depth == unit.depth + 1 and i.path.startswith(unit.path)]

    def ancestors(self, unit):
        """The scope's institutions above `unit`, top first (for the breadcrumb)."""
        paths = {unit.path[:STEPLEN * d] for d in range(1, unit.depth)}
        return sorted((i for i in self.by_id.values() if i.path in paths), key=lambda i: i.path)


def _administers_ancestor(user):
    """An institution is the user's when the path of one they administer is a prefix of its
    own path (tested against prefix leaks in tests/institutions/test_selectors.py)."""
    return Exists(Role.objects.filter(
        user_id=user.pk,
        kind=RoleKind.INSTITUTION_ADMIN,
        institution__path=Substr(OuterRef("path"), 1, Length("institution__path")),
    ))


def scope_for(user):
    """The user's scope, resolved to ids once: as a nested subquery PostgreSQL cannot
    estimate how few institutions it returns and scans every membership (24 ms against 1 ms
    on 100,000 learners, see bench/); national scope needs no filter at all."""
    if not user.is_authenticated:
        return Scope.nothing(user)
    if user.is_superuser or Role.objects.filter(user_id=user.pk,
                                                kind=RoleKind.NATIONAL_ADMIN).exists():
        return Scope.everything(user)
    return Scope(ids=institutions_visible_to(user).values_list("pk", flat=True), user=user)


def institutions_visible_to(user):
    """Institutions whose learner data `user` may see, as one query over tree paths (the
    building block of `scope_for`, which resolves it to ids)."""
    if not user.is_authenticated:
        return Institution.objects.none()
    if user.is_superuser:
        return Institution.objects.all()
    is_national = Role.objects.filter(user_id=user.pk, kind=RoleKind.NATIONAL_ADMIN)
    return Institution.objects.filter(Q(_administers_ancestor(user)) | Q(Exists(is_national)))
