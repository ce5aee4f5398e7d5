from celery import shared_task


@shared_task(name="currency.refreshers_write", acks_late=True, soft_time_limit=600,
             time_limit=660)
def refreshers_write_task(translation_key, version):
    from .services import refreshers_write

    return refreshers_write(translation_key=translation_key, version=version)
