# SPDX-License-Identifier: GPL-3.0-or-later
"""A printable Markdown rendering of a form for paper fallback and review.

It shows every question with its help, sensitivity, whether it is required, when it applies,
the choices (with their stable codes, so paper answers can be typed in later) and, for consent
boxes, the exact wording. It contains no answers, only the blank form.
"""

from __future__ import annotations

from intake_forms.definition import FormDefinition
from intake_forms.model import STANDARD_CODES, Field

_WORDS: dict[str, dict[str, str]] = {
    "version": {"en": "Version", "zh_CN": "版本", "zh_TW": "版本"},
    "required": {"en": "required", "zh_CN": "必填", "zh_TW": "必填"},
    "optional": {"en": "optional", "zh_CN": "选填", "zh_TW": "選填"},
    "identity": {"en": "IDENTITY: sealed separately", "zh_CN": "身份资料：单独密封", "zh_TW": "身分資料：單獨密封"},
    "content": {"en": "content", "zh_CN": "内容", "zh_TW": "內容"},
    "restricted-content": {"en": "restricted content", "zh_CN": "受限内容", "zh_TW": "受限內容"},
    "only_if": {"en": "Only if", "zh_CN": "仅当", "zh_TW": "僅當"},
    "repeat": {"en": "Repeat this block as often as needed.", "zh_CN": "此部分可按需重复填写。",
               "zh_TW": "此部分可按需重複填寫。"},
    "subform": {"en": "Fill in the form", "zh_CN": "填写表格", "zh_TW": "填寫表格"},
    "agree": {"en": "agrees", "zh_CN": "同意", "zh_TW": "同意"},
    "date_hint": {"en": "date, e.g. 1989-06-04, 1989-06, 1989-06-04~ (about), 1989-06-03/1989-06-04",
                  "zh_CN": "日期，例如 1989-06-04（即1989年6月4日）、1989-06、1989-06-04~（大约）、1989-06-03/1989-06-04",
                  "zh_TW": "日期，例如 1989-06-04（即1989年6月4日）、1989-06、1989-06-04~（大約）、1989-06-03/1989-06-04"},
    "time_hint": {"en": "local time and place's clock (e.g. 1989-06-04 01:00 Beijing time); exact / about / "
                        "unsure", "zh_CN": "当地时间（例如 1989-06-04 01:00 北京时间）；确切／大约／不确定",
                  "zh_TW": "當地時間（例如 1989-06-04 01:00 北京時間）；確切／大約／不確定"},
    "other": {"en": "Other (describe)", "zh_CN": "其他（请说明）", "zh_TW": "其他（請說明）"},
    "unknown": {"en": "Unknown", "zh_CN": "不知道", "zh_TW": "不知道"},
    "prefer_not": {"en": "Prefer not to say", "zh_CN": "不愿回答", "zh_TW": "不願回答"},
}


def _w(key: str, lang: str) -> str:
    return _WORDS[key].get(lang, _WORDS[key]["en"])


def to_markdown(form: FormDefinition, lang: str = "en") -> str:
    lines = [f"# {form.title(lang)}", "", f"*{form.id} · {_w('version', lang)} {form.version}*", "",
             form.description(lang), ""]
    for f in form.fields:
        _field(form, f, lang, lines, 2)
    return "\n".join(lines).rstrip() + "\n"


def _field(form: FormDefinition, f: Field, lang: str, lines: list[str], depth: int) -> None:
    req = _w("required" if f.required else "optional", lang)
    heading = "#" * min(depth + 1, 6)
    lines.append(f"{heading} {f.label(lang)}")
    lines.append("")
    lines.append(f"`{f.id}` · {f.type} · {req} · {_w(f.sensitivity, lang)}")
    lines.append("")
    lines.append(f"> {f.help(lang)}")
    lines.append("")
    if f.show_if is not None:
        c = f.show_if
        cond = c.equals if c.equals is not None else (", ".join(map(str, c.any_of)) or c.contains or
                                                      ("✓" if c.is_true or c.answered else "✗"))
        lines += [f"*{_w('only_if', lang)}: `{c.field.lstrip('/')}` = {cond}*", ""]
    if f.type in ("choice", "multi_choice", "place"):
        box = "☐" if f.type != "choice" else "○"
        for entry in f.options:
            lines.append(f"- {box} {entry.label(lang)} (`{entry.code}`)")
        standard = f.standard_codes
        for vocab_id in f.vocabularies:
            vocab = form.registry.vocabulary(vocab_id)
            standard = standard or vocab.standard_codes
            for entry in vocab.entries:
                if not entry.deprecated:
                    lines.append(f"- {box} {entry.label(lang)} (`{entry.code}`)")
        if standard:
            for code, key in zip(STANDARD_CODES, ("other", "unknown", "prefer_not"), strict=True):
                lines.append(f"- {box} {_w(key, lang)} (`{code}`)" + (" ____________" if code == "OTHER" else ""))
        if f.type == "place":
            lines.append("- ____________________________________________")
        lines.append("")
    elif f.type == "consent":
        lines += [f"> **{f.wording[lang]}**", "", f"☐ {_w('agree', lang)}", ""]
    elif f.type == "boolean":
        yes_no = {"en": "☐ yes  ☐ no", "zh_CN": "☐ 是  ☐ 否", "zh_TW": "☐ 是  ☐ 否"}
        lines += [yes_no.get(lang, yes_no["en"]), ""]
    elif f.type == "date":
        lines += [f"({_w('date_hint', lang)}) ____________________", ""]
    elif f.type == "time":
        lines += [f"({_w('time_hint', lang)}) ____________________", ""]
    elif f.type == "longtext":
        lines += ["", "____________________________________________"] * 4 + [""]
    elif f.type == "group":
        if f.repeatable:
            lines += [f"*{_w('repeat', lang)}*", ""]
        for child in f.fields:
            _field(form, child, lang, lines, depth + 1)
    elif f.type == "form":
        sub = form.registry.load(f.form or "", f.form_version)
        lines += [f"*{_w('subform', lang)}: {sub.title(lang)} (`{sub.id}` {sub.version})*", ""]
    elif f.type not in ("audio", "attachment"):
        lines += ["____________________________________________", ""]
