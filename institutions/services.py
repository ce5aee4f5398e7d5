import csv
import io
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.events import MembersAdded, MembershipChanged, event_send
from accounts.constants import AuditEvent
from accounts.services import audit_record

from .constants import InstitutionKind, MembershipStatus, Region
from .models import Institution, Invite, Membership, Role


class MembershipError(Exception):
    """A join, approval or move that cannot happen; the message is for the user."""


# --- memberships -----------------------------------------------------------

def _end_current(*, user, now):
    Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).update(
        status=MembershipStatus.ENDED, ended_at=now
    )


@transaction.atomic
def membership_request(*, user, institution, request=None):
    """Ask to join `institution`; an administrator of it approves or rejects."""
    current = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).first()
    if current and current.institution_id == institution.pk:
        raise MembershipError(_("You are already a member of this institution."))
    membership, created = Membership.objects.get_or_create(
        user=user, institution=institution, status=MembershipStatus.PENDING,
    )
    if created:
        audit_record(event=AuditEvent.MEMBERSHIP_REQUESTED, request=request, actor=user,
                     institution=institution)
    return membership


def _membership_decide(*, membership, expected, error, actor, event, request, **changes):
    """Lock the row, check its status, apply `changes`, audit: one decision, once."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.status != expected:
        raise MembershipError(error)
    for name, value in changes.items():
        setattr(membership, name, value)
    membership.decided_by = actor
    membership.save(update_fields=[*changes, "decided_by"])
    audit_record(event=event, request=request, actor=actor, target_user=membership.user,
                 institution=membership.institution)
    return membership


def _membership_changed(membership, *, at):
    event_send(MembershipChanged(user_id=membership.user_id, membership_id=membership.pk,
                                 status=membership.status, institution_id=membership.institution_id,
                                 at=at))


def _end_pending(*, user, now):
    Membership.objects.filter(user=user, status=MembershipStatus.PENDING).update(
        status=MembershipStatus.REJECTED, ended_at=now
    )


@transaction.atomic
def membership_approve(*, membership, approver, request=None):
    """Approve a pending request: it becomes the learner's one current membership."""
    now = timezone.now()
    _end_current(user=membership.user, now=now)
    membership = _membership_decide(
        membership=membership, expected=MembershipStatus.PENDING,
        error=_("This request has already been decided."), actor=approver,
        event=AuditEvent.MEMBERSHIP_APPROVED, request=request,
        status=MembershipStatus.ACTIVE, started_at=now,
    )
    # Other pending requests of the same learner are now moot.
    _end_pending(user=membership.user, now=now)
    _membership_changed(membership, at=now)
    return membership


@transaction.atomic
def membership_reject(*, membership, approver, request=None):
    now = timezone.now()
    membership = _membership_decide(
        membership=membership, expected=MembershipStatus.PENDING,
        error=_("This request has already been decided."), actor=approver,
        event=AuditEvent.MEMBERSHIP_REJECTED, request=request,
        status=MembershipStatus.REJECTED, ended_at=now,
    )
    _membership_changed(membership, at=now)
    return membership


@transaction.atomic
def membership_end(*, membership, actor, request=None):
    """Deactivate a membership; its history (and training counted there) stays."""
    now = timezone.now()
    membership = _membership_decide(
        membership=membership, expected=MembershipStatus.ACTIVE,
        error=_("This membership is not active."), actor=actor,
        event=AuditEvent.MEMBERSHIP_ENDED, request=request,
        status=MembershipStatus.ENDED, ended_at=now,
    )
    _membership_changed(membership, at=now)
    return membership


def membership_restore(*, membership, actor, request=None):
    """Undo a deactivation: the person is a member of the same institution again from now,
    as a new membership (the ended one stays in their history). Refused when they have
    joined an institution since; the one-active-membership constraint settles a race."""
    try:
        with transaction.atomic():
            ended = Membership.objects.select_for_update().get(pk=membership.pk)
            if ended.status != MembershipStatus.ENDED or ended.user_id is None:
                raise MembershipError(_("Only a deactivated membership can be restored."))
            if Membership.objects.filter(user_id=ended.user_id,
                                         status=MembershipStatus.ACTIVE).exists():
                raise MembershipError(_("This person is already a member of an institution "
                                        "again."))
            now = timezone.now()
            restored = Membership.objects.create(
                user_id=ended.user_id, institution_id=ended.institution_id,
                status=MembershipStatus.ACTIVE, requested_at=now, started_at=now,
                decided_by=actor)
            audit_record(event=AuditEvent.MEMBERSHIP_RESTORED, request=request, actor=actor,
                         target_user=ended.user, institution=ended.institution)
            _membership_changed(restored, at=now)
    except IntegrityError:
        raise MembershipError(_("This person is already a member of an institution "
                                "again.")) from None
    return restored


@transaction.atomic
def membership_join_by_invite(*, user, token, request=None):
    """Join the invite's institution at once; a previous membership ends (a move)."""
    invite = Invite.objects.select_for_update().select_related("institution").filter(
        token=token).first()
    if invite is None or not invite.is_usable:
        raise MembershipError(_("This invite link is no longer valid. Ask your administrator "
                                "for a new one."))
    current = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).first()
    if current and current.institution_id == invite.institution_id:
        raise MembershipError(_("You are already a member of this institution."))
    now = timezone.now()
    _end_current(user=user, now=now)
    _end_pending(user=user, now=now)
    membership = Membership.objects.create(
        user=user, institution=invite.institution, status=MembershipStatus.ACTIVE,
        requested_at=now, started_at=now, invite=invite,
    )
    Invite.objects.filter(pk=invite.pk).update(uses=F("uses") + 1)
    audit_record(event=AuditEvent.MEMBERSHIP_JOINED, request=request, actor=user,
                 institution=invite.institution)
    _membership_changed(membership, at=now)
    return membership


def memberships_add(*, users_by_unit, actor, request=None):
    """Make people members of units at once (bulk onboarding), for people who belong to no
    institution yet: {institution: [user, ...]}. One event per unit."""
    now = timezone.now()
    rows = [Membership(user=user, institution=unit, status=MembershipStatus.ACTIVE,
                       requested_at=now, started_at=now, decided_by=actor)
            for unit, users in users_by_unit.items() for user in users]
    with transaction.atomic():
        Membership.objects.bulk_create(rows, batch_size=1000)
        for unit, users in users_by_unit.items():
            if users:
                event_send(MembersAdded(user_ids=tuple(u.pk for u in users),
                                        added_by_id=getattr(actor, "pk", None),
                                        institution_id=unit.pk, at=now))
    return rows


# --- invites ----------------------------------------------------------------

def invite_create(*, institution, created_by, days_valid, max_uses, request=None):
    invite = Invite.objects.create(
        institution=institution, created_by=created_by, max_uses=max_uses,
        expires_at=timezone.now() + timedelta(days=days_valid),
    )
    audit_record(event=AuditEvent.INVITE_CREATED, request=request, actor=created_by,
                 institution=institution, invite=invite.pk)
    return invite


def invite_revoke(*, invite, actor, request=None):
    if invite.revoked_at is None:
        invite.revoked_at = timezone.now()
        invite.save(update_fields=["revoked_at"])
        audit_record(event=AuditEvent.INVITE_REVOKED, request=request, actor=actor,
                     institution=invite.institution, invite=invite.pk)
    return invite


# --- roles ------------------------------------------------------------------

def role_grant(*, user, kind, institution=None, granted_by=None, request=None):
    role, created = Role.objects.get_or_create(
        user=user, kind=kind, institution=institution, defaults={"granted_by": granted_by}
    )
    if created:
        audit_record(event=AuditEvent.ROLE_GRANTED, request=request, actor=granted_by,
                     target_user=user, institution=institution, role=kind)
    return role


def role_revoke(*, role, revoked_by=None, request=None):
    audit_record(event=AuditEvent.ROLE_REVOKED, request=request, actor=revoked_by,
                 target_user=role.user, institution=role.institution, role=role.kind)
    role.delete()


# --- CSV import ----------------------------------------------------------------

CSV_COLUMNS = ["code", "parent_code", "kind", "region", "name_en", "name_ru", "name_kk"]
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)  # (line number, message)
    created: int = 0

    @property
    def ok(self):
        return not self.errors


def _read_rows(data):
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, [(1, _("The file is not UTF-8 text. Save it as CSV UTF-8 and try again."))]
    reader = csv.DictReader(io.StringIO(data))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in CSV_COLUMNS if c not in header]
    if missing:
        return None, [(1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})]
    reader.fieldnames = header
    return list(reader), []


def institutions_import_csv(*, data, actor=None, request=None):
    """Import a whole institution structure from CSV.

    Every row is validated first; if any row is wrong nothing is imported and
    the result lists each wrong row by its line number. A parent is named by
    its code: an earlier row of the file or an existing institution.
    """
    rows, errors = _read_rows(data)
    result = ImportResult(errors=errors)
    if rows is None:
        return result
    if not rows:
        result.errors.append((1, _("The file has no rows.")))
        return result
    existing = dict(Institution.objects.values_list("code", "pk"))
    seen = {}
    kinds, regions = set(InstitutionKind.values), set(Region.values)
    for line, row in enumerate(rows, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        problems = []
        code = row["code"]
        if not _CODE.match(code):
            problems.append(_("code “%(code)s” must be 1–40 letters, digits, - or _") % {"code": code})
        elif code in existing:
            problems.append(_("code “%(code)s” already exists") % {"code": code})
        elif code in seen:
            problems.append(_("code “%(code)s” repeats line %(line)s") % {"code": code,
                                                                         "line": seen[code]})
        parent = row["parent_code"]
        if parent and parent not in seen and parent not in existing:
            problems.append(_("parent “%(code)s” is not an earlier row or an existing "
                              "institution") % {"code": parent})
        if row["kind"] not in kinds:
            problems.append(_("kind “%(kind)s” is not one of: %(allowed)s")
                            % {"kind": row["kind"], "allowed": ", ".join(sorted(kinds))})
        if row["region"] and row["region"] not in regions:
            problems.append(_("region “%(region)s” is not a region of Kazakhstan")
                            % {"region": row["region"]})
        for column in ("name_en", "name_ru", "name_kk"):
            if not row[column]:
                problems.append(_("%(column)s is empty") % {"column": column})
            elif len(row[column]) > 255:
                problems.append(_("%(column)s is longer than 255 characters") % {"column": column})
        if problems:
            result.errors.append((line, "; ".join(problems)))
        if _CODE.match(code) and code not in seen:
            seen[code] = line
    if result.errors:
        return result

    with transaction.atomic():
        nodes = {}
        for row in rows:
            row = {k: (v or "").strip() for k, v in row.items() if k}
            fields = {k: row[k] for k in ("code", "kind", "region", "name_en", "name_ru", "name_kk")}
            parent_code = row["parent_code"]
            if not parent_code:
                node = Institution.add_root(**fields)
            else:
                parent = nodes.get(parent_code) or Institution.objects.get(code=parent_code)
                # add_child updates the parent's child count; reload it so the
                # next sibling gets the next path.
                node = parent.add_child(**fields)
                parent.refresh_from_db(fields=["numchild"])
            nodes[node.code] = node
        result.created = len(nodes)
        audit_record(event=AuditEvent.INSTITUTIONS_IMPORTED, request=request, actor=actor,
                     count=result.created)
    return result


# --- privacy (registered with accounts in InstitutionsConfig.ready) ---------------

def memberships_data(*, user):
    """A learner's memberships, for their own data export."""
    return [
        {"institution": m.institution.name_en, "institution_code": m.institution.code,
         "status": m.status, "requested_at": m.requested_at, "started_at": m.started_at,
         "ended_at": m.ended_at}
        for m in Membership.objects.filter(user=user).select_related("institution")
    ]


def memberships_erase(*, user, now):
    """On account deletion: the current membership ends and stays, without its user, so that
    training done there is still counted; pending requests go."""
    Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).update(
        status=MembershipStatus.ENDED, ended_at=now)
    Membership.objects.filter(user=user, status=MembershipStatus.PENDING).delete()
