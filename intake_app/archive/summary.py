# SPDX-License-Identifier: GPL-3.0-or-later
"""A readable HTML summary of one opened testimony's content side, for reviewers, in the
testimony's language, with the form's own labels (from ``forms``).

Guarantees: every value from the bundle (answers, labels, file names, ids) is attacker-controlled
and goes through :func:`html.escape`; the page has no scripts, no external resources and a
``Content-Security-Policy`` that forbids them. Never: reads or shows the identity side; writes
anywhere but the file the staff member named.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

LANGS = ("en", "zh_CN", "zh_TW")
_HEAD = ("<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
         "<title>{title}</title><style>body{{font-family:sans-serif;max-width:50em;margin:2em auto}}"
         "dt{{font-weight:bold;margin-top:.8em}}dd{{white-space:pre-wrap;margin-left:1em}}</style></head><body>\n")


def _labels(form: Any, lang: str) -> dict[str, str]:
    out: dict[str, str] = {}

    def walk(fields: Any) -> None:
        for f in fields:
            out.setdefault(f.id, f.label(lang))
            walk(getattr(f, "fields", ()))

    if form is not None:
        walk(form.fields)
    return out


def _value(v: Any, labels: dict[str, str]) -> str:
    if isinstance(v, dict):
        return "<dl>" + "".join(f"<dt>{html.escape(labels.get(str(k), str(k)))}</dt><dd>{_value(x, labels)}</dd>"
                                for k, x in v.items()) + "</dl>"
    if isinstance(v, list):
        return "<ul>" + "".join(f"<li>{_value(x, labels)}</li>" for x in v) + "</ul>"
    return html.escape("" if v is None else str(v))


def render(opened_dir: Path | str, lang: str | None = None) -> str:
    """The HTML text for the content side in ``opened_dir``."""
    content = Path(opened_dir) / "content"
    manifest = json.loads((content / "manifest.json").read_text(encoding="utf-8"))
    answers_file = content / "answers.json"
    answers = json.loads(answers_file.read_text(encoding="utf-8")) if answers_file.is_file() else {}
    scopes = (manifest.get("consent") or {}).get("scopes") or {}
    if lang is None:
        script_lang = str(scopes.get("script_lang", "")) if isinstance(scopes, dict) else ""
        lang = script_lang if script_lang in LANGS else "zh_CN" if script_lang.startswith("zh") else "en"
    form_info = manifest.get("form") or {}
    try:
        import intake_forms as forms

        form: Any = forms.load_form(str(form_info.get("id", "")), str(form_info.get("version", "")) or None)
        title = form.title(lang)
    except Exception:  # noqa: BLE001 - an unknown form still gets a summary, with raw field ids
        form, title = None, str(form_info.get("id", ""))
    labels = _labels(form, lang)
    parts = [_HEAD.format(lang=html.escape(lang.replace("_", "-")), title=html.escape(title)),
             f"<h1>{html.escape(title)}</h1>",
             f"<p>{html.escape(str(manifest.get('bundle_id', '')))} · {html.escape(str(manifest.get('sealed_at', '')))}</p>",
             "<h2>consent</h2>", _value(scopes, labels), "<h2>answers</h2>", _value(answers, labels)]
    files = [f for f in manifest.get("files", []) if isinstance(f, dict) and f.get("kind") != "answers"]
    if files:
        parts.append("<h2>files</h2><ul>" + "".join(
            f"<li>{html.escape(str(f.get('path')))} ({html.escape(str(f.get('media_type')))}, "
            f"{html.escape(str(f.get('size')))} bytes)</li>" for f in files) + "</ul>")
    return "\n".join(parts) + "\n</body></html>\n"


def write(opened_dir: Path | str, out: Path | str, lang: str | None = None) -> Path:
    path = Path(out)
    path.write_text(render(opened_dir, lang), encoding="utf-8")
    return path
