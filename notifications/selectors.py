"""What the header asks on every page: the count of unread notices, kept in the cache until
a notice is written or read (services forget it)."""
from django.core.cache import cache

from .models import Notification

UNREAD_SECONDS = 600


def unread_cache_key(user_id):
    return f"academy:notices-unread:{user_id}"


def unread_count(user_id):
    key = unread_cache_key(user_id)
    count = cache.get(key)
    if count is None:
        count = Notification.objects.filter(user_id=user_id, read_at__isnull=True).count()
        cache.set(key, count, UNREAD_SECONDS)
    return count


def unread_forget(user_ids):
    cache.delete_many([unread_cache_key(pk) for pk in set(user_ids)])
