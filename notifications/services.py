"""Making notices and mailing them.

`notify_many` writes notices, each under its unique key: a notice already written (by an
earlier sweep, a concurrent one, or a retried task) is left as it is, so nothing is ever
told twice. Mail goes out from the outbox (`notifications_deliver`), a batch at a time and
no faster than NOTIFICATION_MAILS_PER_MINUTE; each mail is an OutboundEmail, sent once.
"""
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.base.models import OutboundEmail
from academy.base.services import absolute_url, emails_queue

from .constants import MANDATORY, EmailState, Kind
from .models import Mute, Notification
from .notices import Pages, notice
from .selectors import unread_forget

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


class NotificationError(Exception):
    """A change to notices that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class Item:
    """One notice to write: to whom, about what (subject), at which step, with which facts."""

    user_id: int
    subject: str
    step: str = ""
    data: dict = field(default_factory=dict)


def notice_key(kind, item):
    return f"{kind}:{item.user_id}:{item.subject}:{item.step}"[:200]


def notify_many(kind, items, *, email=True, now=None):
    """Write the notices not written before, for people who have not muted this kind;
    returns how many were new. Their mail leaves after commit, through the outbox."""
    from .tasks import deliver

    items = list(items)
    if not items:
        return 0
    kind = Kind(kind)
    now = now or timezone.now()
    muted = set()
    if kind not in MANDATORY:
        muted = set(Mute.objects.filter(kind=kind, user_id__in={i.user_id for i in items})
                    .values_list("user_id", flat=True))
    rows = {}
    for item in items:
        if item.user_id in muted:
            continue
        key = notice_key(kind, item)
        rows[key] = Notification(user_id=item.user_id, kind=kind, key=key, data=item.data,
                                 created_at=now,
                                 email_state=EmailState.PENDING if email else EmailState.NONE)
    if not rows:
        return 0
    with transaction.atomic():
        existing = set(Notification.objects.filter(key__in=list(rows)).values_list("key",
                                                                                 flat=True))
        new = [row for key, row in rows.items() if key not in existing]
        # A concurrent writer may add the same keys between the read and the write: the
        # unique key turns those into no-ops.
        Notification.objects.bulk_create(new, ignore_conflicts=True, batch_size=1000)
        users = {row.user_id for row in new}
        transaction.on_commit(lambda: unread_forget(users))
    if new and email:
        deliver.delay_on_commit()
    return len(new)


def notify(kind, *, user_id, subject, step="", data=None, email=True):
    return notify_many(kind, [Item(user_id, str(subject), str(step), data or {})], email=email)


# --- mail ------------------------------------------------------------------------

def _language_of(user):
    profile = getattr(user, "profile", None)
    language = profile.preferred_language if profile else ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def unsubscribe_token(user_id, kind):
    return signing.dumps({"u": user_id, "k": str(kind)}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(user_id, kind, language):
    with translation.override(language):
        return absolute_url(reverse("notifications:unsubscribe",
                                    kwargs={"token": unsubscribe_token(user_id, kind)}))


def notification_email(notification, pages=None, language=None):
    """(subject, body, headers) of a notice's mail, in the recipient's language. `pages`
    (notices.Pages, in that language) saves a query per mail in a batch."""
    language = language or _language_of(notification.user)
    with translation.override(language):
        text = notice(notification.kind, notification.data, language, pages)
        lines = [text.body, "", absolute_url(text.url), "",
                 _("All your notices: %(link)s") % {
                     "link": absolute_url(reverse("notifications:list"))}]
        headers = {}
        if notification.kind not in MANDATORY:
            link = unsubscribe_url(notification.user_id, notification.kind, language)
            lines += ["", _("To stop these emails: %(link)s") % {"link": link}]
            if notification.kind == Kind.DIGEST:
                # RFC 8058: the mail program offers a button that unsubscribes in one POST.
                headers = {"List-Unsubscribe": f"<{link}>",
                           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
        return text.title, "\n".join(lines), headers


def notifications_deliver(*, now=None):
    """Queue the mail of waiting notices: one batch, within the per-minute limit.
    Returns (mails queued, notices still waiting)."""
    now = now or timezone.now()
    rate = settings.NOTIFICATION_MAILS_PER_MINUTE
    with transaction.atomic():
        recent = Notification.objects.filter(email_queued_at__gt=now - timedelta(minutes=1)
                                             ).count()
        room = max(0, min(rate - recent, settings.NOTIFICATION_BATCH))
        waiting = Notification.objects.filter(email_state=EmailState.PENDING)
        # Rows another delivery holds are skipped, not waited for: two deliveries at once
        # take different notices.
        batch = list(waiting.select_for_update(skip_locked=True, of=("self",))
                     .select_related("user", "user__profile").order_by("created_at", "pk")
                     [:room]) if room else []
        emails = []
        languages = {n.pk: _language_of(n.user) for n in batch}
        datas = {}
        for notification in batch:
            datas.setdefault(languages[notification.pk], []).append(notification.data)
        pages = {language: Pages(language, items) for language, items in datas.items()}
        for notification in batch:
            if not notification.user.email or not notification.user.is_active:
                notification.email_state = EmailState.NONE
                continue
            language = languages[notification.pk]
            subject, body, headers = notification_email(notification, pages[language], language)
            email = OutboundEmail(to=[notification.user.email], subject=subject[:255],
                                  body=body, headers=headers)
            emails.append(email)
            notification.email = email
            notification.email_state = EmailState.QUEUED
            notification.email_queued_at = now
        emails_queue(emails)
        Notification.objects.bulk_update(batch, ["email", "email_state", "email_queued_at"],
                                         batch_size=1000)
    _lost_mail_requeue(now)
    left = Notification.objects.filter(email_state=EmailState.PENDING).count()
    return len(emails), left


def _lost_mail_requeue(now):
    """Mail whose sending was never even tried: a worker that died between committing a
    batch and handing its messages to the broker. Sending is idempotent (base.email_send
    sends a stored email once), so asking again can only send what was never sent."""
    from academy.base.tasks import email_send

    lost = list(Notification.objects.filter(
        email_state=EmailState.QUEUED, email__sent_at__isnull=True, email__attempts=0,
        email_queued_at__lt=now - timedelta(seconds=settings.NOTIFICATION_RESEND_AFTER))
        .values_list("email_id", flat=True)[:settings.NOTIFICATION_BATCH])
    for pk in lost:
        email_send.delay(str(pk))
    return len(lost)


# --- the reader's side --------------------------------------------------------------

def mute_set(*, user, kind, muted):
    """Turn one optional kind of notice off or on for `user`."""
    if kind in MANDATORY:
        raise NotificationError(_("Notices about mandatory training cannot be turned off."))
    if muted:
        Mute.objects.get_or_create(user=user, kind=kind)
    else:
        Mute.objects.filter(user=user, kind=kind).delete()


def mutes_set(*, user, muted_kinds):
    """Keep exactly `muted_kinds` (optional kinds) muted for `user`."""
    muted_kinds = {Kind(k) for k in muted_kinds}
    if muted_kinds & MANDATORY:
        raise NotificationError(_("Notices about mandatory training cannot be turned off."))
    with transaction.atomic():
        Mute.objects.filter(user=user).exclude(kind__in=muted_kinds).delete()
        for kind in muted_kinds:
            Mute.objects.get_or_create(user=user, kind=kind)


def unsubscribe_read(token):
    """(user id, kind) of a signed unsubscribe link; NotificationError if it is not one."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        return int(payload["u"]), Kind(payload["k"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise NotificationError(_("This unsubscribe link is not valid.")) from error


def unsubscribe(token):
    """Mute the kind named in a signed unsubscribe link; returns (user id, kind)."""
    user_id, kind = unsubscribe_read(token)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        raise NotificationError(_("This unsubscribe link is not valid."))
    mute_set(user=user, kind=kind, muted=True)
    return user_id, kind


def notifications_read(*, user, ids=None, now=None):
    """Mark some (or all) of `user`'s notices read; returns how many changed."""
    rows = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    changed = rows.update(read_at=now or timezone.now())
    unread_forget([user.pk])
    return changed


# --- privacy (registered with accounts in NotificationsConfig.ready) -------------------

def notifications_data(*, user):
    """The person's notices and settings, for their data download."""
    return {
        "notices": list(Notification.objects.filter(user=user).values(
            "kind", "created_at", "read_at", "data")),
        "muted": list(Mute.objects.filter(user=user).values_list("kind", flat=True)),
    }


def notifications_erase(*, user, now):
    """A deleted account's notices go with it (cascade); its name also leaves the digests
    that listed it to administrators."""
    for digest in Notification.objects.filter(kind=Kind.DIGEST).only("pk", "data").iterator():
        rows = digest.data.get("overdue", [])
        kept = [row for row in rows if row.get("user") != user.pk]
        if len(kept) != len(rows):
            digest.data["overdue"] = kept
            digest.data["overdue_total"] = max(0, digest.data.get("overdue_total", 0)
                                               - (len(rows) - len(kept)))
            Notification.objects.filter(pk=digest.pk).update(data=digest.data)
