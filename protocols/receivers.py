from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import ProtocolPage
from .services import protocol_record_publish, protocol_unpublish


@receiver(page_published, sender=ProtocolPage)
def _protocol_published(sender, instance, revision=None, alias=False, **kwargs):
    if alias or instance.alias_of_id:
        # An alias mirrors its original, whose versions and clause records stand for both.
        return
    protocol_record_publish(page=instance, revision=revision)


@receiver(page_unpublished, sender=ProtocolPage)
def _protocol_unpublished(sender, instance, **kwargs):
    protocol_unpublish(page=instance)
