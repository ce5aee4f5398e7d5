from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Account mail goes out through EMAIL_BACKEND, which queues it for Celery."""
