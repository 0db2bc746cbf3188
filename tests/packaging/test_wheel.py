"""The wheel carries every resource and installs a working ``pausetimer`` into a clean environment.

Slow (marked ``slow``): building takes ~10 s, installing into a fresh virtual environment ~25 s
with a warm pip cache. Deselect with ``pytest -m "not slow"``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import pausetimer

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = outdir.glob("pausetimer-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean virtual environment (no system site-packages) with only the wheel and its
    dependencies; returns its bin folder."""
    environment = tmp_path_factory.mktemp("venv")
    venv.create(environment, with_pip=True, system_site_packages=False)
    subprocess.run(
        [str(environment / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    return environment / "bin"


def clean_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(PAUSETIMER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen", NO_AT_BRIDGE="1")
    return env


def test_the_wheel_contains_every_resource_of_the_source_tree(wheel: Path) -> None:
    expected = {
        "pausetimer/resources/" + path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file()
    }
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())

    assert "pausetimer/resources/icons/pausetimer.svg" in expected
    assert expected - names == set()
    assert f"pausetimer-{pausetimer.__version__}.dist-info/entry_points.txt" in names


def test_compiled_translations_are_in_the_wheel_when_built(wheel: Path) -> None:
    compiled = sorted(path.name for path in (RESOURCES / "translations").glob("*.qm"))
    if not compiled:
        pytest.skip("no .qm files compiled in this checkout (make qm)")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for name in compiled:
        assert f"pausetimer/resources/translations/{name}" in names


def test_the_installed_app_finds_its_resources_inside_the_environment(
    installed: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(installed / "python"), "-c", "from pausetimer import paths; print(paths.icons_dir())"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,  # not the source tree, which would shadow the installed package
        env=clean_env(tmp_path / "data"),
    )
    icons = Path(result.stdout.strip())
    assert icons.is_relative_to(installed.parent)
    assert (icons / "pausetimer.svg").is_file()


def _run_installed(installed: Path, tmp_path: Path, *arguments: str) -> str:
    result = subprocess.run(
        [str(installed / "pausetimer"), *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=clean_env(tmp_path / "data"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_installed_command_reports_its_version(installed: Path, tmp_path: Path) -> None:
    assert pausetimer.__version__ in _run_installed(installed, tmp_path, "--version")


def test_the_installed_command_reports_status(installed: Path, tmp_path: Path) -> None:
    assert _run_installed(installed, tmp_path, "status").strip()
