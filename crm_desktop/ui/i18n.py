"""Interface language: Qt translators (ours and Qt's own) and the matching Babel locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from crm_desktop.resources import resource_path
from crm_desktop.services.locale.formatting import set_locale

LANGUAGES = {  # code: name in that language (not translated on purpose)
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "kk": "Қазақ тілі",
    "az": "Azərbaycan dili",
    "mn": "Монгол хэл",
}
_installed: list[QTranslator] = []


def preferred_language() -> str:
    """The language chosen in settings, else the system's if we have it, else English."""
    chosen = QSettings().value("ui/language", "", type=str)
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def save_language(code: str) -> None:
    QSettings().setValue("ui/language", code)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load our .qm and Qt's own for `language`; returns the language in use."""
    code = language if language in LANGUAGES else preferred_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"crm_desktop_{code}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    set_locale(code)
    QLocale.setDefault(QLocale(code))
    return code
