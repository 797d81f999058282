"""Every command and option of the CLI is documented in docs/cli.md."""

from __future__ import annotations

import argparse

from rasid.cli import build_parser

from conftest import ROOT

DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "rasid") -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(prefix, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.extend(_commands(sub, f"{prefix} {name}"))
    return found


def test_every_command_and_option_is_documented() -> None:
    missing = []
    for name, parser in _commands(build_parser()):
        if not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions) and f"## {name}" not in DOC:
            missing.append(name)
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and f"`{option}" not in DOC and f"{option} " not in DOC:
                    missing.append(f"{name} {option}")
    assert not missing, f"undocumented in docs/cli.md: {missing}"


def test_readme_quick_start_is_make_demo_and_make_test() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_readme_python_api_example_runs(tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("From Python — analysis and a store", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    exec(compile(block.replace('"examples/"', repr(str(ROOT / "examples"))), "README.md", "exec"), {})  # noqa: S102
    out = capsys.readouterr().out
    assert "علي شمخاني —CONSULT" in out and (tmp_path / "examples.db").exists()
