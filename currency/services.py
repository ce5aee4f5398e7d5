"""Who must re-read a protocol, written in batches from stored rows (never by walking
pages), idempotently: publishing twice, or a task run again after a worker died, writes
the same rows."""
from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone

from protocols.models import ProtocolAcknowledgement

from .models import ProtocolRefresher

BATCH = 5000


def refreshers_write(*, translation_key, version, batch_size=BATCH, progress=None):
    """A refresher for everyone who confirmed an earlier version of the protocol (in any
    language) and not this one; returns how many were new."""
    confirmed_now = ProtocolAcknowledgement.objects.filter(
        translation_key=translation_key, version__gte=version, user_id=OuterRef("user_id"))
    earlier = (ProtocolAcknowledgement.objects
               .filter(translation_key=translation_key, version__lt=version,
                       user__isnull=False, user__is_active=True)
               .exclude(Exists(confirmed_now))
               .values("user_id").annotate(known=Max("version")).order_by("user_id"))
    last, written, now = 0, 0, timezone.now()
    while True:
        rows = list(earlier.filter(user_id__gt=last)[:batch_size])
        if not rows:
            return written
        last = rows[-1]["user_id"]
        with transaction.atomic():
            before = ProtocolRefresher.objects.filter(
                translation_key=translation_key, version=version,
                user_id__in=[r["user_id"] for r in rows]).count()
            ProtocolRefresher.objects.bulk_create([
                ProtocolRefresher(user_id=r["user_id"], translation_key=translation_key,
                                  version=version, from_version=r["known"], created_at=now)
                for r in rows], ignore_conflicts=True)
        written += len(rows) - before
        if progress:
            progress(last)


def refreshers_close(*, user_id, translation_key, version):
    """Someone confirmed `version`: their refreshers up to it are done."""
    return ProtocolRefresher.objects.filter(
        user_id=user_id, translation_key=translation_key, version__lte=version,
        done_at__isnull=True).update(done_at=timezone.now())
