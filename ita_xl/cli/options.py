"""Options several commands share, declared once so each command says the same."""
from __future__ import annotations

from pathlib import Path

import click

LANG = click.option("--lang", type=click.Choice(["th", "en"]), default="th", show_default=True,
                    help="Language of messages and outputs (th = Thai, en = English).")
FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                      show_default=True, help="text for people, json for programs.")
MASTER = click.argument("master", type=click.Path(path_type=Path))
OUT = click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
                   help="Output folder [default: ita-xl-output/ beside MASTER, as run].")
ARABIC = click.option("--arabic-digits", is_flag=True,
                      help="Print numbers with Arabic digits (official documents use Thai digits).")
DOCX_TEMPLATE = click.option("--template", type=click.Path(path_type=Path), default=None,
                             help="The agency's letterhead .docx (its styles and header are used).")
ALLOW = click.option("--allow-errors", is_flag=True,
                     help="Write the document despite validation errors, marked ฉบับร่าง (draft).")
