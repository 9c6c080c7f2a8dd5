# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake forms``: list, show, check answers against, migrate answers, and export form definitions.

``check`` prints one problem per line in the chosen language and exits non-zero when there is
any; it never rewrites the answers file. ``migrate`` writes the migrated answers to standard
output or to a new file, never over the answers file. ``export`` writes only the blank form (no
answers).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake_app.cli.common import EXIT_OK, Cli
from intake_app.text import i18n
from intake_app.text.i18n import translate

if TYPE_CHECKING:
    import intake_forms as forms

# The form engine is imported inside each handler, so that `intake --version` and every other
# command start without loading it.

EXIT_INVALID = 3
"""``forms check``: the answers were read but have problems (distinct from usage/IO errors)."""


def _lang(args: argparse.Namespace) -> str:
    chosen = getattr(args, "form_lang", None)
    return str(chosen) if chosen else i18n.current()


def _list(args: argparse.Namespace) -> int:
    import intake_forms as forms

    lang = _lang(args)
    for form in forms.list_forms():
        print(f"{form.id}\t{form.version}\t{form.title(lang)}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    import intake_forms as forms

    lang = _lang(args)
    form = forms.load_form(args.form_id, args.version)
    print(f"{form.title(lang)} ({form.id} {form.version})")
    print(form.description(lang))
    print()
    required = translate("Forms", "required")
    optional = translate("Forms", "optional")
    only_if = translate("Forms", "only if {0} is {1}")
    for path, field in form.walk():
        depth = path.count(".")
        need = required if field.required else optional
        kind = field.type + (f" ({', '.join(field.vocabularies)})" if field.vocabularies else "")
        print(f"{'  ' * depth}- {field.id} [{kind}, {field.sensitivity}, {need}]: {field.label(lang)}")
        if field.show_if is not None:
            print(f"{'  ' * depth}  ({only_if.format(field.show_if.field.lstrip('/'), _wanted(field.show_if))})")
        print(f"{'  ' * depth}  {field.help(lang)}")
    return EXIT_OK


def _wanted(c: forms.model.Condition) -> str:
    """The value a condition waits for, as codes (shown to staff, not translated)."""
    if c.any_of:
        return " / ".join(map(str, c.any_of))
    if c.contains is not None:
        return f"[{c.contains}, ...]"
    if c.answered is not None:
        return "(answered)" if c.answered else "(empty)"
    if c.is_true is not None:
        return "true" if c.is_true else "false"
    return json.dumps(c.equals, ensure_ascii=False)


def _read_answers(path: str) -> Any:
    import intake_forms as forms

    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except json.JSONDecodeError as exc:
        raise forms.AnswersError(f"not valid JSON (line {exc.lineno}, column {exc.colno})", path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise forms.AnswersError(f"cannot read the file ({exc.__class__.__name__})", path) from exc


def _check(args: argparse.Namespace) -> int:
    import intake_forms as forms

    lang = _lang(args)
    form = forms.load_form(args.form_id, args.version)
    problems = form.validate(_read_answers(args.answers))
    for problem in problems:
        print(f"{problem.path}: {problem.message(lang)}")
    if problems:
        message = translate("Forms", "Problems found: {0}. The answers file was not changed.")
        print(message.format(len(problems)), file=sys.stderr)
        return EXIT_INVALID
    print(translate("Forms", "The answers are complete and valid."), file=sys.stderr)
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    """Answers of an older version moved to the current one. ``--part P`` migrates one part of a
    whole testimony's answers (the testimony is at hand for rules such as ``to_position``)."""
    import intake_forms as forms
    from intake_app.home import paths

    answers = _read_answers(args.answers)
    if args.out and Path(args.out).exists():
        raise forms.AnswersError("--out must name a new file; nothing was written", args.out)
    if args.part:
        if not isinstance(answers, dict) or not isinstance(answers.get(args.part), dict):
            raise forms.AnswersError("these answers have no such part", args.part)
        migrated = dict(answers)
        migrated[args.part] = forms.migrate_answers(args.part, answers[args.part], args.from_version, root=answers)
    else:
        root = _read_answers(args.testimony) if args.testimony else None
        migrated = forms.migrate_answers(args.form_id, answers, args.from_version, root=root)
    text = json.dumps(migrated, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.out:
        paths.write_private(Path(args.out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    problems = forms.load_form(args.form_id).validate(migrated)
    for problem in problems:
        print(f"{problem.path}: {problem.message(_lang(args))}", file=sys.stderr)
    if problems:
        print(translate("Forms", "Problems found: {0}. The answers file was not changed.").format(len(problems)),
              file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    import intake_forms as forms
    from intake_forms.export import to_markdown

    form = forms.load_form(args.form_id, args.version)
    text = to_markdown(form, _lang(args))
    if args.out in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
    return EXIT_OK


def _vocab(args: argparse.Namespace) -> int:
    import intake_forms as forms

    lang = _lang(args)
    if not args.vocab_id:
        for vocab in forms.list_vocabularies():
            print(f"{vocab.id}\t{vocab.version}\t{len(vocab.entries)}\t{vocab.title(lang)}")
        return EXIT_OK
    vocab = forms.load_vocabulary(args.vocab_id)
    print(f"{vocab.title(lang)} ({vocab.id} {vocab.version})")
    for entry in vocab.entries:
        extra = f"\t[{', '.join(entry.rome_statute)}]" if entry.rome_statute else ""
        gone = "\t(deprecated)" if entry.deprecated else ""
        print(f"{entry.code}\t{entry.label(lang)}{extra}{gone}")
    return EXIT_OK


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", dest="form_lang", choices=i18n.LANGUAGES,
                        help="language of the form's texts (default: the global --lang or LANG)")


def register(cli: Cli) -> None:
    p = cli.command("list", _list, "list the forms: id, version and title", group="forms")
    _add_lang(p)
    p = cli.command("show", _show, "show a form's questions, types and sensitivity", group="forms")
    p.add_argument("form_id", metavar="ID")
    p.add_argument("--version", help="a specific version (default: the current one)")
    _add_lang(p)
    p = cli.command("check", _check, "check a JSON file of answers against a form (exit 0 when valid)",
                    group="forms")
    p.add_argument("form_id", metavar="ID")
    p.add_argument("answers", metavar="ANSWERS.json")
    p.add_argument("--version", help="the form version the answers were made with")
    _add_lang(p)
    p = cli.command("migrate", _migrate, "move answers made with an older version of a form to the current one "
                    "(written to standard output or a new file)", group="forms")
    p.add_argument("form_id", metavar="ID", help="the form (with --part: the whole testimony's form)")
    p.add_argument("answers", metavar="ANSWERS.json")
    p.add_argument("--from", dest="from_version", required=True, metavar="VERSION",
                   help="the version the answers (or the part) were made with")
    p.add_argument("--part", metavar="PART", help="migrate only this part of a whole testimony's answers")
    p.add_argument("--testimony", metavar="T.json",
                   help="the whole testimony's answers, for rules that look at other parts")
    p.add_argument("--out", metavar="FILE", help="a new file for the migrated answers (0600)")
    _add_lang(p)
    p = cli.command("vocab", _vocab, "list vocabularies, or one vocabulary's codes and labels", group="forms")
    p.add_argument("vocab_id", metavar="ID", nargs="?")
    _add_lang(p)
    p = cli.command("export", _export, "write a printable blank form (paper fallback)", group="forms")
    p.add_argument("form_id", metavar="ID")
    p.add_argument("--format", choices=("markdown",), default="markdown")
    p.add_argument("--out", metavar="FILE", help="output file (default: standard output)")
    p.add_argument("--version", help="a specific version (default: the current one)")
    _add_lang(p)
