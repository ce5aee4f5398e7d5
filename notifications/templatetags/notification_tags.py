from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def notices_unread(context):
    """How many unread notices the signed-in user has (kept in the cache between changes)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    from notifications.selectors import unread_count

    return unread_count(user.pk)
