"""Errors as the user reads them: in the interface language whenever the error knows how to say it."""

from __future__ import annotations

from desktop.core.dispatching import Refusal
from desktop.ui.i18n import current_language, translate


def refusal_text(refusal: Refusal | str) -> str:
    """A refusal in the interface language; plain text (no template known for it) as it is."""
    return refusal.text(current_language(), translate) if isinstance(refusal, Refusal) else refusal


def error_text(exc: BaseException) -> str:
    """An error carrying a refusal (desktop.core.dispatching.RefusalError) translated; any other as it says."""
    return refusal_text(getattr(exc, "refusal", None) or str(exc))
