import pytest
from django.db import IntegrityError, transaction

pytestmark = pytest.mark.django_db


def test_email_is_the_login_and_there_is_no_username(django_user_model):
    user = django_user_model.objects.create_user(email="Investigator@Example.ORG", password="p" * 12)
    assert django_user_model.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None
    assert user.email == "Investigator@example.org"  # domain normalised
    assert user.check_password("p" * 12)


def test_emails_differing_only_in_case_are_refused(django_user_model):
    django_user_model.objects.create_user(email="nurse@example.org", password="p" * 12)
    with pytest.raises(IntegrityError), transaction.atomic():
        django_user_model.objects.create_user(email="NURSE@example.org", password="p" * 12)


def test_createsuperuser_needs_only_an_email(django_user_model):
    admin = django_user_model.objects.create_superuser(email="root@example.org", password="p" * 12)
    assert admin.is_staff and admin.is_superuser


def test_user_without_email_is_refused(django_user_model):
    with pytest.raises(ValueError):
        django_user_model.objects.create_user(email="", password="p" * 12)


def test_signing_in_with_email_works_and_a_wrong_password_is_refused(client, django_user_model):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user(email="judge@example.org", password="p" * 12)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    wrong = client.post("/ru/accounts/login/", {"login": "judge@example.org", "password": "nope"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    right = client.post("/ru/accounts/login/", {"login": "judge@example.org", "password": "p" * 12})
    assert right.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_account_mail_goes_through_the_outbox(client, django_user_model, mailoutbox,
                                              django_capture_on_commit_callbacks):
    from academy.base.models import OutboundEmail

    django_user_model.objects.create_user(email="social@example.org", password="p" * 12)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": "social@example.org"})
    assert response.status_code == 302
    assert OutboundEmail.objects.filter(to=["social@example.org"], sent_at__isnull=False).exists()
    assert len(mailoutbox) == 1
