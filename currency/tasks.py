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
