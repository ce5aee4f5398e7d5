from celery import shared_task
from django.conf import settings

from academy.base.tasks import batch_pause


@shared_task(name="currency.refreshers_write", acks_late=True, soft_time_limit=600,
             time_limit=660)
def refreshers_write_task(translation_key, version):
    """Write the refreshers of a substantive new version; safe to run twice or again after
    a worker died (one row per person and version)."""
    from .services import refreshers_write

    return refreshers_write(translation_key=translation_key, version=version,
                            batch_size=settings.CURRENCY_BATCH,
                            progress=batch_pause("CURRENCY_TEST_BATCH_PAUSE"))


@shared_task(name="currency.course_refreshers_write", acks_late=True, soft_time_limit=600,
             time_limit=660)
def course_refreshers_write_task(translation_key, version, clause_ids, published_at):
    """Mark the completers of the courses that teach the changed clauses; safe to run twice
    or again after a worker died (one row per learner, course and version)."""
    from django.utils.dateparse import parse_datetime

    from .services import course_refreshers_write

    return course_refreshers_write(
        translation_key=translation_key, version=version, clause_ids=clause_ids,
        published_at=parse_datetime(published_at), batch_size=settings.CURRENCY_BATCH,
        progress=batch_pause("CURRENCY_TEST_BATCH_PAUSE"))


@shared_task(name="currency.expiries_sweep", acks_late=True, soft_time_limit=600,
             time_limit=660)
def expiries_sweep():
    """Hourly: expired certificates ask their holders to renew the course."""
    from .services import expiry_refreshers_write

    return expiry_refreshers_write(batch_size=settings.CURRENCY_BATCH)
