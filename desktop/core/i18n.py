"""Marks text in Qt-free code for translation without importing Qt.

pyside6-lupdate collects calls by name, so this stand-in lets core and services
declare user-facing templates that the UI later passes through
``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
