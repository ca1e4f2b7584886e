"""The scenario library: the files in this folder plus any extra paths, checked as they load.

A broken file is refused with its problems; the good ones still load, so one bad edit
never takes the whole training floor down.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

from roles.lint import lint
from roles.model import Scenario
from roles.parse import DIFFICULTIES, parse_scenario
from roles.problems import Problem


def shipped_paths() -> list[Path]:
    """The scenario files shipped beside this module (package data)."""
    folder = resources.files(__name__)
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml"))


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return out


def check_file(path: Path) -> tuple[Scenario | None, list[Problem]]:
    """Parse and lint one file; the scenario is None unless it has no problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(str(path), 1, f"cannot read the file ({error})",
                              "check the path and save it as UTF-8")]
    scenario, problems = parse_scenario(str(path), text)
    if scenario is not None and not problems:
        problems = lint(scenario)
    return (None if problems else scenario), problems


@attrs.frozen
class Library:
    """Loaded scenarios by id, in a stable order for listings."""

    scenarios: tuple[Scenario, ...]

    def list(self) -> tuple[Scenario, ...]:
        return self.scenarios

    def get(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)


def load_library(extra: Iterable[str | Path] = (), shipped: bool = True
                 ) -> tuple[Library, list[Problem]]:
    """Load the shipped library and ``extra`` files or folders: (library, problems)."""
    paths = [*(shipped_paths() if shipped else []), *_expand(extra)]
    good: dict[str, Scenario] = {}
    problems: list[Problem] = []
    for path in paths:
        scenario, found = check_file(path)
        problems.extend(found)
        if scenario is None:
            continue
        if scenario.id in good:
            problems.append(Problem(str(path), 1, f"scenario id `{scenario.id}` is already "
                                    f"used by {good[scenario.id].path}", "give it its own id"))
            continue
        good[scenario.id] = scenario
    ordered = sorted(good.values(), key=lambda s: (DIFFICULTIES.index(s.difficulty), s.id))
    return Library(tuple(ordered)), problems
