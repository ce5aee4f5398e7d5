"""Scope at scale: `institutions_visible_to` and the member list on 5,000 institutions and
100,000 learners. Run on PostgreSQL (`make bench-pg`); targets: one query, < 20 ms."""

import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from accounts.models import Profile
from institutions.models import Institution, Membership, Role
from institutions.scope import institutions_visible_to

ROOTS, REGIONS_PER_ROOT, DISTRICTS_PER_REGION = 20, 20, 12
LEARNERS = 100_000
RUNS = 30


def _tree():
    rows, districts = [], []
    first = Institution.get_root_nodes().count()  # the demo's tree is already there
    for r in range(1, ROOTS + 1):
        root_path = Institution._get_path(None, 1, first + r)
        rows.append(Institution(path=root_path, depth=1, numchild=REGIONS_PER_ROOT,
                                code=f"N{r}", name_en=f"Ministry {r}", name_ru=f"Министерство {r}",
                                name_kk=f"Министрлік {r}", kind="police"))
        for g in range(1, REGIONS_PER_ROOT + 1):
            region_path = Institution._get_path(root_path, 2, g)
            rows.append(Institution(path=region_path, depth=2, numchild=DISTRICTS_PER_REGION,
                                    code=f"N{r}-R{g}", name_en=f"Region {r}.{g}",
                                    name_ru=f"Регион {r}.{g}", name_kk=f"Өңір {r}.{g}",
                                    kind="police", region="almaty"))
            for d in range(1, DISTRICTS_PER_REGION + 1):
                node = Institution(path=Institution._get_path(region_path, 3, d), depth=3,
                                   numchild=0, code=f"N{r}-R{g}-D{d}", name_en=f"District {d}",
                                   name_ru=f"Район {d}", name_kk=f"Аудан {d}", kind="police",
                                   region="almaty")
                rows.append(node)
                districts.append(node)
    Institution.objects.bulk_create(rows, batch_size=2000)
    return [i.pk for i in Institution.objects.filter(depth=3).only("pk")]


def _learners(district_ids):
    User = get_user_model()
    password = make_password("bench-password")
    now = timezone.now()
    users = [User(email=f"scale-learner{n}@example.org", password=password) for n in range(LEARNERS)]
    User.objects.bulk_create(users, batch_size=5000)
    ids = list(User.objects.filter(email__startswith="scale-learner").values_list("pk", flat=True))
    Profile.objects.bulk_create(
        [Profile(user_id=uid, full_name=f"Learner {uid}", profession="police_investigator",
                 position="Investigator", completed_at=now) for uid in ids], batch_size=5000)
    Membership.objects.bulk_create(
        [Membership(user_id=uid, institution_id=district_ids[n % len(district_ids)],
                    status="active", started_at=now) for n, uid in enumerate(ids)],
        batch_size=5000)


def _time(fn):
    fn()
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def _count_queries(fn):
    queries = []
    with connection.execute_wrapper(lambda ex, sql, *a: queries.append(sql) or ex(sql, *a)):
        fn()
    return len(queries)


def run():
    from allauth.mfa.totp.internal.auth import TOTP

    vendor = connection.vendor
    start = time.perf_counter()
    with transaction.atomic():
        district_ids = _tree()
        _learners(district_ids)
    built = time.perf_counter() - start
    User = get_user_model()
    region = Institution.objects.get(code="N3-R7")
    region_admin = User.objects.create_user(email="region.admin@example.org", password="x" * 12)
    Role.objects.create(user=region_admin, kind="institution_admin", institution=region)
    national = User.objects.create_user(email="national.admin@example.org", password="x" * 12)
    Role.objects.create(user=national, kind="national_admin")
    for admin in (region_admin, national):
        TOTP.activate(admin, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        Profile.objects.create(user=admin, full_name="Admin", profession="other", position="-",
                               completed_at=timezone.now())
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    print(f"institutions: {Institution.objects.count()} institutions, "
          f"{Membership.objects.count()} learners on {vendor} (built in {built:.1f} s)")
    print(f"{'what':<52}{'queries':>8}{'median ms':>11}{'max ms':>9}{'rows':>7}")
    for label, user in (("institutions_visible_to, region admin", region_admin),
                        ("institutions_visible_to, national admin", national)):
        for shape, select in (
            ("objects", lambda user=user: list(institutions_visible_to(user))),
            ("ids", lambda user=user: list(institutions_visible_to(user).values_list("pk", flat=True))),
        ):
            rows = len(select())
            median, worst = _time(select)
            name = f"{label} ({shape})"
            print(f"{name:<52}{_count_queries(select):>8}{median:>11.2f}{worst:>9.2f}{rows:>7}")

    for label, user in (("member list page, region admin", region_admin),
                        ("member list page, national admin", national)):
        client = Client()
        client.force_login(user)

        def page(client=client):
            response = client.get("/en/manage/")
            assert response.status_code == 200, response.status_code
        median, worst = _time(page)
        print(f"{label:<52}{_count_queries(page):>8}{median:>11.2f}{worst:>9.2f}{'':>7}")
    print("target: institutions_visible_to in one query and < 20 ms")
